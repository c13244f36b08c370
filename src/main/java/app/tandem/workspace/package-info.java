/**
 * Workspaces (one per company), their members with a role (admin, member, viewer), teams, and who
 * leads or executes the work in each team. Every other module asks {@link
 * app.tandem.workspace.Workspaces} whether the signed-in person may read or change a workspace.
 */
@NullMarked
package app.tandem.workspace;

import org.jspecify.annotations.NullMarked;

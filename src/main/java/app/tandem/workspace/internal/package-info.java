/** The workspace module's entities and repositories, the administration of workspaces, members and teams, and Budgetly. */
@NullMarked
package app.tandem.workspace.internal;

import org.jspecify.annotations.NullMarked;

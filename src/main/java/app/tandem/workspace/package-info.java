/**
 * Workspaces (one per company), their members with a role (admin, member, viewer), teams, and who
 * leads or executes the work in each team. Every other module asks {@link
 * app.tandem.workspace.Workspaces} whether the signed-in person may read or change a workspace, and
 * reads its teams and members there; {@link app.tandem.workspace.WorkspaceCreated}, {@link
 * app.tandem.workspace.TeamDeleted} and {@link app.tandem.workspace.WorkspaceDeleted} tell them what
 * changed. Everything else lives in sub-packages no other module may use: {@code web} (pages, forms,
 * the REST API, the layout model and the navigation entries) and {@code internal} (entities,
 * repositories, the administration of workspaces, members and teams, the demo workspace).
 */
@ApplicationModule(allowedDependencies = {"identity", "support"})
@NullMarked
package app.tandem.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.workspace.internal.WorkspaceAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own memberships: leaving a workspace, whatever one's role in it. */
@RestController
@RequestMapping("/api/v1/me/workspaces")
@Tag(name = "Workspaces", description = "Workspaces, their members and teams")
class MyMembershipsApiController {

    private final WorkspaceAdministration administration;

    MyMembershipsApiController(WorkspaceAdministration administration) {
        this.administration = administration;
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{slug}")
    @Operation(
            summary = "Leave a workspace (any role) and its teams",
            description = "404 when I am no member; 409 last-admin when I am its last admin (make someone else"
                    + " admin first, or delete the workspace).")
    ResponseEntity<Void> leave(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        administration.leave(slug, me.id());
        return ResponseEntity.noContent().build();
    }
}

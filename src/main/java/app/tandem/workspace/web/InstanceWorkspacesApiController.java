package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import app.tandem.workspace.InstanceWorkspace;
import app.tandem.workspace.internal.WorkspaceAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every workspace of the instance, for its instance admins, member or not (guarded by the API
 * security chain, and by {@link WorkspaceAdministration#everyWorkspace}).
 */
@RestController
@RequestMapping("/api/v1/admin/workspaces")
@Tag(name = "Administration", description = "Settings of the instance (instance admins only)")
class InstanceWorkspacesApiController {

    private final WorkspaceAdministration workspaces;
    private final Paging paging;

    InstanceWorkspacesApiController(WorkspaceAdministration workspaces, Paging paging) {
        this.workspaces = workspaces;
        this.paging = paging;
    }

    @GetMapping
    @Operation(summary = "List every workspace of the instance with its member count and its admins (instance admins)")
    PageResponse<InstanceWorkspace> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(
                workspaces.everyWorkspace(me.instanceAdmin(), paging.of(page, size, Sort.unsorted())), w -> w);
    }
}

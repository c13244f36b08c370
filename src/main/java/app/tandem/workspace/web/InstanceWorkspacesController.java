package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.Paging;
import app.tandem.workspace.internal.WorkspaceAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every workspace of the instance, as a page for its instance admins, member or not (guarded by
 * the UI security chain, and by {@link WorkspaceAdministration#everyWorkspace}): its name and address, how many
 * members it has and who administers it. Nothing inside a workspace is shown: an instance admin who
 * needs more asks its admins, who can add them.
 */
@Controller
class InstanceWorkspacesController {

    private final WorkspaceAdministration workspaces;
    private final Paging paging;

    InstanceWorkspacesController(WorkspaceAdministration workspaces, Paging paging) {
        this.workspaces = workspaces;
        this.paging = paging;
    }

    @GetMapping("/admin/workspaces")
    String page(
            @AuthenticationPrincipal TandemPrincipal me,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute(
                "workspaces", workspaces.everyWorkspace(me.instanceAdmin(), paging.of(page, null, Sort.unsorted())));
        return "workspace/instance-workspaces";
    }
}

package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.LastAdmin;
import app.tandem.workspace.internal.WorkspaceAdministration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Leaving a workspace, from its members page, whatever one's role: someone added by another can
 * always get out (the last admin cannot). The form posts to the person's own account ({@code
 * /account/workspaces/{slug}/leave}), not under the workspace's pages, whose changes are refused to
 * viewers before anything is read.
 */
@Controller
class LeaveController {

    private final Workspaces workspaces;
    private final WorkspaceAdministration administration;

    LeaveController(Workspaces workspaces, WorkspaceAdministration administration) {
        this.workspaces = workspaces;
        this.administration = administration;
    }

    @GetMapping("/w/{slug}/leave")
    String confirm(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("workspace", workspaces.access(slug, me.id()));
        return "workspace/leave";
    }

    @PostMapping("/account/workspaces/{slug}/leave")
    String leave(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, RedirectAttributes redirect) {
        try {
            WorkspaceContext left = administration.leave(slug, me.id());
            redirect.addFlashAttribute("flash", "You left " + left.name() + ". An admin of it can add you again.");
            return "redirect:/workspaces";
        } catch (LastAdmin e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/w/" + slug + "/members";
        }
    }
}

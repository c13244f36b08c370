package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.Navigation;
import app.tandem.workspace.internal.WorkspaceAdministration;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page needs: the signed-in person, their workspaces for the switcher,
 * and the navigation. Pages of a workspace add {@code workspace} themselves.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final WorkspaceAdministration administration;
    private final Navigation navigation;

    LayoutModel(WorkspaceAdministration administration, Navigation navigation) {
        this.administration = administration;
        this.navigation = navigation;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, @AuthenticationPrincipal @Nullable TandemPrincipal me, Model model) {
        if (me == null || request.getRequestURI().startsWith("/api/")) {
            return;
        }
        model.addAttribute("me", me);
        model.addAttribute("myWorkspaces", administration.allMine(me.id()));
        model.addAttribute("navigation", navigation.entries());
    }
}

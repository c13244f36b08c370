package app.tandem.dashboard.web;

import app.tandem.dashboard.Homes;
import app.tandem.identity.TandemPrincipal;
import app.tandem.workspace.Workspaces;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The workspace's home page, its first page: what needs me, what changed since my last visit, the next check-in. */
@Controller
class HomeController {

    private final Homes homes;
    private final Workspaces workspaces;

    HomeController(Homes homes, Workspaces workspaces) {
        this.homes = homes;
        this.workspaces = workspaces;
    }

    @GetMapping("/w/{slug}")
    String home(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("workspace", workspaces.access(slug, me.id()));
        model.addAttribute("home", homes.open(slug, me.id()));
        return "dashboard/home";
    }
}

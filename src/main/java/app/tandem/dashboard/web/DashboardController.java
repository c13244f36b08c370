package app.tandem.dashboard.web;

import app.tandem.dashboard.DashboardFilter;
import app.tandem.dashboard.DashboardView;
import app.tandem.dashboard.Dashboards;
import app.tandem.identity.TandemPrincipal;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DashboardController {

    private final Workspaces workspaces;
    private final Dashboards dashboards;

    DashboardController(Workspaces workspaces, Dashboards dashboards) {
        this.workspaces = workspaces;
        this.dashboards = dashboards;
    }

    /**
     * The dashboard. A filter naming a team or goal that is not the workspace's, or another period,
     * falls back to everything (a stale link still opens the page) rather than an error page.
     */
    @GetMapping("/w/{slug}/dashboard")
    String dashboard(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable Long goal,
            @RequestParam(required = false) @Nullable Integer days,
            @RequestParam(required = false) @Nullable String view,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        int period = days == null || !Dashboards.PERIODS.contains(days) ? DashboardFilter.DEFAULT_DAYS : days;
        DashboardView dashboard;
        try {
            dashboard = dashboards.dashboard(slug, me.id(), new DashboardFilter(team, goal, period));
        } catch (app.tandem.support.InvalidInput e) {
            model.addAttribute("filterRefused", e.getMessage());
            dashboard = dashboards.dashboard(slug, me.id(), new DashboardFilter(null, null, period));
        }
        Map<Long, String> sparks = new HashMap<>();
        dashboard
                .goalTree()
                .forEach(g -> g.kpis().forEach(k -> sparks.put(k.id(), DashboardPictures.spark(k.spark()))));
        Map<Long, String> trends = new HashMap<>();
        dashboard.alignment().forEach(a -> trends.put(a.teamId(), DashboardPictures.trend(a.trend())));
        model.addAttribute("workspace", workspace);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("periods", Dashboards.PERIODS);
        model.addAttribute("sparks", sparks);
        model.addAttribute("trends", trends);
        model.addAttribute("outlook", DashboardPictures.outlook(dashboard.roadmap(), dashboard.today()));
        model.addAttribute("printable", "print".equals(view));
        return "dashboard/dashboard";
    }
}

package app.tandem.dashboard.web;

import app.tandem.dashboard.DashboardFilter;
import app.tandem.dashboard.DashboardView;
import app.tandem.dashboard.Dashboards;
import app.tandem.identity.TandemPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboard", description = "Are we pulling toward the same target? The alignment dashboard's data")
class DashboardApiController {

    private final Dashboards dashboards;

    DashboardApiController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/workspaces/{slug}/dashboard")
    @Operation(
            summary = "The alignment dashboard, as the page shows it",
            description = "The goal tree (business goals → KPIs → the user goals the work serving them rests on →"
                    + " initiatives per team), each team's alignment score (the share of its person-weeks in"
                    + " committed and in-progress work traced to both a shared persona's user goal and an active"
                    + " business goal, the untraced work, the score at the last six check-ins, the score in words),"
                    + " KPI trends, risks (open plan conflicts, dependencies at risk, hand-offs due in the next 30"
                    + " days), the next two quarters of the roadmap (own dates against the plan's), the"
                    + " participation matrix and the evidence flow. Any member may read it. 400 naming team, goal"
                    + " or days when the team or goal is not the workspace's or the period is not 30 or 90 days.")
    DashboardView dashboard(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "Only this team's work (a team id of the workspace)")
                    @RequestParam(required = false)
                    @Nullable Long team,
            @Parameter(description = "Only the work serving this business goal (a goal id of the workspace)")
                    @RequestParam(required = false)
                    @Nullable Long goal,
            @Parameter(description = "The period counts cover: 30 or 90 (the default) days")
                    @RequestParam(required = false)
                    @Nullable Integer days) {
        return dashboards.dashboard(
                slug, me.id(), new DashboardFilter(team, goal, days == null ? DashboardFilter.DEFAULT_DAYS : days));
    }
}

package app.tandem.dashboard.web;

import app.tandem.dashboard.HomeView;
import app.tandem.dashboard.Homes;
import app.tandem.identity.TandemPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/workspaces/{slug}/home}: the workspace's home page for the signed-in person, as JSON. */
@RestController
@Tag(name = "Home", description = "A workspace's first page for the signed-in person")
class HomeApiController {

    private final Homes homes;

    HomeApiController(Homes homes) {
        this.homes = homes;
    }

    @GetMapping("/api/v1/workspaces/{slug}/home")
    @Operation(
            summary = "What needs me, what changed since my last visit, the next check-in",
            description = "For the signed-in member (viewers too): their open work of this workspace (action items,"
                    + " reviews they are invited to, insights routed to their teams, check-ins and sessions), overdue"
                    + " first then by due date, at most `tandem.home.needs-me` with the total; what changed since the"
                    + " start of their previous visit (KPI health, new insights by theme, initiatives that became at"
                    + " risk or late), or since 14 days ago on a first visit (`firstVisit`); the next check-in that is"
                    + " not cancelled with its agenda so far; the teams. Reading it records the visit, as opening the"
                    + " page does; opening it again within 30 minutes keeps `since` where it was.")
    HomeView home(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        return homes.open(slug, me.id());
    }
}

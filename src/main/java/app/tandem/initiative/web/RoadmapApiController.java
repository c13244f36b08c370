package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.DependencyGraph;
import app.tandem.initiative.Roadmap;
import app.tandem.initiative.Roadmaps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roadmap and the dependency graph over the REST API: the data the pictures are drawn from. */
@RestController
@Tag(name = "Roadmap", description = "Initiatives over time by team, and the dependencies around one initiative")
class RoadmapApiController {

    private final Roadmaps roadmaps;

    RoadmapApiController(Roadmaps roadmaps) {
        this.roadmaps = roadmaps;
    }

    @GetMapping("/api/v1/workspaces/{slug}/roadmap")
    @Operation(
            summary = "The roadmap: initiatives of a window of days in one lane per proposing team, and the"
                    + " dependencies among them with why each is at risk",
            description = "Without dates: this quarter and the next (UTC). With only from or only to: six months"
                    + " from or to it. At most two years (731 days); a day that is not YYYY-MM-DD, a to before"
                    + " from or a wider window answer 400 naming the field. Lanes are the proposing teams by name,"
                    + " then \"No team\"; bars are by start date; at most " + Roadmap.MAX_BARS
                    + " initiatives, the earliest first (omitted says how many more the window holds).")
    Roadmap roadmap(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "false leaves dropped initiatives out (default true)")
                    @RequestParam(required = false, defaultValue = "true")
                    boolean dropped) {
        return roadmaps.roadmap(slug, me.id(), from, to, dropped);
    }

    @GetMapping("/api/v1/workspaces/{slug}/initiatives/{initiativeId}/graph")
    @Operation(
            summary = "The dependencies around one initiative, two steps each way",
            description = "Nodes: the initiative (layer 0), what it needs (-1) and what those need (-2), what"
                    + " needs it (1) and what needs those (2); at most " + DependencyGraph.MAX_NODES
                    + " nodes, the nearest first (omitted says how many more were found). Edges: the"
                    + " dependencies among the nodes, with why each is at risk.")
    DependencyGraph graph(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long initiativeId) {
        return roadmaps.graph(slug, me.id(), initiativeId);
    }
}

package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.DependencyGraph;
import app.tandem.initiative.InitiativeRef;
import app.tandem.initiative.Roadmaps;
import app.tandem.initiative.rules.DependencyGraphLayout;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dependency graph around one initiative: a picture built on the server (what it needs on the
 * left, what needs it on the right, two steps each way), and every dependency of it in words.
 */
@Controller
class GraphController {

    private final Workspaces workspaces;
    private final Roadmaps roadmaps;

    GraphController(Workspaces workspaces, Roadmaps roadmaps) {
        this.workspaces = workspaces;
        this.roadmaps = roadmaps;
    }

    record NodeView(DependencyGraphLayout.NodePlace place, InitiativeRef initiative, boolean center) {}

    record EdgeView(
            DependencyGraphLayout.EdgePlace place,
            DependencyGraph.Edge edge,
            InitiativeRef provider,
            InitiativeRef dependant,
            String sentence) {}

    @GetMapping("/w/{slug}/initiatives/{initiativeId}/graph")
    String graph(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        DependencyGraph graph = roadmaps.graph(slug, me.id(), initiativeId);
        Map<Long, InitiativeRef> refs = new HashMap<>();
        graph.nodes().forEach(n -> refs.put(n.initiative().id(), n.initiative()));
        DependencyGraphLayout.Picture layout = DependencyGraphLayout.layout(
                graph.nodes().stream()
                        .map(n -> new DependencyGraphLayout.Node(
                                n.initiative().id(), n.layer(), n.initiative().title()))
                        .toList(),
                graph.edges().stream()
                        .map(e -> new DependencyGraphLayout.Edge(
                                e.providerId(), e.dependantId(), e.kind().words()))
                        .toList());
        List<NodeView> nodes = layout.nodes().stream()
                .map(p -> new NodeView(p, refs.get(p.id()), p.id() == initiativeId))
                .toList();
        // the layout draws every edge (both ends are nodes), in the order given
        List<EdgeView> edges = new java.util.ArrayList<>();
        for (int i = 0; i < layout.edges().size(); i++) {
            DependencyGraph.Edge edge = graph.edges().get(i);
            InitiativeRef provider = refs.get(edge.providerId());
            InitiativeRef dependant = refs.get(edge.dependantId());
            String sentence = "“" + dependant.title() + "” needs " + edge.kind().words() + " from “"
                    + provider.title() + "” by " + RoadmapController.day(edge.handoffDue()) + "."
                    + (edge.atRisk() ? " At risk: " + String.join(" ", edge.riskReasons()) : "");
            edges.add(new EdgeView(layout.edges().get(i), edge, provider, dependant, sentence));
        }
        long risky = graph.edges().stream().filter(DependencyGraph.Edge::atRisk).count();
        model.addAttribute("workspace", workspace);
        model.addAttribute("graph", graph);
        model.addAttribute("layout", layout);
        model.addAttribute("nodes", nodes);
        model.addAttribute("edges", edges);
        model.addAttribute(
                "description",
                "“" + graph.initiative().title() + "” in the middle; what it needs on the left, what needs it on"
                        + " the right, two steps each way: " + nodes.size() + " initiatives, " + edges.size()
                        + " dependencies, " + risky + " at risk. Each dependency is listed in words below.");
        return "initiative/graph";
    }
}

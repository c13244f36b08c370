package app.tandem.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * An initiative with what it needs (providers, layer -1, and theirs, -2) and what needs it
 * (dependants, 1, and theirs, 2), at most {@link #MAX_NODES} initiatives in all, the nearest first;
 * {@code omitted} says how many more were found. Edges are the dependencies among those shown.
 */
public record DependencyGraph(InitiativeRef initiative, List<Node> nodes, List<Edge> edges, int omitted) {

    /** The most initiatives one graph shows, the one in the middle included. */
    public static final int MAX_NODES = 30;

    /** How far from the initiative the graph looks, each way. */
    public static final int DEPTH = 2;

    public record Node(InitiativeRef initiative, int layer) {}

    public record Edge(
            long dependencyId,
            long providerId,
            long dependantId,
            DependencyKind kind,
            LocalDate handoffDue,
            DependencyState state,
            boolean atRisk,
            List<String> riskReasons) {}
}

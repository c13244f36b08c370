package app.tandem.initiative.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds the cycle a new dependency would close. The initiatives are the vertices of a directed graph
 * (JGraphT) with an edge from each dependant to its provider; "A needs B" closes a cycle exactly when
 * B already needs A, directly or through others, so the cycle is the shortest path from B back to A.
 */
public final class DependencyCycles {

    /** An existing dependency: {@code dependant} needs {@code provider}. */
    public record Edge(long dependant, long provider) {}

    private DependencyCycles() {}

    /**
     * The initiatives of the cycle that "{@code dependant} needs {@code provider}" would close, in
     * order: the dependant, the provider, then each initiative the one before needs, the last one
     * needing the dependant. Empty when the new dependency closes no cycle; the dependant alone when
     * it would need itself.
     */
    public static List<Long> closedBy(Collection<Edge> existing, long dependant, long provider) {
        if (dependant == provider) {
            return List.of(dependant);
        }
        DefaultDirectedGraph<Long, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (Edge edge : existing) {
            graph.addVertex(edge.dependant());
            graph.addVertex(edge.provider());
            graph.addEdge(edge.dependant(), edge.provider());
        }
        if (!graph.containsVertex(dependant) || !graph.containsVertex(provider)) {
            return List.of();
        }
        GraphPath<Long, DefaultEdge> back = BFSShortestPath.findPathBetween(graph, provider, dependant);
        if (back == null) {
            return List.of();
        }
        List<Long> path = back.getVertexList(); // provider, ..., dependant
        List<Long> cycle = new ArrayList<>(path.size());
        cycle.add(dependant);
        cycle.addAll(path.subList(0, path.size() - 1));
        return List.copyOf(cycle);
    }

    /**
     * The cycle in words, from the titles of its initiatives in the order {@link #closedBy} gives
     * them: "“A” needs “B”, “B” needs “C”, and “C” needs “A”."
     */
    public static String sentence(List<String> titles) {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            links.add("“" + titles.get(i) + "” needs “" + titles.get((i + 1) % titles.size()) + "”");
        }
        if (links.size() == 1) {
            return links.getFirst() + ".";
        }
        return String.join(", ", links.subList(0, links.size() - 1)) + ", and " + links.getLast() + ".";
    }
}

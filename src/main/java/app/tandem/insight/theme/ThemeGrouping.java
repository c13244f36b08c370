package app.tandem.insight.theme;

import app.tandem.insight.search.InsightSimilarity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * From Lucene's "more like this" answers to groups of insights (pure Java; the graph and its
 * connected components come from JGraphT).
 *
 * <p><b>Which neighbours count.</b> BM25 scores cannot be compared between two queries: they grow
 * with the number of words asked and with their rarity. Within one query they can: an insight's own
 * words find the insight itself as the best hit (or close to it), since it holds every one of them.
 * So a neighbour counts when it scores at least {@code threshold} (0.3 unless configured) of the best hit of that
 * query, i.e. it shares a good part of what is distinctive in the insight (rare words weigh more than
 * common ones), <em>and</em> the same holds the other way round: each is a strong neighbour of the
 * other (mutual neighbours). The mutual rule keeps a long, general insight that mentions many things
 * from pulling unrelated ones together, and keeps chains of one-sided weak links from gluing distinct
 * themes into one component.
 *
 * <p><b>Alike a theme.</b> An insight not in a theme is also alike a theme when, both ways, a member
 * of the theme is a strong hit of the insight's own query, and the insight scores at least {@code
 * threshold} of the best hit of the theme's query (its name and the tags most of its members carry,
 * see {@code Themes}). One theme member rarely finds a newcomer among its own best hits when the
 * theme's other members crowd them (they share its words), so mutual edges alone left new insights
 * out of the theme they clearly belong to; the theme's query speaks for all of its members.
 *
 * <p><b>Groups.</b> The strong edges between insights not in a theme make a graph whose connected
 * components are the groups: a component of two or more becomes a new theme. A component (even of
 * one) with strong edges to insights that are in a theme, or with members alike a theme, joins the
 * theme it has most such links to (an edge or an alike insight counts one each); the grouping never
 * moves an insight that is in a theme already.
 */
final class ThemeGrouping {

    private ThemeGrouping() {}

    /** An undirected strong edge between two insights, the smaller id first. */
    record Edge(long a, long b) {
        Edge {
            if (a > b) {
                long t = a;
                a = b;
                b = t;
            }
        }
    }

    /** What to do: insights that join an existing theme (by theme id), and groups that become new themes. */
    record Plan(Map<Long, Set<Long>> joins, List<Set<Long>> newThemes) {
        int grouped() {
            return joins.values().stream().mapToInt(Set::size).sum()
                    + newThemes.stream().mapToInt(Set::size).sum();
        }
    }

    /**
     * The mutual strong edges among the insights whose hits are known: {@code hits} maps an insight to
     * the answer of its own query, best first.
     */
    static Set<Edge> strongEdges(Map<Long, List<InsightSimilarity.Scored>> hits, double threshold) {
        Map<Long, Map<Long, Double>> relative = new HashMap<>();
        hits.forEach((insight, answer) -> {
            Map<Long, Double> strong = strongShares(answer, threshold);
            strong.remove(insight);
            relative.put(insight, strong);
        });
        Set<Edge> edges = new LinkedHashSet<>();
        relative.forEach((a, strong) -> strong.keySet().forEach(b -> {
            if (relative.getOrDefault(b, Map.of()).containsKey(a)) {
                edges.add(new Edge(a, b));
            }
        }));
        return edges;
    }

    /**
     * The hits of one answer that score at least {@code threshold} of its best hit, with that share,
     * best first (the insight asked about included, when it is among them).
     */
    static Map<Long, Double> strongShares(List<InsightSimilarity.Scored> answer, double threshold) {
        double best = answer.stream()
                .mapToDouble(InsightSimilarity.Scored::score)
                .max()
                .orElse(0);
        Map<Long, Double> strong = new LinkedHashMap<>();
        if (best > 0) {
            for (InsightSimilarity.Scored hit : answer) {
                double share = hit.score() / best;
                if (share >= threshold) {
                    strong.put(hit.insightId(), share);
                }
            }
        }
        return strong;
    }

    /**
     * Groups the {@code free} insights (not in a theme, free to be grouped) along the strong edges;
     * {@code themeOf} gives the theme of insights that are in one.
     */
    static Plan plan(Set<Long> free, Map<Long, Long> themeOf, Collection<Edge> edges) {
        return plan(free, themeOf, edges, Map.of());
    }

    /**
     * Groups the {@code free} insights along the strong edges; {@code themeOf} gives the theme of
     * insights that are in one, and {@code alike} the themes each free insight is alike (both ways).
     */
    static Plan plan(Set<Long> free, Map<Long, Long> themeOf, Collection<Edge> edges, Map<Long, Set<Long>> alike) {
        Graph<Long, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        free.forEach(graph::addVertex);
        Map<Long, Map<Long, Integer>> linksToThemes = new HashMap<>();
        for (Edge edge : edges) {
            boolean aFree = free.contains(edge.a());
            boolean bFree = free.contains(edge.b());
            if (aFree && bFree) {
                graph.addEdge(edge.a(), edge.b());
            } else if (aFree && themeOf.containsKey(edge.b())) {
                linksToThemes
                        .computeIfAbsent(edge.a(), k -> new HashMap<>())
                        .merge(themeOf.get(edge.b()), 1, Integer::sum);
            } else if (bFree && themeOf.containsKey(edge.a())) {
                linksToThemes
                        .computeIfAbsent(edge.b(), k -> new HashMap<>())
                        .merge(themeOf.get(edge.a()), 1, Integer::sum);
            }
        }
        alike.forEach((insight, themes) -> {
            if (free.contains(insight)) {
                themes.forEach(theme -> linksToThemes
                        .computeIfAbsent(insight, k -> new HashMap<>())
                        .merge(theme, 1, Integer::sum));
            }
        });
        List<Set<Long>> components = new ArrayList<>();
        for (Set<Long> component : new ConnectivityInspector<>(graph).connectedSets()) {
            components.add(new TreeSet<>(component));
        }
        components.sort(Comparator.comparing(c -> c.iterator().next()));
        Map<Long, Set<Long>> joins = new TreeMap<>();
        List<Set<Long>> newThemes = new ArrayList<>();
        for (Set<Long> component : components) {
            Map<Long, Integer> votes = new TreeMap<>();
            component.forEach(i ->
                    linksToThemes.getOrDefault(i, Map.of()).forEach((theme, n) -> votes.merge(theme, n, Integer::sum)));
            if (!votes.isEmpty()) {
                long theme = votes.entrySet().stream()
                        .max(Map.Entry.<Long, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow()
                        .getKey();
                joins.computeIfAbsent(theme, k -> new TreeSet<>()).addAll(component);
            } else if (component.size() >= 2) {
                newThemes.add(component);
            }
        }
        return new Plan(joins, newThemes);
    }
}

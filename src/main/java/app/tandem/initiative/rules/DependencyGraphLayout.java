package app.tandem.initiative.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the dependency picture around one initiative puts everything, layered by distance: the
 * initiative in the middle (layer 0), what it needs to the left (layer -1 for its providers, -2 for
 * theirs), what needs it to the right (1, 2). Only the layers that hold a node get a column, left to
 * right; a column is {@link #NODE_WIDTH} wide with {@link #COLUMN_GAP} between columns (room for the
 * edge labels). Nodes of a column are stacked {@link #NODE_HEIGHT} high with {@link #NODE_GAP}
 * between them and the column is centred on the tallest one. Titles take two lines of at most
 * {@link #LINE_MAX} characters. Edges go from the provider's right middle to the dependant's left
 * middle; an edge between two nodes of one column bends right of the column. Whole pixels, so tests
 * compute every value by hand.
 */
public final class DependencyGraphLayout {

    public static final int MARGIN = 16;
    public static final int NODE_WIDTH = 168;
    public static final int NODE_HEIGHT = 48;
    public static final int NODE_GAP = 16;
    public static final int COLUMN_GAP = 112;
    public static final int LINE_MAX = 20;
    /** Height of the band of column headings above the nodes. */
    public static final int HEADER = 28;

    /** An initiative to draw and its layer: negative for providers, positive for dependants. */
    public record Node(long id, int layer, String title) {}

    /** A dependency to draw: the dependant needs something (its {@code label}) from the provider. */
    public record Edge(long providerId, long dependantId, String label) {}

    /** A node's box and its title in one or two lines. */
    public record NodePlace(long id, int layer, int x, int y, int width, int height, List<String> lines) {}

    /** An edge as an SVG path, and where its label goes (its middle). */
    public record EdgePlace(long providerId, long dependantId, String path, int labelX, int labelY, String label) {}

    /** A column's heading ("Needs", "Needed by") and its centre. */
    public record Column(int layer, int x, String heading) {}

    public record Picture(int width, int height, List<Column> columns, List<NodePlace> nodes, List<EdgePlace> edges) {}

    private DependencyGraphLayout() {}

    /**
     * Lays out {@code nodes} in their layers (in the order given within a layer) and the {@code edges}
     * whose ends are both drawn.
     */
    public static Picture layout(List<Node> nodes, List<Edge> edges) {
        TreeMap<Integer, List<Node>> layers = new TreeMap<>();
        for (Node node : nodes) {
            layers.computeIfAbsent(node.layer(), l -> new ArrayList<>()).add(node);
        }
        int tallest = layers.values().stream().mapToInt(List::size).max().orElse(0);
        int columnsHeight = tallest == 0 ? 0 : tallest * NODE_HEIGHT + (tallest - 1) * NODE_GAP;

        List<Column> columns = new ArrayList<>();
        List<NodePlace> places = new ArrayList<>();
        Map<Long, NodePlace> byId = new HashMap<>();
        int column = 0;
        for (Map.Entry<Integer, List<Node>> layer : layers.entrySet()) {
            int x = MARGIN + column * (NODE_WIDTH + COLUMN_GAP);
            List<Node> inLayer = layer.getValue();
            int height = inLayer.size() * NODE_HEIGHT + (inLayer.size() - 1) * NODE_GAP;
            int top = MARGIN + HEADER + (columnsHeight - height) / 2;
            columns.add(new Column(layer.getKey(), x + NODE_WIDTH / 2, heading(layer.getKey())));
            for (int i = 0; i < inLayer.size(); i++) {
                Node node = inLayer.get(i);
                NodePlace place = new NodePlace(
                        node.id(),
                        node.layer(),
                        x,
                        top + i * (NODE_HEIGHT + NODE_GAP),
                        NODE_WIDTH,
                        NODE_HEIGHT,
                        lines(node.title()));
                places.add(place);
                byId.put(node.id(), place);
            }
            column++;
        }

        List<EdgePlace> edgePlaces = new ArrayList<>();
        for (Edge edge : edges) {
            NodePlace from = byId.get(edge.providerId());
            NodePlace to = byId.get(edge.dependantId());
            if (from == null || to == null) {
                continue;
            }
            int x1 = from.x() + NODE_WIDTH;
            int y1 = from.y() + NODE_HEIGHT / 2;
            int y2 = to.y() + NODE_HEIGHT / 2;
            if (to.x() > from.x()) {
                int x2 = to.x();
                int bend = (x2 - x1) / 2;
                String path = "M " + x1 + " " + y1 + " C " + (x1 + bend) + " " + y1 + ", " + (x2 - bend) + " " + y2
                        + ", " + x2 + " " + y2;
                edgePlaces.add(new EdgePlace(
                        edge.providerId(), edge.dependantId(), path, (x1 + x2) / 2, (y1 + y2) / 2 - 6, edge.label()));
            } else {
                // both in one column (or, never in a picture made of distances, backwards): bend right of the column
                int x2 = to.x() + NODE_WIDTH;
                int out = x1 + COLUMN_GAP / 3;
                String path =
                        "M " + x1 + " " + y1 + " C " + out + " " + y1 + ", " + out + " " + y2 + ", " + x2 + " " + y2;
                edgePlaces.add(new EdgePlace(
                        edge.providerId(), edge.dependantId(), path, out + 4, (y1 + y2) / 2, edge.label()));
            }
        }

        int width = layers.isEmpty() ? 2 * MARGIN : 2 * MARGIN + column * NODE_WIDTH + (column - 1) * COLUMN_GAP;
        int height = 2 * MARGIN + HEADER + columnsHeight;
        return new Picture(width, height, List.copyOf(columns), List.copyOf(places), List.copyOf(edgePlaces));
    }

    private static String heading(int layer) {
        if (layer == 0) {
            return "This initiative";
        }
        if (layer < 0) {
            return layer == -1 ? "It needs" : "They need";
        }
        return layer == 1 ? "Needed by" : "Needed by those";
    }

    /**
     * A title in at most two lines of {@link #LINE_MAX} characters, broken at a space when one is near;
     * what does not fit ends with "…".
     */
    static List<String> lines(String title) {
        String text = title.strip();
        if (text.length() <= LINE_MAX) {
            return List.of(text);
        }
        int cut = text.lastIndexOf(' ', LINE_MAX);
        if (cut < LINE_MAX / 2) {
            cut = LINE_MAX;
        }
        String first = text.substring(0, cut).stripTrailing();
        String rest = text.substring(cut).strip();
        if (rest.length() > LINE_MAX) {
            int space = rest.lastIndexOf(' ', LINE_MAX - 1);
            rest = space >= LINE_MAX / 2 ? rest.substring(0, space) + "…" : RoadmapLayout.cut(rest, LINE_MAX);
        }
        return List.of(first, rest);
    }
}

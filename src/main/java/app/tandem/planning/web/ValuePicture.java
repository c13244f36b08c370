package app.tandem.planning.web;

import app.tandem.planning.PlanView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user-against-business-value picture as plain SVG coordinates: business value across, user
 * value up (below the middle line: the work hurts users more than it helps them), one numbered dot
 * per initiative (its rank) whose shape and colour say its quadrant; a flagged one gets a red ring.
 * Scales run from 0 (and from the lowest user value) to the largest value drawn, so every dot fits.
 * Dots that would cover one another are moved apart, the better rank keeping its place: a moved dot
 * is drawn at most {@value #RINGS} rings away with a thin line to where its values put it (and
 * stays where it is, covered, when there is no room nearby).
 */
record ValuePicture(int width, int height, int left, int top, int right, int bottom, double zeroY, List<Dot> dots) {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int MARGIN_LEFT = 56;
    static final int MARGIN_TOP = 16;
    static final int MARGIN_RIGHT = 16;
    static final int MARGIN_BOTTOM = 40;
    /** Dots closer than this (centre to centre, in pixels) cover each other. */
    static final double APART = 21;
    /** How many rings of places around its own a covered dot tries. */
    static final int RINGS = 3;

    /** A dot drawn at {@code x, y}; {@code valueX, valueY} is where its values put it (the same unless moved). */
    record Dot(
            long id,
            int rank,
            String title,
            double x,
            double y,
            String quadrant,
            String css,
            boolean flagged,
            String label,
            double valueX,
            double valueY) {

        public boolean moved() {
            return x != valueX || y != valueY;
        }
    }

    /** Whether a dot has the red ring (the legend explains it then). */
    public boolean anyFlagged() {
        return dots.stream().anyMatch(Dot::flagged);
    }

    static ValuePicture of(List<PlanView.Point> points) {
        double maxBusiness = 1;
        double minUser = 0;
        double maxUser = 1;
        for (PlanView.Point p : points) {
            maxBusiness = Math.max(maxBusiness, p.businessValue());
            minUser = Math.min(minUser, p.userValue());
            maxUser = Math.max(maxUser, p.userValue());
        }
        int right = WIDTH - MARGIN_RIGHT;
        int bottom = HEIGHT - MARGIN_BOTTOM;
        double spanX = right - MARGIN_LEFT;
        double spanY = bottom - MARGIN_TOP;
        List<Dot> dots = new ArrayList<>(points.size());
        Placed placed = new Placed();
        for (PlanView.Point p : points) {
            double x = Math.round((MARGIN_LEFT + spanX * Math.max(0, p.businessValue()) / maxBusiness) * 10) / 10.0;
            double y = Math.round((bottom - spanY * (p.userValue() - minUser) / (maxUser - minUser)) * 10) / 10.0;
            double[] at = placed.free(x, y, MARGIN_LEFT, MARGIN_TOP, right, bottom);
            dots.add(new Dot(
                    p.id(),
                    p.rank(),
                    p.title(),
                    at[0],
                    at[1],
                    p.quadrant(),
                    p.quadrant().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'),
                    p.flag() != null,
                    "#" + p.rank() + " " + p.title(),
                    x,
                    y));
        }
        double zeroY = bottom - spanY * (0 - minUser) / (maxUser - minUser);
        return new ValuePicture(
                WIDTH, HEIGHT, MARGIN_LEFT, MARGIN_TOP, right, bottom, Math.round(zeroY * 10) / 10.0, dots);
    }

    /** The dots placed so far, in square cells of {@link #APART} pixels, to find a free place near a dot. */
    private static final class Placed {
        private final Map<Long, List<double[]>> cells = new HashMap<>();

        /** The first free place on rings around {@code x, y} inside the plot, or {@code x, y} itself. */
        double[] free(double x, double y, double left, double top, double right, double bottom) {
            double[] at = {x, y};
            search:
            for (int ring = 0; ring <= RINGS; ring++) {
                int places = ring == 0 ? 1 : 6 * ring;
                for (int k = 0; k < places; k++) {
                    double angle = -Math.PI / 2 + 2 * Math.PI * k / places;
                    double cx = Math.round((x + ring * APART * Math.cos(angle)) * 10) / 10.0;
                    double cy = Math.round((y + ring * APART * Math.sin(angle)) * 10) / 10.0;
                    if (cx < left || cx > right || cy < top || cy > bottom) {
                        continue;
                    }
                    if (isFree(cx, cy)) {
                        at = new double[] {cx, cy};
                        break search;
                    }
                }
            }
            cells.computeIfAbsent(cell(at[0], at[1]), c -> new ArrayList<>()).add(at);
            return at;
        }

        private boolean isFree(double x, double y) {
            long cx = (long) Math.floor(x / APART);
            long cy = (long) Math.floor(y / APART);
            for (long i = cx - 1; i <= cx + 1; i++) {
                for (long j = cy - 1; j <= cy + 1; j++) {
                    for (double[] other : cells.getOrDefault(key(i, j), List.of())) {
                        if (Math.hypot(other[0] - x, other[1] - y) < APART) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private static long cell(double x, double y) {
            return key((long) Math.floor(x / APART), (long) Math.floor(y / APART));
        }

        private static long key(long i, long j) {
            return (i << 32) ^ (j & 0xffffffffL);
        }
    }
}

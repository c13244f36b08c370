package app.tandem.planning.web;

import app.tandem.planning.PlanView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The user-against-business-value picture as plain SVG coordinates: business value across, user
 * value up (below the middle line: the work hurts users more than it helps them), one numbered dot
 * per initiative (its rank) whose shape and colour say its quadrant; a flagged one gets a red ring.
 * Scales run from 0 (and from the lowest user value) to the largest value drawn, so every dot fits.
 */
record ValuePicture(int width, int height, int left, int top, int right, int bottom, double zeroY, List<Dot> dots) {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int MARGIN_LEFT = 56;
    static final int MARGIN_TOP = 16;
    static final int MARGIN_RIGHT = 16;
    static final int MARGIN_BOTTOM = 40;

    record Dot(
            long id,
            int rank,
            String title,
            double x,
            double y,
            String quadrant,
            String css,
            boolean flagged,
            String label) {}

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
        for (PlanView.Point p : points) {
            double x = MARGIN_LEFT + spanX * Math.max(0, p.businessValue()) / maxBusiness;
            double y = bottom - spanY * (p.userValue() - minUser) / (maxUser - minUser);
            dots.add(new Dot(
                    p.id(),
                    p.rank(),
                    p.title(),
                    Math.round(x * 10) / 10.0,
                    Math.round(y * 10) / 10.0,
                    p.quadrant(),
                    p.quadrant().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'),
                    p.flag() != null,
                    "#" + p.rank() + " " + p.title()));
        }
        double zeroY = bottom - spanY * (0 - minUser) / (maxUser - minUser);
        return new ValuePicture(
                WIDTH, HEIGHT, MARGIN_LEFT, MARGIN_TOP, right, bottom, Math.round(zeroY * 10) / 10.0, dots);
    }
}

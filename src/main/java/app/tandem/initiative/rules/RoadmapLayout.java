package app.tandem.initiative.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the roadmap picture puts everything, from dates and a zoom: one lane per team, one bar per
 * initiative from its start to its due date (inclusive), dependency arrows from the provider's bar
 * end to the dependant's bar start, grid lines at each month or quarter with their labels, and the
 * "today" line. Pure arithmetic in whole pixels, so a test can compute every value by hand:
 *
 * <ul>
 *   <li>a day is {@link Zoom#pxPerDay()} wide (5 by month, 2 by quarter); the window starts at x =
 *       {@link #GUTTER} (the lane names are left of it) and the picture is {@link #GUTTER} + days ×
 *       pxPerDay + {@link #RIGHT} wide;
 *   <li>lanes start below the {@link #HEADER}; a lane is {@link #LANE_PAD} + rows × {@link #ROW} +
 *       {@link #LANE_PAD} high, a bar {@link #BAR} high, {@link #BAR_TOP} below the top of its row;
 *   <li>a bar's label (at most {@link #LABEL_MAX} characters) sits inside the bar when it fits
 *       ({@link #CHAR} pixels a character, {@link #PAD} on each side); when at least {@link
 *       #INSIDE_MIN} characters fit it is cut to fit with "…"; otherwise it sits right of the bar,
 *       or left of it when the picture ends first. Bars of a lane are placed in the first row where
 *       they and their label keep {@link #GAP} pixels from what is already there, so nothing
 *       overlaps.
 * </ul>
 */
public final class RoadmapLayout {

    /** Width of the lane names column. */
    public static final int GUTTER = 160;
    /** Height of the band of period labels above the lanes. */
    public static final int HEADER = 28;
    /** Space right of the window, so the last label is not cut. */
    public static final int RIGHT = 16;
    /** Space under the last lane. */
    public static final int BOTTOM = 8;

    public static final int LANE_PAD = 6;
    public static final int ROW = 28;
    public static final int BAR = 20;
    public static final int BAR_TOP = 4;
    /** Average width of a character of the 12 px labels. */
    public static final int CHAR = 7;

    public static final int PAD = 4;
    public static final int GAP = 6;
    public static final int LABEL_MAX = 40;
    public static final int INSIDE_MIN = 12;
    /** The most characters of a lane name shown in the gutter. */
    public static final int LANE_NAME_MAX = (GUTTER - 2 * PAD - 8) / CHAR;
    /** How far an arrow's curve leaves its bar horizontally before it bends. */
    public static final int BEND = 24;

    /** How much time a picture shows at once: the width of a day and where the grid lines go. */
    public enum Zoom {
        MONTH(5),
        QUARTER(2);

        private final int pxPerDay;

        Zoom(int pxPerDay) {
            this.pxPerDay = pxPerDay;
        }

        public int pxPerDay() {
            return pxPerDay;
        }
    }

    /** An initiative to draw: its id, the lane (by index in the lanes given) and its dates. */
    public record Item(long id, int lane, String title, LocalDate start, LocalDate due) {}

    /** A dependency to draw: the provider's bar to the dependant's. */
    public record Link(long providerId, long dependantId) {}

    /** A lane: its name cut to fit the gutter, its full name, where it starts and how high it is. */
    public record LanePlace(String label, String name, int y, int height) {}

    /**
     * A bar: where it is, its label (cut to fit) and where the label starts ({@code labelAnchorEnd}:
     * the label ends at {@code labelX}, left of the bar), whether the label is inside the bar, and
     * whether the initiative goes on before or after the window.
     */
    public record BarPlace(
            long id,
            int x,
            int y,
            int width,
            int height,
            String label,
            int labelX,
            int labelY,
            boolean labelInside,
            boolean labelAnchorEnd,
            boolean startsBefore,
            boolean endsAfter) {}

    /** A grid line at a period start ({@code line} false for the window's start) with the period's label. */
    public record Tick(int x, String label, boolean line) {}

    /** An arrow from a provider's bar end to its dependant's bar start, as an SVG path. */
    public record ArrowPlace(long providerId, long dependantId, int x1, int y1, int x2, int y2, String path) {}

    /** Everything the picture draws; {@code todayX} is null when today is outside the window. */
    public record Picture(
            int width,
            int height,
            int chartLeft,
            int chartRight,
            List<LanePlace> lanes,
            List<BarPlace> bars,
            List<Tick> ticks,
            @Nullable Integer todayX,
            List<ArrowPlace> arrows) {}

    private RoadmapLayout() {}

    /**
     * Lays out {@code items} (each in one of {@code lanes}, in the order they should be placed: by
     * start date) over the days {@code from} to {@code to} inclusive. Items outside the window and
     * links whose ends are not both drawn are left out.
     */
    public static Picture layout(
            LocalDate from,
            LocalDate to,
            Zoom zoom,
            LocalDate today,
            List<String> lanes,
            List<Item> items,
            List<Link> links) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The window ends before it starts");
        }
        int px = zoom.pxPerDay();
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        int chartRight = GUTTER + days * px;
        int width = chartRight + RIGHT;

        List<List<Item>> byLane = new ArrayList<>();
        lanes.forEach(l -> byLane.add(new ArrayList<>()));
        for (Item item : items) {
            if (!item.due().isBefore(from) && !item.start().isAfter(to)) {
                byLane.get(item.lane()).add(item);
            }
        }

        List<LanePlace> lanePlaces = new ArrayList<>();
        List<BarPlace> bars = new ArrayList<>();
        int y = HEADER;
        for (int lane = 0; lane < lanes.size(); lane++) {
            List<Integer> rowEnds = new ArrayList<>();
            List<BarPlace> placed = new ArrayList<>();
            for (Item item : byLane.get(lane)) {
                placed.add(bar(item, from, to, px, chartRight, rowEnds));
            }
            int rows = Math.max(1, rowEnds.size());
            int height = LANE_PAD + rows * ROW + LANE_PAD;
            for (BarPlace bar : placed) {
                int top = y + bar.y(); // bar.y() holds the row's offset until here
                bars.add(new BarPlace(
                        bar.id(),
                        bar.x(),
                        top,
                        bar.width(),
                        bar.height(),
                        bar.label(),
                        bar.labelX(),
                        top + BAR / 2 + 4,
                        bar.labelInside(),
                        bar.labelAnchorEnd(),
                        bar.startsBefore(),
                        bar.endsAfter()));
            }
            String name = lanes.get(lane);
            lanePlaces.add(new LanePlace(cut(name, LANE_NAME_MAX), name, y, height));
            y += height;
        }

        Map<Long, BarPlace> byId = new HashMap<>();
        bars.forEach(b -> byId.put(b.id(), b));
        List<ArrowPlace> arrows = new ArrayList<>();
        for (Link link : links) {
            BarPlace provider = byId.get(link.providerId());
            BarPlace dependant = byId.get(link.dependantId());
            if (provider == null || dependant == null) {
                continue;
            }
            int x1 = provider.x() + provider.width();
            int y1 = provider.y() + BAR / 2;
            int x2 = dependant.x();
            int y2 = dependant.y() + BAR / 2;
            String path = "M " + x1 + " " + y1 + " C " + (x1 + BEND) + " " + y1 + ", " + (x2 - BEND) + " " + y2 + ", "
                    + x2 + " " + y2;
            arrows.add(new ArrowPlace(link.providerId(), link.dependantId(), x1, y1, x2, y2, path));
        }

        Integer todayX = today.isBefore(from) || today.isAfter(to) ? null : x(from, today, px);
        return new Picture(
                width,
                y + BOTTOM,
                GUTTER,
                chartRight,
                List.copyOf(lanePlaces),
                List.copyOf(bars),
                ticks(from, to, zoom),
                todayX,
                List.copyOf(arrows));
    }

    /** A bar with {@code y} the offset of its row in the lane; adds its row to {@code rowEnds}. */
    private static BarPlace bar(
            Item item, LocalDate from, LocalDate to, int px, int chartRight, List<Integer> rowEnds) {
        boolean startsBefore = item.start().isBefore(from);
        boolean endsAfter = item.due().isAfter(to);
        LocalDate start = startsBefore ? from : item.start();
        LocalDate end = (endsAfter ? to : item.due()).plusDays(1);
        int x = x(from, start, px);
        int w = x(from, end, px) - x;

        String title = cut(item.title(), LABEL_MAX);
        int fitting = (w - 2 * PAD) / CHAR;
        String label;
        boolean inside;
        boolean anchorEnd = false;
        int labelX;
        int left = x;
        int right = x + w;
        if (title.length() <= fitting) {
            label = title;
            inside = true;
            labelX = x + PAD;
        } else if (fitting >= INSIDE_MIN) {
            label = cut(title, fitting);
            inside = true;
            labelX = x + PAD;
        } else {
            label = title;
            inside = false;
            int labelWidth = label.length() * CHAR;
            if (x + w + PAD + labelWidth <= chartRight) {
                labelX = x + w + PAD;
                right = labelX + labelWidth;
            } else {
                anchorEnd = true;
                labelX = x - PAD;
                left = Math.max(GUTTER, labelX - labelWidth);
            }
        }
        int row = 0;
        while (row < rowEnds.size() && rowEnds.get(row) + GAP > left) {
            row++;
        }
        if (row == rowEnds.size()) {
            rowEnds.add(right);
        } else {
            rowEnds.set(row, right);
        }
        return new BarPlace(
                item.id(),
                x,
                LANE_PAD + row * ROW + BAR_TOP,
                w,
                BAR,
                label,
                labelX,
                0,
                inside,
                anchorEnd,
                startsBefore,
                endsAfter);
    }

    /** Month starts ("Jan 2027") or quarter starts ("Q1 2027") in the window; the window's own period first. */
    static List<Tick> ticks(LocalDate from, LocalDate to, Zoom zoom) {
        int px = zoom.pxPerDay();
        int months = zoom == Zoom.MONTH ? 1 : 3;
        LocalDate period = from.withDayOfMonth(1);
        if (zoom == Zoom.QUARTER) {
            period = period.withMonth((from.getMonthValue() - 1) / 3 * 3 + 1);
        }
        List<Tick> ticks = new ArrayList<>();
        if (period.isBefore(from)) {
            ticks.add(new Tick(GUTTER, label(period, zoom), false));
            period = period.plusMonths(months);
        }
        while (!period.isAfter(to)) {
            ticks.add(new Tick(x(from, period, px), label(period, zoom), !period.equals(from)));
            period = period.plusMonths(months);
        }
        return List.copyOf(ticks);
    }

    private static String label(LocalDate period, Zoom zoom) {
        if (zoom == Zoom.QUARTER) {
            return "Q" + ((period.getMonthValue() - 1) / 3 + 1) + " " + period.getYear();
        }
        Month month = period.getMonth();
        return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + period.getYear();
    }

    /** Where a run of days lies in the picture: from {@code x}, {@code width} pixels wide. */
    public record Span(int x, int width) {}

    /**
     * Where the days {@code start} to {@code end} (both included) lie in the window {@code from} to
     * {@code to}, cut to it; null when none of them is in it. For the planned weeks drawn under a bar.
     */
    public static @Nullable Span span(LocalDate from, LocalDate to, Zoom zoom, LocalDate start, LocalDate end) {
        if (end.isBefore(from) || start.isAfter(to) || end.isBefore(start)) {
            return null;
        }
        int px = zoom.pxPerDay();
        int x = x(from, start.isBefore(from) ? from : start, px);
        int right = x(from, (end.isAfter(to) ? to : end).plusDays(1), px);
        return new Span(x, Math.max(1, right - x));
    }

    private static int x(LocalDate from, LocalDate day, int px) {
        return GUTTER + (int) ChronoUnit.DAYS.between(from, day) * px;
    }

    /** {@code text} cut to {@code max} characters, the last one "…" when it was longer. */
    public static String cut(String text, int max) {
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) <= max) {
            return stripped;
        }
        int end = stripped.offsetByCodePoints(0, Math.max(0, max - 1));
        return stripped.substring(0, end).stripTrailing() + "…";
    }
}

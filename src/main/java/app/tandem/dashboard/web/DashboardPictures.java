package app.tandem.dashboard.web;

import app.tandem.dashboard.DashboardView;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The small pictures of the dashboard as plain numbers for SVG and CSS: sparklines as polyline points,
 * scores as bar widths, the roadmap's bars as percentages of the two quarters. Numbers only, no user
 * text, so the template may put them in attributes.
 */
final class DashboardPictures {

    static final int SPARK_WIDTH = 96;
    static final int SPARK_HEIGHT = 24;

    private DashboardPictures() {}

    /** A sparkline's points in a {@link #SPARK_WIDTH}×{@link #SPARK_HEIGHT} box, or "" with fewer than two values. */
    static String spark(List<Double> values) {
        if (values.size() < 2) {
            return "";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = 2 + i * (SPARK_WIDTH - 4.0) / (values.size() - 1);
            double y = SPARK_HEIGHT - 2 - (values.get(i) - min) / span * (SPARK_HEIGHT - 4.0);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString().strip();
    }

    /** The scores of a trend as a sparkline on a 0–100% scale. */
    static String trend(List<DashboardView.ScoreAt> points) {
        if (points.size() < 2) {
            return "";
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = 2 + i * (SPARK_WIDTH - 4.0) / (points.size() - 1);
            double y = SPARK_HEIGHT - 2 - points.get(i).score() * (SPARK_HEIGHT - 4.0);
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return line.toString().strip();
    }

    /** The roadmap of the next two quarters, placed. */
    record Outlook(List<Tick> ticks, double todayAt, List<PlacedLane> lanes) {}

    /** A month's start on the time axis, at {@code at} percent. */
    record Tick(double at, String label, boolean quarter) {}

    record PlacedLane(@Nullable Long teamId, String team, List<PlacedBar> bars) {}

    /**
     * A bar: the initiative's own dates at {@code ownAt} (width {@code ownWidth}) and, when planned,
     * the plan's at {@code plannedAt} (width {@code plannedWidth}); {@code late} when the plan ends it
     * after its own due date.
     */
    record PlacedBar(
            DashboardView.Bar bar,
            double ownAt,
            double ownWidth,
            @Nullable Double plannedAt,
            @Nullable Double plannedWidth,
            boolean late) {}

    static Outlook outlook(DashboardView.RoadmapOutlook roadmap, LocalDate today) {
        LocalDate from = roadmap.from();
        double days = ChronoUnit.DAYS.between(from, roadmap.to()) + 1.0;
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate month = from; !month.isAfter(roadmap.to()); month = month.plusMonths(1)) {
            boolean quarter = month.get(IsoFields.DAY_OF_QUARTER) == 1;
            String label = quarter
                    ? "Q" + month.get(IsoFields.QUARTER_OF_YEAR) + " " + month.getYear()
                    : month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            ticks.add(new Tick(percent(ChronoUnit.DAYS.between(from, month), days), label, quarter));
        }
        List<PlacedLane> lanes = new ArrayList<>();
        for (DashboardView.Lane lane : roadmap.lanes()) {
            List<PlacedBar> bars = new ArrayList<>();
            for (DashboardView.Bar bar : lane.bars()) {
                double[] own = span(bar.start(), bar.due(), from, roadmap.to(), days);
                double[] planned = bar.plannedStart() == null || bar.plannedEnd() == null
                        ? null
                        : span(bar.plannedStart(), bar.plannedEnd(), from, roadmap.to(), days);
                bars.add(new PlacedBar(
                        bar,
                        own[0],
                        own[1],
                        planned == null ? null : planned[0],
                        planned == null ? null : planned[1],
                        bar.plannedEnd() != null && bar.plannedEnd().isAfter(bar.due())));
            }
            lanes.add(new PlacedLane(lane.teamId(), lane.team(), bars));
        }
        return new Outlook(ticks, percent(ChronoUnit.DAYS.between(from, today), days), lanes);
    }

    /** Where a span starts and how wide it is, in percent of the window, clipped to it. */
    private static double[] span(LocalDate start, LocalDate end, LocalDate from, LocalDate to, double days) {
        LocalDate s = start.isBefore(from) ? from : start;
        LocalDate e = end.isAfter(to) ? to : end;
        if (e.isBefore(s)) {
            return new double[] {s.isAfter(to) ? 100 : 0, 0};
        }
        double at = percent(ChronoUnit.DAYS.between(from, s), days);
        double width = Math.max(0.8, percent(ChronoUnit.DAYS.between(s, e) + 1, days));
        return new double[] {at, Math.min(width, 100 - at)};
    }

    private static double percent(double part, double whole) {
        return Math.round(part / whole * 1000) / 10.0;
    }
}

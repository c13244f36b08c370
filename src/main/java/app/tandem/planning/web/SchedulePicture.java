package app.tandem.planning.web;

import app.tandem.planning.PlanView;
import app.tandem.support.DayWords;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schedule of one page of the plan as plain SVG coordinates: a row per ranked initiative, its
 * planned weeks as a bar (dark when committed work keeps its own dates), its own start-to-due as a
 * dashed frame around, so planned and committed dates are seen against each other; a line each
 * month and one for today.
 */
record SchedulePicture(int width, int height, int left, int top, double todayX, List<Tick> ticks, List<Row> rows) {

    static final int WIDTH = 960;
    static final int LABEL = 260;
    static final int ROW = 26;
    static final int TOP = 24;
    static final int RIGHT = 16;
    static final int LABEL_CHARS = 34;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /**
     * A month's line and its name, written after the line; before it when after would pass the
     * picture's right edge ("Apr 202" was cut there: a browser walk, December 2026), and not at all
     * (empty) when before would cover the name of the month before.
     */
    record Tick(double x, String label, boolean labelBefore) {

        /** About the width of "May 2027" in the picture's type. */
        static final int LABEL_WIDTH = 60;

        public double labelX() {
            return labelBefore ? x - 3 : x + 3;
        }

        public String labelAnchor() {
            return labelBefore ? "end" : "start";
        }

        /** The month at {@code x}, its name placed as the space after its line and the name before allow. */
        static Tick at(double x, String name, double previousNameEnds) {
            if (x + 3 + LABEL_WIDTH <= WIDTH) {
                return new Tick(x, name, false);
            }
            return x - 3 - LABEL_WIDTH >= previousNameEnds ? new Tick(x, name, true) : new Tick(x, "", false);
        }
    }

    record Row(
            long id,
            String label,
            String title,
            double y,
            double planX,
            double planWidth,
            double ownX,
            double ownWidth,
            boolean fixed,
            boolean late,
            String description) {}

    static SchedulePicture of(List<PlanView.Entry> entries, LocalDate today) {
        LocalDate from = today;
        LocalDate to = today.plusDays(28);
        for (PlanView.Entry e : entries) {
            from = min(from, min(e.start(), e.ownStart()));
            to = max(to, max(e.end(), e.ownDue()));
        }
        from = from.withDayOfMonth(1);
        double days = Math.max(1, to.toEpochDay() - from.toEpochDay() + 1);
        double span = WIDTH - LABEL - RIGHT;
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            double previousNameEnds = ticks.isEmpty() ? LABEL : ticks.getLast().x() + 3 + Tick.LABEL_WIDTH;
            ticks.add(Tick.at(x(month, from, days, span), MONTH.format(month), previousNameEnds));
        }
        List<Row> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            PlanView.Entry e = entries.get(i);
            double planX = x(e.start(), from, days, span);
            double ownX = x(e.ownStart(), from, days, span);
            String title = e.title().length() > LABEL_CHARS ? e.title().substring(0, LABEL_CHARS - 1) + "…" : e.title();
            rows.add(new Row(
                    e.id(),
                    e.rank() + ". " + title,
                    e.title(),
                    TOP + i * ROW,
                    planX,
                    Math.max(2, x(e.end().plusDays(1), from, days, span) - planX),
                    ownX,
                    Math.max(2, x(e.ownDue().plusDays(1), from, days, span) - ownX),
                    e.fixed(),
                    !e.fixed() && e.endsLate(),
                    e.rank() + ". " + e.title() + ": planned " + DayWords.of(e.start()) + " to " + DayWords.of(e.end())
                            + "; its own dates " + DayWords.of(e.ownStart()) + " to " + DayWords.of(e.ownDue())
                            + (e.fixed()
                                    ? " (committed: it keeps them)"
                                    : e.endsLate() ? " (ends after its due date)" : "")));
        }
        return new SchedulePicture(
                WIDTH, TOP + entries.size() * ROW + 8, LABEL, TOP, x(today, from, days, span), ticks, rows);
    }

    private static double x(LocalDate day, LocalDate from, double days, double span) {
        return Math.round((LABEL + span * (day.toEpochDay() - from.toEpochDay()) / days) * 10) / 10.0;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

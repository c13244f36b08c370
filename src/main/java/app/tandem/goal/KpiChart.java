package app.tandem.goal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code static/js/kpi-chart.js} draws, as JSON in the canvas' {@code data-chart} attribute:
 * measurements, baseline, target, the pace line between them, and the guardrail bounds. The KPI and
 * goal pages draw it large and small; the dashboard draws it small for every shared KPI.
 */
public record KpiChart(
        String name,
        String unit,
        Point baseline,
        Point target,
        @Nullable Double guardrailMin,
        @Nullable Double guardrailMax,
        List<Point> measurements,
        String health) {

    public record Point(
            LocalDate date, double value, @Nullable String note) {}

    public static KpiChart of(KpiView kpi, List<MeasurementView> measurements) {
        return new KpiChart(
                kpi.name(),
                kpi.unit().suffix(),
                new Point(kpi.baselineDate(), kpi.baselineValue(), null),
                new Point(kpi.targetDate(), kpi.targetValue(), null),
                kpi.guardrailMin(),
                kpi.guardrailMax(),
                measurements.stream()
                        .map(m -> new Point(m.date(), m.value(), m.note()))
                        .toList(),
                kpi.health().status().label());
    }

    public String json(JsonMapper mapper) {
        return mapper.writeValueAsString(this);
    }

    /**
     * The chart in words, for people who cannot see it. A chart holding {@code atMost} measurements
     * may have left older ones out, and says so.
     */
    public static String describe(KpiView kpi, List<MeasurementView> measurements, int atMost) {
        StringBuilder text = new StringBuilder("Line chart of " + kpi.name() + ": ");
        if (measurements.isEmpty()) {
            text.append("no measurements yet");
        } else {
            MeasurementView first = measurements.getFirst();
            MeasurementView last = measurements.getLast();
            text.append(measurements.size() >= atMost ? "the latest " : "")
                    .append(measurements.size())
                    .append(measurements.size() == 1 ? " measurement" : " measurements")
                    .append(" from ")
                    .append(first.date())
                    .append(" to ")
                    .append(last.date())
                    .append(", latest ")
                    .append(kpi.format(last.value()));
        }
        text.append("; baseline ")
                .append(kpi.format(kpi.baselineValue()))
                .append(" on ")
                .append(kpi.baselineDate())
                .append(", target ")
                .append(kpi.format(kpi.targetValue()))
                .append(" by ")
                .append(kpi.targetDate());
        if (kpi.guardrailMin() != null) {
            text.append(", must not drop below ").append(kpi.format(kpi.guardrailMin()));
        }
        if (kpi.guardrailMax() != null) {
            text.append(", must not rise above ").append(kpi.format(kpi.guardrailMax()));
        }
        return text.append(". ")
                .append(kpi.health().status().label())
                .append('.')
                .toString();
    }
}

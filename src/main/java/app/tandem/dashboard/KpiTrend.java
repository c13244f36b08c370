package app.tandem.dashboard;

import java.util.List;

/**
 * One shared KPI on the dashboard: its health, a small chart (the JSON {@code static/js/kpi-chart.js}
 * draws: measurements, pace line, guardrails), the same chart in words, and the initiatives expected
 * to move it.
 */
public record KpiTrend(
        long id,
        String name,
        String health,
        String healthLabel,
        String latest,
        String target,
        String chartJson,
        String chartText,
        List<Mover> movers) {

    public KpiTrend {
        movers = List.copyOf(movers);
    }

    /** An initiative expected to move the KPI, and by how much in words ("+2 points"), when given. */
    public record Mover(long id, String title, String status, String expected) {}
}

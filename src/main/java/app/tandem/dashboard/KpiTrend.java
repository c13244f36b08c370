package app.tandem.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One shared KPI on the dashboard: its health ({@code health} the CSS modifier, {@code healthLabel}
 * the words), its latest value and its target in words, a small chart (the JSON {@code
 * static/js/kpi-chart.js} draws: measurements, pace line, guardrails), the same chart in words, and
 * the initiatives expected to move it.
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

    /**
     * A shape for the health beside its words, so it never rests on colour alone: a tick on track, a
     * triangle at risk, a cross off track, a bar for a breached guardrail, a circle without data.
     */
    public String healthSymbol() {
        return switch (health) {
            case "on-track" -> "✓";
            case "at-risk" -> "▲";
            case "off-track" -> "✕";
            case "guardrail-breached" -> "⛔";
            default -> "○";
        };
    }

    /**
     * An initiative expected to move the KPI, its status in words, and by how much and by when in
     * words ("+2 points by 31 Mar 2027"; null when the link names no change).
     */
    public record Mover(
            long id, String title, String status, @Nullable String expected) {}
}

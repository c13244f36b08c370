package app.tandem.goal;

import app.tandem.goal.health.HealthRules;
import app.tandem.goal.internal.MeasurementChecks;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A KPI with its latest measurement and its health, explained; an edit sends back the {@code
 * version} it started from, so a change made since is not overwritten.
 */
public record KpiView(
        long id,
        String name,
        KpiUnit unit,
        Direction direction,
        double baselineValue,
        LocalDate baselineDate,
        double targetValue,
        LocalDate targetDate,
        @Nullable Double guardrailMin,
        @Nullable Double guardrailMax,
        @Nullable String dataSource,
        List<Ref> goals,
        List<Ref> teams,
        @Nullable MeasurementView latest,
        HealthAssessment health,
        long version) {

    /** A value of this KPI as people read it, with its unit. */
    public String format(double value) {
        return unit.format(value);
    }

    /**
     * Why {@code value} looks mistyped though it is saved (a percentage outside 0–100%), or null;
     * the pages show it beside the value.
     */
    public @Nullable String doubt(double value) {
        return MeasurementChecks.doubt(
                new HealthRules.Spec(
                        unit,
                        direction,
                        baselineValue,
                        baselineDate,
                        targetValue,
                        targetDate,
                        guardrailMin,
                        guardrailMax),
                value);
    }

    public boolean hasGuardrail() {
        return guardrailMin != null || guardrailMax != null;
    }

    public List<Long> teamIds() {
        return teams.stream().map(Ref::id).toList();
    }

    public List<Long> goalIds() {
        return goals.stream().map(Ref::id).toList();
    }
}

package app.tandem.goal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A KPI with its latest measurement and its health, explained. */
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
        HealthAssessment health) {

    /** A value of this KPI as people read it, with its unit. */
    public String format(double value) {
        return unit.format(value);
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

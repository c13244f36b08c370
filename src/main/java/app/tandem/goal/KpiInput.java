package app.tandem.goal;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a person gives to create or change a KPI. Guardrails, goals, teams and the data source are optional. */
public record KpiInput(
        @Nullable String name,
        @Nullable KpiUnit unit,
        @Nullable Direction direction,
        @Nullable Double baselineValue,
        @Nullable LocalDate baselineDate,
        @Nullable Double targetValue,
        @Nullable LocalDate targetDate,
        @Nullable Double guardrailMin,
        @Nullable Double guardrailMax,
        @Nullable String dataSource,
        @Nullable Set<Long> goalIds,
        @Nullable Set<Long> teamIds) {}

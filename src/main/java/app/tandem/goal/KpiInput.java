package app.tandem.goal;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a person gives to create or change a KPI. Guardrails, goals, teams and the data source are
 * optional. A name has 1 to {@link #NAME_MAX} characters, the data source at most {@link #SOURCE_MAX}.
 */
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
        @Nullable Set<Long> teamIds) {

    public static final int NAME_MAX = 120;
    public static final int SOURCE_MAX = 1000;
}

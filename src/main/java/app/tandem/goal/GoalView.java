package app.tandem.goal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A business goal with the teams that share it, its owner, sub-goals and the KPIs that measure it;
 * an edit sends back the {@code version} it started from, so a change made since is not overwritten.
 */
public record GoalView(
        long id,
        String title,
        @Nullable String description,
        LocalDate periodStart,
        LocalDate periodEnd,
        GoalStatus status,
        @Nullable Ref parent,
        @Nullable Ref owner,
        List<Ref> teams,
        List<Ref> subGoals,
        List<KpiRef> kpis,
        long version) {

    public List<Long> teamIds() {
        return teams.stream().map(Ref::id).toList();
    }
}

package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.List;

/** Computes a whole {@link Plan} from its input: scores and ranks, schedules, finds the critical path and the conflicts. */
public final class Planner {

    private Planner() {}

    /**
     * The plan under {@code method}.
     *
     * @throws DependencyCycle when the dependencies go round in a circle
     */
    public static Plan plan(PlanInput input, Scoring.Method method) {
        Ranking ranking = Ranking.of(input, method);
        Schedule schedule = Scheduler.schedule(input, ranking);
        CriticalPath path = CriticalPath.of(schedule, input.dependencies());
        List<Conflict> conflicts = new ArrayList<>(PlanConflicts.of(input));
        conflicts.addAll(schedule.conflicts());
        return new Plan(ranking, schedule, path, conflicts);
    }
}

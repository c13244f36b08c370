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
        return plan(input, ScoringModel.of(method));
    }

    /**
     * The plan under a workspace's scoring model.
     *
     * @throws DependencyCycle when the dependencies go round in a circle
     * @throws FormulaInvalid when the model's custom formula is refused
     */
    public static Plan plan(PlanInput input, ScoringModel model) {
        Ranking ranking = Ranking.of(input, model);
        Schedule schedule = Scheduler.schedule(input, ranking);
        CriticalPath path = CriticalPath.of(schedule, input.dependencies());
        List<Conflict> conflicts = new ArrayList<>(PlanConflicts.of(input));
        conflicts.addAll(schedule.conflicts());
        conflicts.addAll(PlanConflicts.ofSchedule(input, schedule));
        return new Plan(ranking, schedule, path, conflicts);
    }
}

package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

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
        return plan(input, model, Parallel.worthIt(input.initiatives().size()));
    }

    /** The plan, on this thread alone or with its independent parts on the common pool's threads. */
    static Plan plan(PlanInput input, ScoringModel model, boolean parallel) {
        if (!parallel) {
            Ranking ranking = Ranking.of(input, model, 1);
            Schedule schedule = Scheduler.schedule(input, ranking, false);
            CriticalPath path = CriticalPath.of(schedule, input.dependencies());
            return plan(input, ranking, schedule, path, PlanConflicts.of(input));
        }
        // A large plan: the conflicts seen from the input alone on another core while the scores are
        // computed (in parts, on the same cores); then the schedule (its adjacency built on another core
        // while it reads the initiatives) and the critical path alone, as they read memory all over and a
        // thread beside them slowed them more than it saved.
        ForkJoinTask<List<Conflict>> fromInput = ForkJoinPool.commonPool().submit(() -> PlanConflicts.of(input));
        Ranking ranking;
        List<Conflict> inputConflicts;
        try {
            ranking = Ranking.of(input, model, 2 * Parallel.threads());
            inputConflicts = fromInput.join();
        } finally {
            fromInput.cancel(false); // when the ranking was refused (a formula) before the conflicts were needed
        }
        Schedule schedule = Scheduler.schedule(input, ranking, true);
        CriticalPath path = CriticalPath.of(schedule, input.dependencies());
        return plan(input, ranking, schedule, path, inputConflicts);
    }

    /** The plan, its conflicts in one order: from the input, then the schedule's, then those of the dates. */
    private static Plan plan(
            PlanInput input, Ranking ranking, Schedule schedule, CriticalPath path, List<Conflict> fromInput) {
        List<Conflict> conflicts = new ArrayList<>(fromInput);
        conflicts.addAll(schedule.conflicts());
        conflicts.addAll(PlanConflicts.ofSchedule(input, schedule));
        return new Plan(ranking, schedule, path, conflicts);
    }
}

package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.List;
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
            Schedule schedule = Scheduler.schedule(input, ranking, false, null);
            CriticalPath path = CriticalPath.of(schedule, input.dependencies());
            return plan(input, ranking, schedule, path, PlanConflicts.of(input));
        }
        // A large plan: the scores first, in parts on every core; then the schedule, its adjacency built
        // on another core while this one reads the initiatives, and behind the adjacency on that core the
        // conflicts seen from the input alone, while this one places the initiatives and finds the
        // critical path. (The conflicts beside the scores instead left that core idle during the
        // schedule: 3 to 8 ms more of about 50 at 100,000 initiatives.)
        Ranking ranking = Ranking.of(input, model, 2 * Parallel.threads());
        ForkJoinTask<List<Conflict>> fromInput = ForkJoinTask.adapt(() -> PlanConflicts.of(input));
        try {
            Schedule schedule = Scheduler.schedule(input, ranking, true, fromInput);
            CriticalPath path = CriticalPath.of(schedule, input.dependencies());
            return plan(input, ranking, schedule, path, fromInput.join());
        } finally {
            fromInput.cancel(false); // when the schedule was refused (a cycle) before the conflicts were needed
        }
    }

    /**
     * The plan, its conflicts in one order: from the input, then the schedule's, then those of the
     * dates; work starting before a feature it needs that a campaign's promise already names is said
     * as the promise.
     */
    private static Plan plan(
            PlanInput input, Ranking ranking, Schedule schedule, CriticalPath path, List<Conflict> fromInput) {
        List<Conflict> promises = PlanConflicts.ofSchedule(input, schedule);
        List<Conflict> conflicts = new ArrayList<>(PlanConflicts.notPromised(fromInput, promises));
        conflicts.addAll(schedule.conflicts());
        conflicts.addAll(promises);
        return new Plan(ranking, schedule, path, conflicts);
    }
}

package app.tandem.planning.core;

import java.util.List;

/**
 * A whole plan: the ranking under one scoring model, the schedule in that order, its critical path,
 * and every conflict (those visible from the input and those of the schedule).
 */
public record Plan(Ranking ranking, Schedule schedule, CriticalPath criticalPath, List<Conflict> conflicts) {

    public Plan {
        conflicts = List.copyOf(conflicts);
    }
}

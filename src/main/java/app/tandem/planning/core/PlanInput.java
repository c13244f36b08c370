package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.List;

/** Everything the plan is computed from, as plain values; ids are those of the workspace. */
public record PlanInput(
        List<Item> initiatives,
        List<Dependency> dependencies,
        List<Goal> goals,
        List<Kpi> kpis,
        List<UserGoal> userGoals,
        List<Team> teams,
        List<PainPoint> painPoints,
        LocalDate today) {

    public PlanInput {
        initiatives = Initiatives.of(initiatives); // read by every plan: ids, dates and efforts as arrays
        // read by every plan: both ends' ids and positions as arrays
        dependencies = Dependencies.of(dependencies, (Initiatives) initiatives);
        goals = List.copyOf(goals);
        kpis = List.copyOf(kpis);
        userGoals = List.copyOf(userGoals);
        teams = List.copyOf(teams);
        painPoints = List.copyOf(painPoints);
    }

    /** The initiatives as the planning core reads them. */
    Initiatives initiativeTable() {
        return (Initiatives) initiatives;
    }

    /** The dependencies as the planning core reads them. */
    Dependencies dependencyTable() {
        return (Dependencies) dependencies;
    }

    /** A plan without journey pain points. */
    public PlanInput(
            List<Item> initiatives,
            List<Dependency> dependencies,
            List<Goal> goals,
            List<Kpi> kpis,
            List<UserGoal> userGoals,
            List<Team> teams,
            LocalDate today) {
        this(initiatives, dependencies, goals, kpis, userGoals, teams, List.of(), today);
    }
}

package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conflicts visible from the input alone (team capacity is checked by {@link Scheduler}); done
 * and dropped initiatives are not checked. A dependency whose hand-off was delivered is not late.
 */
public final class PlanConflicts {

    /** The importance from which a user goal hurt by monetisation is a conflict. */
    public static final int IMPORTANT_USER_GOAL = 4;

    private PlanConflicts() {}

    public static List<Conflict> of(PlanInput input) {
        Map<Long, Item> items = new HashMap<>();
        input.initiatives().forEach(i -> items.put(i.id(), i));
        Map<Long, Goal> goals = new HashMap<>();
        input.goals().forEach(g -> goals.put(g.id(), g));
        Map<Long, Kpi> kpis = new HashMap<>();
        input.kpis().forEach(k -> kpis.put(k.id(), k));
        Map<Long, UserGoal> userGoals = new HashMap<>();
        input.userGoals().forEach(u -> userGoals.put(u.id(), u));

        List<Conflict> conflicts = new ArrayList<>();
        Map<Long, List<Item>> raising = new LinkedHashMap<>();
        Map<Long, List<Item>> lowering = new HashMap<>();
        for (Item item : input.initiatives()) {
            if (item.status().isFinal()) {
                continue;
            }
            String title = "“" + item.title() + "”";
            if (item.goals().stream().noneMatch(l -> goals.containsKey(l.goalId()))) {
                conflicts.add(
                        new Conflict(Conflict.Kind.NO_GOAL, List.of(item.id()), title + " serves no business goal."));
            }
            if (item.status().isCommitted()
                    && (item.itReview() == Item.ItReview.MISSING || item.itReview() == Item.ItReview.SKIPPED)) {
                conflicts.add(new Conflict(
                        Conflict.Kind.IT_REVIEW_MISSING,
                        List.of(item.id()),
                        title + " is " + (item.status() == Item.Status.COMMITTED ? "committed" : "in progress")
                                + " but its IT review "
                                + (item.itReview() == Item.ItReview.MISSING ? "is missing." : "was skipped.")));
            }
            if (item.kind() == Item.Kind.MONETISATION) {
                for (Item.UserGoalLink link : item.userGoals()) {
                    UserGoal userGoal = userGoals.get(link.userGoalId());
                    if (!link.helps() && userGoal != null && userGoal.importance() >= IMPORTANT_USER_GOAL) {
                        conflicts.add(new Conflict(
                                Conflict.Kind.MONETISATION_HURTS_USERS,
                                List.of(item.id()),
                                title + " makes money but hurts the user goal “" + userGoal.sentence()
                                        + "” (importance " + userGoal.importance() + ")."));
                    }
                }
                for (Item.GoalLink link : item.goals()) {
                    Kpi kpi = link.kpiId() == null ? null : kpis.get(link.kpiId());
                    if (kpi != null && kpi.guardrail() && kpi.health() == Kpi.Health.OFF_TRACK) {
                        conflicts.add(new Conflict(
                                Conflict.Kind.MONETISATION_ON_BREACHED_GUARDRAIL,
                                List.of(item.id()),
                                title + " makes money and touches the guardrail “" + kpi.name()
                                        + "”, which is off track."));
                    }
                }
            }
            for (Item.GoalLink link : item.goals()) {
                if (link.kpiId() != null && link.expectedChange() != null && kpis.containsKey(link.kpiId())) {
                    if (link.expectedChange() > 0) {
                        raising.computeIfAbsent(link.kpiId(), k -> new ArrayList<>())
                                .add(item);
                    } else if (link.expectedChange() < 0) {
                        lowering.computeIfAbsent(link.kpiId(), k -> new ArrayList<>())
                                .add(item);
                    }
                }
            }
        }
        for (Dependency dependency : input.dependencies()) {
            Item dependant = items.get(dependency.dependantId());
            Item provider = items.get(dependency.providerId());
            if (dependant == null
                    || provider == null
                    || dependant.status().isFinal()
                    || dependency.delivered()
                    || dependency.handoffDue() == null
                    || dependant.start() == null
                    || !dependency.handoffDue().isAfter(dependant.start())) {
                continue;
            }
            conflicts.add(new Conflict(
                    Conflict.Kind.LATE_HANDOFF,
                    List.of(dependant.id(), provider.id()),
                    "“" + provider.title() + "” hands off " + dependency.kind() + " on " + dependency.handoffDue()
                            + ", after “" + dependant.title() + "” starts on " + dependant.start() + "."));
        }
        for (Map.Entry<Long, List<Item>> up : raising.entrySet()) {
            List<Item> down = lowering.get(up.getKey());
            if (down == null) {
                continue;
            }
            List<Long> ids = new ArrayList<>();
            up.getValue().forEach(i -> ids.add(i.id()));
            down.forEach(i -> ids.add(i.id()));
            conflicts.add(new Conflict(
                    Conflict.Kind.OPPOSING_KPI_CHANGES,
                    ids,
                    titles(up.getValue()) + " should raise “"
                            + kpis.get(up.getKey()).name() + "” while " + titles(down) + " should lower it."));
        }
        return conflicts;
    }

    /**
     * The conflicts of campaigns' promises, which need the schedule: see {@link PromiseConflicts}.
     */
    public static List<Conflict> ofSchedule(PlanInput input, Schedule schedule) {
        return PromiseConflicts.of(input, schedule);
    }

    static String titles(List<Item> items) {
        List<String> titles = new ArrayList<>();
        items.forEach(i -> titles.add("“" + i.title() + "”"));
        return String.join(", ", titles);
    }
}

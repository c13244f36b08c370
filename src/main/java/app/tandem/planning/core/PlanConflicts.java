package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The conflicts visible from the input alone (team capacity is checked by {@link Scheduler}); done
 * and dropped initiatives are not checked. A dependency whose hand-off was delivered is not late.
 */
public final class PlanConflicts {

    /** The importance from which a user goal hurt by monetisation is a conflict. */
    public static final int IMPORTANT_USER_GOAL = 4;

    private PlanConflicts() {}

    public static List<Conflict> of(PlanInput input) {
        List<Item> initiatives = input.initiatives();
        IdMap<Goal> goals = new IdMap<>(input.goals().size());
        input.goals().forEach(g -> goals.put(g.id(), g));
        IdMap<Kpi> kpis = new IdMap<>(input.kpis().size());
        input.kpis().forEach(k -> kpis.put(k.id(), k));
        IdMap<UserGoal> userGoals = new IdMap<>(input.userGoals().size());
        input.userGoals().forEach(u -> userGoals.put(u.id(), u));

        List<Conflict> conflicts = new ArrayList<>();
        // the items raising and lowering each KPI (by slot), and the slots in the order first raised
        IdIndex kpiSlot = new IdIndex(input.kpis().size());
        List<Long> kpiOrder = new ArrayList<>();
        List<Integer> firstRaised = new ArrayList<>();
        List<@Nullable List<Item>> raising = new ArrayList<>();
        List<@Nullable List<Item>> lowering = new ArrayList<>();
        // indexed loops over the (immutable, random-access) lists: no iterator per item
        for (int p = 0; p < initiatives.size(); p++) {
            Item item = initiatives.get(p);
            if (item.status().isFinal()) {
                continue;
            }
            GoalLinks links = item.goalLinks();
            boolean servesGoal = false;
            for (int g = 0; g < links.count(); g++) {
                if (goals.containsKey(links.goalId(g))) {
                    servesGoal = true;
                    break;
                }
            }
            if (!servesGoal) {
                conflicts.add(new Conflict(
                        Conflict.Kind.NO_GOAL, List.of(item.id()), "“" + item.title() + "” serves no business goal."));
            }
            if (item.status().isCommitted()
                    && (item.itReview() == Item.ItReview.MISSING || item.itReview() == Item.ItReview.SKIPPED)) {
                conflicts.add(new Conflict(
                        Conflict.Kind.IT_REVIEW_MISSING,
                        List.of(item.id()),
                        title(item) + " is " + (item.status() == Item.Status.COMMITTED ? "committed" : "in progress")
                                + " but its IT review "
                                + (item.itReview() == Item.ItReview.MISSING ? "is missing." : "was skipped.")));
            }
            if (item.kind() == Item.Kind.MONETISATION) {
                List<Item.UserGoalLink> userGoalLinks = item.userGoals();
                for (int u = 0; u < userGoalLinks.size(); u++) {
                    Item.UserGoalLink link = userGoalLinks.get(u);
                    UserGoal userGoal = userGoals.get(link.userGoalId());
                    if (!link.helps() && userGoal != null && userGoal.importance() >= IMPORTANT_USER_GOAL) {
                        conflicts.add(new Conflict(
                                Conflict.Kind.MONETISATION_HURTS_USERS,
                                List.of(item.id()),
                                title(item) + " makes money but hurts the user goal “" + userGoal.sentence()
                                        + "” (importance " + userGoal.importance() + ")."));
                    }
                }
                for (int g = 0; g < links.count(); g++) {
                    Kpi kpi = links.hasKpi(g) ? kpis.get(links.kpiId(g)) : null;
                    if (kpi != null && kpi.guardrail() && kpi.health() == Kpi.Health.OFF_TRACK) {
                        conflicts.add(new Conflict(
                                Conflict.Kind.MONETISATION_ON_BREACHED_GUARDRAIL,
                                List.of(item.id()),
                                title(item) + " makes money and touches the guardrail “" + kpi.name()
                                        + "”, which is off track."));
                    }
                }
            }
            for (int g = 0; g < links.count(); g++) {
                if (!links.hasKpi(g) || !links.hasChange(g)) {
                    continue;
                }
                long kpiId = links.kpiId(g);
                double change = links.change(g);
                if (kpis.containsKey(kpiId) && (change > 0 || change < 0)) {
                    int slot = kpiSlot.get(kpiId);
                    if (slot < 0) {
                        slot = kpiOrder.size();
                        kpiSlot.putIfAbsent(kpiId, slot);
                        kpiOrder.add(kpiId);
                        raising.add(null);
                        lowering.add(null);
                    }
                    List<@Nullable List<Item>> side = change > 0 ? raising : lowering;
                    List<Item> list = side.get(slot);
                    if (list == null) {
                        list = new ArrayList<>();
                        side.set(slot, list);
                        if (side == raising) {
                            firstRaised.add(slot);
                        }
                    }
                    list.add(item);
                }
            }
        }
        IdIndex items = null; // ids to input positions, made when a hand-off date is first met
        List<Dependency> dependencies = input.dependencies();
        for (int d = 0; d < dependencies.size(); d++) {
            Dependency dependency = dependencies.get(d);
            LocalDate due = dependency.handoffDue();
            if (dependency.delivered() || due == null) {
                continue;
            }
            if (items == null) {
                long[] ids = new long[initiatives.size()];
                for (int p = 0; p < ids.length; p++) {
                    ids[p] = initiatives.get(p).id();
                }
                items = IdIndex.of(ids);
            }
            Item dependant = item(initiatives, items, dependency.dependantId());
            if (dependant == null
                    || dependant.status().isFinal()
                    || dependant.start() == null
                    || !due.isAfter(dependant.start())) {
                continue;
            }
            Item provider = item(initiatives, items, dependency.providerId());
            if (provider == null) {
                continue;
            }
            conflicts.add(new Conflict(
                    Conflict.Kind.LATE_HANDOFF,
                    List.of(dependant.id(), provider.id()),
                    "“" + provider.title() + "” hands off " + dependency.kind() + " on " + due + ", after “"
                            + dependant.title() + "” starts on " + dependant.start() + "."));
        }
        for (int slot : firstRaised) {
            List<Item> up = raising.get(slot);
            List<Item> down = lowering.get(slot);
            if (up == null || down == null) {
                continue;
            }
            List<Long> ids = new ArrayList<>(up.size() + down.size());
            up.forEach(i -> ids.add(i.id()));
            down.forEach(i -> ids.add(i.id()));
            conflicts.add(new Conflict(
                    Conflict.Kind.OPPOSING_KPI_CHANGES,
                    ids,
                    titles(up) + " should raise “"
                            + Objects.requireNonNull(kpis.get(kpiOrder.get(slot)))
                                    .name() + "” while " + titles(down)
                            + " should lower it."));
        }
        return conflicts;
    }

    /**
     * The conflicts of campaigns' promises, which need the schedule: see {@link PromiseConflicts}.
     */
    public static List<Conflict> ofSchedule(PlanInput input, Schedule schedule) {
        return PromiseConflicts.of(input, schedule);
    }

    private static @Nullable Item item(List<Item> initiatives, IdIndex positions, long id) {
        int p = positions.get(id);
        return p < 0 ? null : initiatives.get(p);
    }

    private static String title(Item item) {
        return "“" + item.title() + "”";
    }

    /** The most initiatives a conflict's sentence names; the rest are counted ("and 12 more"). */
    static final int TITLES_NAMED = 5;

    /**
     * The titles of the first {@value #TITLES_NAMED} initiatives, quoted, and how many more there are:
     * a sentence stays readable when thousands of initiatives move one KPI (the conflict's ids hold
     * them all).
     */
    static String titles(List<Item> items) {
        StringBuilder titles = new StringBuilder();
        int named = Math.min(items.size(), TITLES_NAMED);
        for (int i = 0; i < named; i++) {
            titles.append(i == 0 ? "“" : ", “").append(items.get(i).title()).append('”');
        }
        if (items.size() > named) {
            titles.append(" and ")
                    .append(Scoring.numberFormat().format(items.size() - named))
                    .append(" more");
        }
        return titles.toString();
    }
}

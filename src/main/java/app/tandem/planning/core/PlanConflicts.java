package app.tandem.planning.core;

import app.tandem.support.DayWords;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The conflicts visible from the input alone (team capacity is checked by {@link Scheduler}, a
 * campaign's promises with the schedule by {@link #ofSchedule}); done and dropped initiatives are
 * not checked. A dependency whose hand-off was delivered is not late.
 */
public final class PlanConflicts {

    /** The importance from which a user goal hurt by monetisation is a conflict. */
    public static final int IMPORTANT_USER_GOAL = 4;

    private PlanConflicts() {}

    public static List<Conflict> of(PlanInput input) {
        List<Item> initiatives = input.initiatives();
        // ids to positions in the input's lists (an id given twice: its last), one array read each
        // when the ids are close together, as a database's are
        IdIndex goals = IdIndex.of(ids(input.goals(), Goal::id));
        List<Kpi> kpiList = input.kpis();
        IdIndex kpis = IdIndex.of(ids(kpiList, Kpi::id));
        IdIndex userGoals = IdIndex.of(ids(input.userGoals(), UserGoal::id));

        List<Conflict> conflicts = new ArrayList<>();
        // the positions of the items raising and lowering each KPI (by its position in the input), and
        // the KPIs in the order first raised
        @Nullable Positions[] raising = new Positions[kpiList.size()];
        @Nullable Positions[] lowering = new Positions[kpiList.size()];
        int[] firstRaised = new int[Math.min(kpiList.size(), 16)];
        int raisedCount = 0;
        // the packed arrays of the input; an initiative's objects are read only for a conflict's words
        Initiatives table = input.initiativeTable();
        for (int p = 0; p < table.size(); p++) {
            Item.Status status = table.status(p);
            if (status.isFinal()) {
                continue;
            }
            int firstLink = table.goalFirst(p);
            int endLink = table.goalEnd(p);
            boolean servesGoal = false;
            for (int g = firstLink; g < endLink; g++) {
                if (goals.contains(table.goalId(g))) {
                    servesGoal = true;
                    break;
                }
            }
            if (!servesGoal) {
                Item item = initiatives.get(p);
                conflicts.add(new Conflict(
                        Conflict.Kind.NO_GOAL, List.of(item.id()), "“" + item.title() + "” serves no business goal."));
            }
            Item.ItReview review = table.itReview(p);
            if (status.isCommitted() && (review == Item.ItReview.MISSING || review == Item.ItReview.SKIPPED)) {
                Item item = initiatives.get(p);
                conflicts.add(new Conflict(
                        Conflict.Kind.IT_REVIEW_MISSING,
                        List.of(item.id()),
                        title(item) + " is " + (status == Item.Status.COMMITTED ? "committed" : "in progress")
                                + " but its IT review "
                                + (review == Item.ItReview.MISSING ? "is missing." : "was skipped.")));
            }
            if (status.isCommitted() && review == Item.ItReview.BLOCKED) {
                Item item = initiatives.get(p);
                conflicts.add(new Conflict(
                        Conflict.Kind.IT_BLOCKED,
                        List.of(item.id()),
                        title(item) + " is " + (status == Item.Status.COMMITTED ? "committed" : "in progress")
                                + " but its IT review says the infrastructure is blocked."));
            }
            if (table.kind(p) == Item.Kind.MONETISATION) {
                Item item = initiatives.get(p);
                for (int u = table.userGoalFirst(p); u < table.userGoalEnd(p); u++) {
                    int at = table.userGoalHelps(u) ? -1 : userGoals.get(table.userGoalId(u));
                    UserGoal userGoal = at < 0 ? null : input.userGoals().get(at);
                    if (userGoal != null && userGoal.importance() >= IMPORTANT_USER_GOAL) {
                        conflicts.add(new Conflict(
                                Conflict.Kind.MONETISATION_HURTS_USERS,
                                List.of(item.id()),
                                title(item) + " makes money but hurts the user goal “" + userGoal.sentence()
                                        + "” (importance " + userGoal.importance() + ")."));
                    }
                }
                for (int g = firstLink; g < endLink; g++) {
                    int at = table.hasKpi(g) ? kpis.get(table.kpiId(g)) : -1;
                    Kpi kpi = at < 0 ? null : kpiList.get(at);
                    if (kpi != null && kpi.guardrail() && kpi.health() == Kpi.Health.OFF_TRACK) {
                        conflicts.add(new Conflict(
                                Conflict.Kind.MONETISATION_ON_BREACHED_GUARDRAIL,
                                List.of(item.id()),
                                title(item) + " makes money and touches the guardrail “" + kpi.name()
                                        + "”, which is off track."));
                    }
                }
            }
            for (int g = firstLink; g < endLink; g++) {
                if (!table.hasKpi(g) || !table.hasChange(g)) {
                    continue;
                }
                double change = table.change(g);
                int k = change > 0 || change < 0 ? kpis.get(table.kpiId(g)) : -1;
                if (k < 0) {
                    continue;
                }
                @Nullable Positions[] side = change > 0 ? raising : lowering;
                Positions list = side[k];
                if (list == null) {
                    list = new Positions();
                    side[k] = list;
                    if (side == raising) {
                        if (raisedCount == firstRaised.length) {
                            firstRaised = Arrays.copyOf(firstRaised, raisedCount * 2);
                        }
                        firstRaised[raisedCount++] = k;
                    }
                }
                list.add(p);
            }
        }
        Dependencies dependencies = input.dependencyTable();
        for (int k = 0; k < dependencies.handoffCount(); k++) { // only those with a hand-off date not delivered
            int at = dependencies.handoff(k);
            Dependency dependency = dependencies.get(at);
            LocalDate due = Objects.requireNonNull(dependency.handoffDue());
            int d = dependencies.dependantAt(at);
            if (d < 0
                    || table.status(d).isFinal()
                    || table.start(d) == Initiatives.NO_DATE
                    || due.toEpochDay() <= table.start(d)) {
                continue;
            }
            int q = dependencies.providerAt(at);
            if (q < 0) {
                continue;
            }
            Item dependant = initiatives.get(d);
            Item provider = initiatives.get(q);
            conflicts.add(new Conflict(
                    Conflict.Kind.LATE_HANDOFF,
                    List.of(dependant.id(), provider.id()),
                    "“" + provider.title() + "” hands off " + dependency.kind() + " on " + DayWords.of(due)
                            + ", after “" + dependant.title() + "” starts on " + DayWords.of(dependant.start()) + "."));
        }
        startsBeforePrerequisite(input, conflicts);
        for (int r = 0; r < raisedCount; r++) {
            int k = firstRaised[r];
            Positions up = raising[k];
            Positions down = lowering[k];
            if (up == null || down == null) {
                continue;
            }
            List<Long> ids = new ArrayList<>(up.size + down.size);
            for (int i = 0; i < up.size; i++) {
                ids.add(table.id(up.at[i]));
            }
            for (int i = 0; i < down.size; i++) {
                ids.add(table.id(down.at[i]));
            }
            conflicts.add(new Conflict(
                    Conflict.Kind.OPPOSING_KPI_CHANGES,
                    ids,
                    titles(up.items(initiatives)) + " should raise “"
                            + kpiList.get(k).name() + "” while " + titles(down.items(initiatives))
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

    /**
     * {@code fromInput} without the {@link Conflict.Kind#STARTS_BEFORE_PREREQUISITE} of a campaign and
     * a feature it promotes that {@code promises} (the schedule's) hold as a {@link
     * Conflict.Kind#PROMISE_BEFORE_FEATURE}: one thing said once, in its most precise words.
     * {@code fromInput} itself when there is none.
     */
    static List<Conflict> notPromised(List<Conflict> fromInput, List<Conflict> promises) {
        Set<List<Long>> promised = new HashSet<>();
        for (Conflict c : promises) {
            if (c.kind() == Conflict.Kind.PROMISE_BEFORE_FEATURE) {
                promised.add(c.itemIds());
            }
        }
        if (promised.isEmpty()) {
            return fromInput;
        }
        List<Conflict> kept = new ArrayList<>(fromInput.size());
        for (Conflict c : fromInput) {
            if (c.kind() != Conflict.Kind.STARTS_BEFORE_PREREQUISITE || !promised.contains(c.itemIds())) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * {@link Conflict.Kind#STARTS_BEFORE_PREREQUISITE}: for each dependency not delivered whose
     * dependant and provider are open (neither done nor dropped), the dependant's own start is before
     * the provider's own due date (starting on the day it is due is no conflict), as the initiatives'
     * dependency risk says it. Not said again: a dependency whose hand-off is due after the dependant
     * starts (a {@link Conflict.Kind#LATE_HANDOFF} already), and a second need between the same two
     * initiatives (one conflict per pair, naming the first need); a campaign's promise is left out by
     * {@link #notPromised}. Work without a start, or a provider without a due date, is not checked.
     * Reads the input's packed arrays; a dependency's object only when its dates are a conflict.
     */
    private static void startsBeforePrerequisite(PlanInput input, List<Conflict> conflicts) {
        Initiatives table = input.initiativeTable();
        Dependencies dependencies = input.dependencyTable();
        List<Item> initiatives = input.initiatives();
        // the pairs said, their input positions packed in one long, and each day's words (many
        // conflicts share a day): made when a first conflict is found
        Set<Long> pairs = null;
        Map<Long, String> days = null;
        for (int k = 0; k < dependencies.openCount(); k++) {
            int at = dependencies.open(k);
            int d = dependencies.dependantAt(at);
            int q = dependencies.providerAt(at);
            if (d < 0 || q < 0) {
                continue;
            }
            long start = table.start(d);
            long due = table.due(q);
            if (start == Initiatives.NO_DATE
                    || due == Initiatives.NO_DATE
                    || due <= start
                    || table.status(d).isFinal()
                    || table.status(q).isFinal()) {
                continue;
            }
            Dependency dependency = dependencies.get(at);
            LocalDate handoff = dependency.handoffDue();
            if (handoff != null && handoff.toEpochDay() > start) {
                continue; // a late hand-off: said as such
            }
            if (pairs == null || days == null) {
                pairs = new HashSet<>();
                days = new HashMap<>();
            }
            if (!pairs.add(pair(d, q))) {
                continue;
            }
            Item dependant = initiatives.get(d);
            Item provider = initiatives.get(q);
            conflicts.add(new Conflict(
                    Conflict.Kind.STARTS_BEFORE_PREREQUISITE,
                    List.of(dependant.id(), provider.id()),
                    "“" + dependant.title() + "” starts on " + day(start, days) + " but needs " + dependency.kind()
                            + " from “" + provider.title() + "”, due to be finished only on " + day(due, days)
                            + "."));
        }
    }

    /** Two input positions in one long. */
    private static long pair(int dependant, int provider) {
        return ((long) dependant << 32) | (provider & 0xFFFF_FFFFL);
    }

    /** An epoch day in words, said once per day. */
    private static String day(long epochDay, Map<Long, String> days) {
        return days.computeIfAbsent(epochDay, e -> DayWords.of(LocalDate.ofEpochDay(e)));
    }

    private static <T> long[] ids(List<T> values, ToLongFunction<T> id) {
        long[] ids = new long[values.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id.applyAsLong(values.get(i));
        }
        return ids;
    }

    private static String title(Item item) {
        return "“" + item.title() + "”";
    }

    /** Input positions, in the order added. */
    private static final class Positions {
        int[] at = new int[16];
        int size;

        void add(int position) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = position;
        }

        /** The initiatives at these positions, read only as far as a sentence names them (see {@link #titles}). */
        List<Item> items(List<Item> initiatives) {
            return new AbstractList<>() {
                @Override
                public Item get(int index) {
                    Objects.checkIndex(index, size);
                    return initiatives.get(at[index]);
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
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

package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value-and-effort 2×2 of the open initiatives, on fixed thresholds so an initiative's quadrant
 * never depends on the others: value = business value (the goal value of goal contribution) + user
 * value (likewise), high from {@value #HIGH_VALUE}; effort = total person-weeks, high above
 * {@value #HIGH_EFFORT}.
 *
 * <p>Monetisation work that hurts a user goal of importance {@value PlanConflicts#IMPORTANT_USER_GOAL}
 * or more carries a {@link Flag} naming those user goals and the guardrail KPIs it touches (those of
 * its goal links), so the page can show what to watch.
 */
public record ValueEffortMatrix(List<Placement> placements) {

    /** Business + user value from which an initiative is high value (e.g. a weight-5 goal, 40% of the gap). */
    public static final double HIGH_VALUE = 2.0;
    /** Person-weeks above which an initiative is high effort (a person's month). */
    public static final double HIGH_EFFORT = 4.0;

    public ValueEffortMatrix {
        placements = List.copyOf(placements);
    }

    public enum Quadrant {
        /** High value, low effort: do first. */
        QUICK_WIN,
        /** High value, high effort: plan carefully. */
        BIG_BET,
        /** Low value, low effort: when there is room. */
        FILL_IN,
        /** Low value, high effort: question it. */
        MONEY_PIT
    }

    /** One open initiative on the 2×2. */
    public record Placement(
            long itemId,
            String title,
            double businessValue,
            double userValue,
            double effort,
            Quadrant quadrant,
            @Nullable Flag flag) {}

    /** Monetisation that hurts important user goals, with the guardrail KPIs it touches. */
    public record Flag(List<UserGoal> hurtUserGoals, List<Kpi> guardrails, String sentence) {
        public Flag {
            hurtUserGoals = List.copyOf(hurtUserGoals);
            guardrails = List.copyOf(guardrails);
        }
    }

    /** The open initiatives in input order. */
    public static ValueEffortMatrix of(PlanInput input) {
        Scoring scoring = new Scoring(input);
        Map<Long, Kpi> kpis = new HashMap<>();
        input.kpis().forEach(k -> kpis.put(k.id(), k));
        Map<Long, UserGoal> userGoals = new HashMap<>();
        input.userGoals().forEach(u -> userGoals.put(u.id(), u));
        List<Placement> placements = new ArrayList<>();
        for (Item item : input.initiatives()) {
            if (item.status().isFinal()) {
                continue;
            }
            ItemFacts facts = scoring.facts(item);
            double effort = item.totalEffort();
            placements.add(new Placement(
                    item.id(),
                    item.title(),
                    facts.goalValue(),
                    facts.userValue(),
                    effort,
                    quadrant(facts.goalValue() + facts.userValue(), effort),
                    flag(item, kpis, userGoals)));
        }
        return new ValueEffortMatrix(placements);
    }

    static Quadrant quadrant(double value, double effort) {
        boolean high = value >= HIGH_VALUE;
        boolean heavy = effort > HIGH_EFFORT;
        if (high) {
            return heavy ? Quadrant.BIG_BET : Quadrant.QUICK_WIN;
        }
        return heavy ? Quadrant.MONEY_PIT : Quadrant.FILL_IN;
    }

    private static @Nullable Flag flag(Item item, Map<Long, Kpi> kpis, Map<Long, UserGoal> userGoals) {
        if (item.kind() != Item.Kind.MONETISATION) {
            return null;
        }
        List<UserGoal> hurt = new ArrayList<>();
        for (Item.UserGoalLink link : item.userGoals()) {
            UserGoal userGoal = userGoals.get(link.userGoalId());
            if (!link.helps()
                    && userGoal != null
                    && userGoal.importance() >= PlanConflicts.IMPORTANT_USER_GOAL
                    && !hurt.contains(userGoal)) {
                hurt.add(userGoal);
            }
        }
        if (hurt.isEmpty()) {
            return null;
        }
        List<Kpi> guardrails = new ArrayList<>();
        for (Item.GoalLink link : item.goals()) {
            Kpi kpi = link.kpiId() == null ? null : kpis.get(link.kpiId());
            if (kpi != null && kpi.guardrail() && !guardrails.contains(kpi)) {
                guardrails.add(kpi);
            }
        }
        List<String> goals = new ArrayList<>();
        hurt.forEach(u -> goals.add("“" + u.sentence() + "” (importance " + u.importance() + ")"));
        List<String> watch = new ArrayList<>();
        guardrails.forEach(k -> watch.add("“" + k.name() + "” ("
                + k.health().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"));
        String sentence = "Makes money but hurts " + String.join(", ", goals) + "; "
                + (watch.isEmpty()
                        ? "it touches no guardrail KPI."
                        : "watch the guardrail " + (watch.size() == 1 ? "KPI " : "KPIs ") + String.join(", ", watch)
                                + ".");
        return new Flag(hurt, guardrails, sentence);
    }
}

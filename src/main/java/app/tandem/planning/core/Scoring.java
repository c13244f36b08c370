package app.tandem.planning.core;

import app.tandem.planning.core.Score.Term;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores an initiative on fixed scales, so adding an initiative never changes another's score.
 *
 * <p><b>Goal contribution</b> (the default):
 *
 * <pre>
 *   goal value = Σ over goal links: weight(goal) × share × health factor
 *       share = min(1, expected change in the KPI's good direction ÷ the KPI's remaining gap), at least 0;
 *               {@value #NO_KPI_SHARE} for a link without a KPI, without an expected change, or to a KPI
 *               whose gap is 0
 *       health factor = {@value #AT_RISK_FACTOR} when the KPI is at risk, {@value #OFF_TRACK_FACTOR} when off
 *               track, else 1
 *   user value = {@value #USER_VALUE_FACTOR} × Σ importance × strength (helped +, hurt −)
 *   score = (goal value + user value) × confidence (0.5 / 0.8 / 1.0) ÷ max(1, total effort in person-weeks)
 * </pre>
 *
 * <p>The user value factor {@value #USER_VALUE_FACTOR} makes a user goal of importance 5 helped a lot
 * (5 × 3 = 15) worth 1.5, i.e. a bit more than a quarter of a fully delivered weight-5 business goal.
 *
 * <p><b>RICE</b> (Intercom): reach × impact × confidence ÷ effort, where reach = the total reach of
 * the evidence; impact from the heaviest goal served: weight 5 → 3 (massive), 4 → 2 (high), 3 → 1
 * (medium), 2 → 0.5 (low), 1 or no goal → 0.25 (minimal); confidence HIGH 100%, MEDIUM 80%, LOW
 * 50%; effort = person-months = person-weeks ÷ {@value #WEEKS_PER_MONTH}, at least 0.5.
 *
 * <p><b>Value ÷ effort</b>: (goal value + user value as above, without confidence) ÷ max(1, total
 * person-weeks).
 *
 * <p><b>WSJF</b>: see {@link Wsjf}. <b>ICE</b>: see {@link Ice}. <b>Custom</b>: a {@link Formula}
 * over named fields.
 */
public final class Scoring {

    public static final double NO_KPI_SHARE = 0.25;
    public static final double AT_RISK_FACTOR = 1.5;
    public static final double OFF_TRACK_FACTOR = 2.0;
    public static final double USER_VALUE_FACTOR = 0.1;
    public static final double WEEKS_PER_MONTH = 4.33;
    public static final double MIN_PERSON_MONTHS = 0.5;

    /** How the items are scored. */
    public enum Method {
        GOAL_CONTRIBUTION,
        RICE,
        WSJF,
        ICE,
        VALUE_OVER_EFFORT,
        /** A custom formula: needs its text, so score through a {@link ScoringModel}. */
        CUSTOM
    }

    private final NumberFormat counts = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private final NumberFormat numbers = numberFormat();
    private final IdMap<Goal> goals;
    private final IdMap<Kpi> kpis;
    private final IdMap<UserGoal> userGoals;
    private final PlanInput input;
    private @Nullable Map<Long, Integer> dependants;
    private @Nullable Wsjf wsjf;
    private @Nullable Ice ice;
    private @Nullable Formula formula;

    public Scoring(PlanInput input) {
        this.input = input;
        this.goals = IdMap.of(input.goals(), Goal::id);
        this.kpis = IdMap.of(input.kpis(), Kpi::id);
        this.userGoals = IdMap.of(input.userGoals(), UserGoal::id);
    }

    /**
     * A scoring for another thread: it reads the same goals, KPIs, user goals and dependant counts
     * (none of them changed after they are made) and has its own number formats, WSJF, ICE and parsed
     * formula, which are not safe to share. The counts are made here, once, when {@code model} needs
     * them; a refused formula is thrown here, in the caller's thread.
     */
    Scoring forAnotherThread(ScoringModel model) {
        Scoring other = new Scoring(this);
        if (model.method() == Method.WSJF || model.method() == Method.ICE || model.method() == Method.CUSTOM) {
            other.dependants = dependants();
        }
        if (model.method() == Method.CUSTOM) {
            other.formula(model);
        }
        return other;
    }

    private Scoring(Scoring shared) {
        this.input = shared.input;
        this.goals = shared.goals;
        this.kpis = shared.kpis;
        this.userGoals = shared.userGoals;
    }

    public Score score(Item item, Method method) {
        return switch (method) {
            case GOAL_CONTRIBUTION -> goalContribution(item);
            case RICE -> rice(item);
            case WSJF -> wsjf(item);
            case ICE -> ice(item, ScoringModel.IceMode.AVERAGE);
            case VALUE_OVER_EFFORT -> valueOverEffort(item);
            case CUSTOM -> throw new IllegalArgumentException("A custom formula is scored through a ScoringModel");
        };
    }

    /**
     * The score under a workspace's model; a custom formula is parsed once per {@code Scoring}.
     *
     * @throws FormulaInvalid when the model's formula is refused
     */
    public Score score(Item item, ScoringModel model) {
        return switch (model.method()) {
            case ICE -> ice(item, model.iceMode());
            case CUSTOM -> custom(item, formula(model));
            default -> score(item, model.method());
        };
    }

    /**
     * The score of {@code item}, which is at position {@code p} of {@code table}: the same as {@link
     * #score(Item, ScoringModel)}, but goal contribution and value ÷ effort read its links, confidence
     * and effort from the table's arrays, in the order of the input, rather than from the item's own
     * objects scattered over the heap (the ranking of a large plan spent most of its time reaching
     * them).
     *
     * @throws FormulaInvalid when the model's formula is refused
     */
    Score score(Initiatives table, int p, Item item, ScoringModel model) {
        return switch (model.method()) {
            case GOAL_CONTRIBUTION ->
                goalContribution(item, value(table, p), table.confidence(p).factor(), table.totalEffort(p));
            case VALUE_OVER_EFFORT -> valueOverEffort(item, value(table, p), table.totalEffort(p));
            default -> score(item, model);
        };
    }

    public Score wsjf(Item item) {
        if (wsjf == null) {
            wsjf = new Wsjf(input.today());
        }
        return wsjf.score(item, facts(item));
    }

    public Score ice(Item item, ScoringModel.IceMode mode) {
        if (ice == null) {
            ice = new Ice();
        }
        return ice.score(item, facts(item), mode);
    }

    /** The score of {@code item} under a custom formula; 0, saying why, when it cannot be computed. */
    public Score custom(Item item, Formula formula) {
        ItemFacts facts = facts(item);
        Map<String, Double> values = new HashMap<>();
        values.put("goalValue", facts.goalValue());
        values.put("userValue", facts.userValue());
        values.put("confidence", item.confidence().factor());
        values.put("effort", item.totalEffort());
        values.put("reach", (double) item.evidence().reach());
        values.put("insights", (double) item.evidence().insights());
        values.put("weight", (double) facts.heaviestWeight());
        values.put("dependants", (double) facts.dependants());
        values.put("offTrack", (double) facts.offTrack());
        values.put("atRisk", (double) facts.atRisk());
        values.put("monetisation", item.kind() == Item.Kind.MONETISATION ? 1.0 : 0.0);
        values.put("infrastructure", item.kind() == Item.Kind.INFRASTRUCTURE ? 1.0 : 0.0);
        Formula.Outcome outcome = formula.evaluate(values);
        List<Term> terms = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String field : formula.fields()) {
            terms.add(new Term(field, values.get(field)));
            words.add(field + " " + number(values.get(field)));
        }
        String from = words.isEmpty() ? "" : " (" + String.join(", ", words) + ")";
        if (outcome.problem() != null) {
            terms.add(new Term("not computed: " + outcome.problem(), 0));
            return Score.notComputed(terms, "Scored 0 and ranked last: " + outcome.problem() + from + ".");
        }
        return new Score(outcome.value(), terms, "The formula gives " + number(outcome.value()) + from + ".");
    }

    private Formula formula(ScoringModel model) {
        String text = model.formula();
        if (text == null) {
            throw new FormulaInvalid("A custom scoring model needs a formula", 1);
        }
        if (formula == null || !formula.text().equals(text)) {
            formula = Formula.parse(text);
        }
        return formula;
    }

    /** The facts WSJF, ICE and formulas are computed from. */
    ItemFacts facts(Item item) {
        Value value = value(item);
        int heaviest = 0;
        int offTrack = 0;
        int atRisk = 0;
        GoalLinks goalLinks = item.goalLinks();
        for (int g = 0; g < goalLinks.count(); g++) {
            Goal goal = goals.get(goalLinks.goalId(g));
            if (goal == null) {
                continue;
            }
            heaviest = Math.max(heaviest, goal.weight());
            Kpi kpi = goalLinks.hasKpi(g) ? kpis.get(goalLinks.kpiId(g)) : null;
            if (kpi != null && kpi.health() == Kpi.Health.OFF_TRACK) {
                offTrack++;
            } else if (kpi != null && kpi.health() == Kpi.Health.AT_RISK) {
                atRisk++;
            }
        }
        return new ItemFacts(
                value.goal, value.user, heaviest, offTrack, atRisk, dependants().getOrDefault(item.id(), 0));
    }

    /** Per provider: how many open initiatives depend on it (each counted once). */
    private Map<Long, Integer> dependants() {
        if (dependants == null) {
            Map<Long, Item> open = new HashMap<>();
            for (Item item : input.initiatives()) {
                if (!item.status().isFinal()) {
                    open.put(item.id(), item);
                }
            }
            Map<Long, Integer> counts = new HashMap<>();
            Set<List<Long>> seen = new HashSet<>();
            for (Dependency d : input.dependencies()) {
                if (open.containsKey(d.dependantId())
                        && d.dependantId() != d.providerId()
                        && seen.add(List.of(d.providerId(), d.dependantId()))) {
                    counts.merge(d.providerId(), 1, Integer::sum);
                }
            }
            dependants = counts;
        }
        return dependants;
    }

    public Score goalContribution(Item item) {
        return goalContribution(item, value(item), item.confidence().factor(), item.totalEffort());
    }

    private Score goalContribution(Item item, Value value, double confidence, double totalEffort) {
        double effort = Math.max(1, totalEffort);
        double score = (value.goal + value.user) * confidence / effort;
        return new Score(score, new ValueExplanation(item, value, confidence, effort));
    }

    /** The terms of goal contribution (with confidence) or value ÷ effort (without, NaN), and the sentence. */
    private final class ValueExplanation implements Score.Explanation {
        private final Item item;
        private final Value value;
        private final double confidence;
        private final double effort;

        ValueExplanation(Item item, Value value, double confidence, double effort) {
            this.item = item;
            this.value = value;
            this.confidence = confidence;
            this.effort = effort;
        }

        @Override
        public List<Term> breakdown() {
            return Double.isNaN(confidence)
                    ? List.of(
                            new Term("goal value", value.goal),
                            new Term("user value", value.user),
                            new Term("effort (person-weeks)", effort))
                    : List.of(
                            new Term("goal value", value.goal),
                            new Term("user value", value.user),
                            new Term("confidence", confidence),
                            new Term("effort (person-weeks)", effort));
        }

        @Override
        public String sentence() {
            return Scoring.this.sentence(item, value);
        }
    }

    public Score rice(Item item) {
        double reach = item.evidence().reach();
        int heaviest = 0;
        GoalLinks goalLinks = item.goalLinks();
        for (int g = 0; g < goalLinks.count(); g++) {
            Goal goal = goals.get(goalLinks.goalId(g));
            if (goal != null) {
                heaviest = Math.max(heaviest, goal.weight());
            }
        }
        double impact = impact(heaviest);
        double confidence = switch (item.confidence()) {
            case HIGH -> 1.0;
            case MEDIUM -> 0.8;
            case LOW -> 0.5;
        };
        double months = Math.max(MIN_PERSON_MONTHS, item.totalEffort() / WEEKS_PER_MONTH);
        double score = reach * impact * confidence / months;
        List<Term> terms = List.of(
                new Term("reach", reach),
                new Term("impact", impact),
                new Term("confidence", confidence),
                new Term("effort (person-months)", months));
        int weight = heaviest;
        return new Score(
                score,
                terms,
                () -> "Reaches " + count(item.evidence().reach()) + " users ("
                        + count(item.evidence().insights()) + " insights) with "
                        + (weight == 0
                                ? "minimal impact (no business goal)"
                                : "impact " + number(impact) + " from a goal of weight " + weight)
                        + "; " + number(months) + " person-months.");
    }

    public Score valueOverEffort(Item item) {
        return valueOverEffort(item, value(item), item.totalEffort());
    }

    private Score valueOverEffort(Item item, Value value, double totalEffort) {
        double effort = Math.max(1, totalEffort);
        double score = (value.goal + value.user) / effort;
        return new Score(score, new ValueExplanation(item, value, Double.NaN, effort));
    }

    /** Intercom's impact scale from the heaviest goal weight served (0 = none). */
    static double impact(int weight) {
        return switch (weight) {
            case 5 -> 3;
            case 4 -> 2;
            case 3 -> 1;
            case 2 -> 0.5;
            default -> 0.25;
        };
    }

    /** The goal and user value, and the goal link worth the most (its words are written only for a sentence). */
    private record Value(
            double goal,
            double user,
            @Nullable Goal topGoal,
            @Nullable Kpi topKpi) {}

    private Value value(Item item) {
        double user = 0;
        List<Item.UserGoalLink> userGoalLinks = item.userGoals();
        for (int u = 0; u < userGoalLinks.size(); u++) {
            Item.UserGoalLink link = userGoalLinks.get(u);
            UserGoal userGoal = userGoals.get(link.userGoalId());
            if (userGoal != null) {
                user += (link.helps() ? 1 : -1) * userGoal.importance() * link.strength();
            }
        }
        GoalLinks goalLinks = item.goalLinks();
        return value(goalLinks.packed(), 0, goalLinks.count(), user);
    }

    /** As {@link #value(Item)}, for the initiative at position {@code p} of the table. */
    private Value value(Initiatives table, int p) {
        double user = 0;
        for (int u = table.userGoalFirst(p); u < table.userGoalEnd(p); u++) {
            UserGoal userGoal = userGoals.get(table.userGoalId(u));
            if (userGoal != null) {
                user += (table.userGoalHelps(u) ? 1 : -1) * userGoal.importance() * table.userGoalStrength(u);
            }
        }
        return value(table.goalLinks(), table.goalFirst(p), table.goalEnd(p), user);
    }

    /** The value of goal links {@code first..end} of {@code links} (packed as {@link GoalLinks} packs them) and user value {@code user}. */
    private Value value(long[] links, int first, int end, double user) {
        double goalValue = 0;
        double top = -1;
        Goal topGoal = null;
        Kpi topKpi = null;
        for (int g = first; g < end; g++) {
            Goal goal = goals.get(GoalLinks.goalId(links, g));
            if (goal == null) {
                continue;
            }
            Kpi kpi = GoalLinks.hasKpi(links, g) ? kpis.get(GoalLinks.kpiId(links, g)) : null;
            double share = NO_KPI_SHARE;
            double factor = 1;
            if (kpi != null) {
                if (GoalLinks.hasChange(links, g) && kpi.gap() > 0) {
                    double change = GoalLinks.change(links, g);
                    double good = kpi.higherIsBetter() ? change : -change;
                    share = Math.max(0, Math.min(1, good / kpi.gap()));
                }
                factor = switch (kpi.health()) {
                    case AT_RISK -> AT_RISK_FACTOR;
                    case OFF_TRACK -> OFF_TRACK_FACTOR;
                    default -> 1;
                };
            }
            double term = goal.weight() * share * factor;
            goalValue += term;
            if (term > top) {
                top = term;
                topGoal = goal;
                topKpi = kpi;
            }
        }
        return new Value(goalValue, USER_VALUE_FACTOR * user, topGoal, topKpi);
    }

    private static String healthWords(Kpi kpi) {
        return switch (kpi.health()) {
            case AT_RISK -> " where " + kpi.name() + " is at risk";
            case OFF_TRACK -> " where " + kpi.name() + " is off track";
            default -> " through " + kpi.name();
        };
    }

    private String sentence(Item item, Value value) {
        List<String> parts = new ArrayList<>();
        Goal topGoal = value.topGoal;
        Kpi topKpi = value.topKpi;
        parts.add(
                topGoal == null
                        ? "serves no business goal"
                        : "serves “" + topGoal.title() + "” (weight " + topGoal.weight() + ")"
                                + (topKpi == null ? "" : healthWords(topKpi)));
        if (value.user > 0) {
            parts.add("helps users (" + number(value.user) + ")");
        } else if (value.user < 0) {
            parts.add("hurts users (" + number(value.user) + ")");
        }
        if (item.evidence().insights() > 0) {
            parts.add("backed by " + count(item.evidence().insights()) + " insights reaching "
                    + count(item.evidence().reach()) + " users");
        } else {
            parts.add("no insight behind it");
        }
        // (the value models divide by at least 1 person-week: the breakdown's effort says 1 then)
        parts.add(
                item.totalEffort() == 0
                        ? "no effort given (counted as 1 person-week)"
                        : item.totalEffort() < 1
                                ? number(item.totalEffort()) + " person-weeks (counted as 1)"
                                : number(item.totalEffort()) + " person-weeks");
        if (item.confidence() != Item.Confidence.HIGH) {
            parts.add(item.confidence().name().toLowerCase(Locale.ROOT) + " confidence");
        }
        String joined = String.join("; ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }

    private synchronized String count(long n) {
        return counts.format(n);
    }

    private synchronized String number(double d) {
        return numbers.format(d);
    }

    /** Numbers as sentences show them: "17,800", "1.39" (not thread-safe: one per use). */
    static NumberFormat numberFormat() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return format;
    }
}

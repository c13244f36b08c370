package app.tandem.planning.core;

import app.tandem.planning.core.Score.Term;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Weighted shortest job first: (user-business value + time criticality + risk reduction) ÷ job size,
 * each on the scale 1, 2, 3, 5, 8, 13, 20, each read from the initiative's own data by fixed
 * thresholds (so adding an initiative never changes another's score):
 *
 * <pre>
 *   user-business value, from v = max(0, goal value + user value) as in goal contribution:
 *       v &lt; 0.5 → 1, &lt; 1 → 2, &lt; 2 → 3, &lt; 4 → 5, &lt; 7 → 8, &lt; 10 → 13, else 20
 *   time criticality = the higher of
 *       KPI health: a KPI it serves is off track → 13, at risk → 8, else 1
 *       due date: overdue or due within 14 days of today → 20, within 42 days → 13,
 *                 within 91 days → 8, later or no due date → 1
 *   risk reduction, from the open initiatives depending on it:
 *       0 → 1, 1 → 3, 2 → 5, 3–4 → 8, 5–7 → 13, 8 or more → 20;
 *       infrastructure work one step higher (at most 20)
 *   job size, from the total person-weeks:
 *       ≤ 1 → 1, ≤ 2 → 2, ≤ 4 → 3, ≤ 8 → 5, ≤ 13 → 8, ≤ 26 → 13, more → 20
 * </pre>
 */
public final class Wsjf {

    /** The scale every WSJF number is on. */
    public static final List<Integer> SCALE = List.of(1, 2, 3, 5, 8, 13, 20);

    /** Upper bounds (exclusive) of the value for the scale's steps 1..13; above the last: 20. */
    static final double[] VALUE_BELOW = {0.5, 1, 2, 4, 7, 10};
    /** Upper bounds (inclusive) of the person-weeks for job sizes 1..13; above the last: 20. */
    static final double[] WEEKS_UP_TO = {1, 2, 4, 8, 13, 26};
    /** Upper bounds (inclusive) of days until due for time criticality 20, 13, 8. */
    static final int[] DUE_WITHIN_DAYS = {14, 42, 91};

    private final LocalDate today;
    private final NumberFormat numbers = Scoring.numberFormat();

    Wsjf(LocalDate today) {
        this.today = today;
    }

    Score score(Item item, ItemFacts facts) {
        double value = Math.max(0, facts.goalValue() + facts.userValue());
        int userBusiness = userBusinessValue(value);
        int health = healthCriticality(facts);
        int due = dueCriticality(item.due());
        int critical = Math.max(health, due);
        int risk = riskReduction(facts.dependants(), item.kind() == Item.Kind.INFRASTRUCTURE);
        int size = jobSize(item.totalEffort());
        double score = (double) (userBusiness + critical + risk) / size;
        List<Term> terms = List.of(
                new Term("user-business value", userBusiness),
                new Term("time criticality", critical),
                new Term("risk reduction", risk),
                new Term("job size", size));
        String criticalWhy;
        if (critical == 1) {
            criticalWhy = "no close due date, KPIs not at risk";
        } else if (health >= due) {
            criticalWhy = facts.offTrack() > 0 ? "a KPI it serves is off track" : "a KPI it serves is at risk";
        } else {
            LocalDate dueDate = item.due();
            long days = dueDate == null ? 0 : ChronoUnit.DAYS.between(today, dueDate);
            criticalWhy = days < 0 ? "overdue since " + dueDate : "due in " + days + (days == 1 ? " day" : " days");
        }
        String sentence = "User-business value " + userBusiness + " (value " + numbers.format(value) + "); "
                + "time criticality " + critical + " (" + criticalWhy + "); "
                + "risk reduction " + risk + " (" + facts.dependants()
                + (facts.dependants() == 1 ? " initiative depends" : " initiatives depend") + " on it"
                + (item.kind() == Item.Kind.INFRASTRUCTURE ? ", infrastructure" : "") + "); "
                + "job size " + size + " (" + weeks(item.totalEffort()) + ").";
        return new Score(score, terms, sentence);
    }

    static int userBusinessValue(double value) {
        for (int i = 0; i < VALUE_BELOW.length; i++) {
            if (value < VALUE_BELOW[i]) {
                return SCALE.get(i);
            }
        }
        return SCALE.getLast();
    }

    static int healthCriticality(ItemFacts facts) {
        return facts.offTrack() > 0 ? 13 : facts.atRisk() > 0 ? 8 : 1;
    }

    int dueCriticality(@Nullable LocalDate due) {
        if (due == null) {
            return 1;
        }
        long days = ChronoUnit.DAYS.between(today, due);
        if (days <= DUE_WITHIN_DAYS[0]) {
            return 20;
        }
        if (days <= DUE_WITHIN_DAYS[1]) {
            return 13;
        }
        if (days <= DUE_WITHIN_DAYS[2]) {
            return 8;
        }
        return 1;
    }

    static int riskReduction(int dependants, boolean infrastructure) {
        int step;
        if (dependants <= 0) {
            step = 0;
        } else if (dependants == 1) {
            step = 2;
        } else if (dependants == 2) {
            step = 3;
        } else if (dependants <= 4) {
            step = 4;
        } else if (dependants <= 7) {
            step = 5;
        } else {
            step = 6;
        }
        if (infrastructure) {
            step = Math.min(SCALE.size() - 1, step + 1);
        }
        return SCALE.get(step);
    }

    static int jobSize(double personWeeks) {
        for (int i = 0; i < WEEKS_UP_TO.length; i++) {
            if (personWeeks <= WEEKS_UP_TO[i]) {
                return SCALE.get(i);
            }
        }
        return SCALE.getLast();
    }

    private String weeks(double personWeeks) {
        return numbers.format(personWeeks) + (personWeeks == 1 ? " person-week" : " person-weeks");
    }
}

package app.tandem.planning.core;

import app.tandem.planning.core.Score.Term;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * ICE: impact, confidence and ease, each 1–10 on fixed scales from the initiative's own data,
 * combined as their average (1–10) or their product (1–1,000), a workspace setting:
 *
 * <pre>
 *   impact = 1 + ⌊goal value⌋ (goal value as in goal contribution), at most 10
 *   confidence = low 3, medium 6, high 9; +1 when at least one insight backs it
 *   ease, from the total person-weeks:
 *       ≤ 1 → 10, ≤ 2 → 9, ≤ 3 → 8, ≤ 4 → 7, ≤ 6 → 6, ≤ 8 → 5, ≤ 13 → 4, ≤ 20 → 3, ≤ 26 → 2, more → 1
 * </pre>
 */
public final class Ice {

    /** Upper bounds (inclusive) of the person-weeks for ease 10, 9, ... 2; above the last: 1. */
    static final double[] WEEKS_UP_TO = {1, 2, 3, 4, 6, 8, 13, 20, 26};

    private final NumberFormat numbers = Scoring.numberFormat();

    Ice() {}

    Score score(Item item, ItemFacts facts, ScoringModel.IceMode mode) {
        int impact = impact(facts.goalValue());
        int confidence = confidence(item);
        int ease = ease(item.totalEffort());
        double score = mode == ScoringModel.IceMode.AVERAGE
                ? (impact + confidence + ease) / 3.0
                : (double) impact * confidence * ease;
        List<Term> terms =
                List.of(new Term("impact", impact), new Term("confidence", confidence), new Term("ease", ease));
        String sentence = "Impact " + impact + " (goal value " + numbers.format(facts.goalValue()) + "); confidence "
                + confidence + " (" + item.confidence().name().toLowerCase(Locale.ROOT)
                + (item.evidence().insights() > 0
                        ? ", backed by " + item.evidence().insights()
                                + (item.evidence().insights() == 1 ? " insight" : " insights")
                        : ", no insight")
                + "); ease " + ease + " (" + weeks(item.totalEffort()) + "); "
                + (mode == ScoringModel.IceMode.AVERAGE ? "average " : "product ") + numbers.format(score) + ".";
        return new Score(score, terms, sentence);
    }

    static int impact(double goalValue) {
        return (int) Math.max(1, Math.min(10, 1 + Math.floor(goalValue)));
    }

    static int confidence(Item item) {
        int base = switch (item.confidence()) {
            case LOW -> 3;
            case MEDIUM -> 6;
            case HIGH -> 9;
        };
        return item.evidence().insights() > 0 ? base + 1 : base;
    }

    static int ease(double personWeeks) {
        for (int i = 0; i < WEEKS_UP_TO.length; i++) {
            if (personWeeks <= WEEKS_UP_TO[i]) {
                return 10 - i;
            }
        }
        return 1;
    }

    private String weeks(double personWeeks) {
        return numbers.format(personWeeks) + (personWeeks == 1 ? " person-week" : " person-weeks");
    }
}

package app.tandem.planning.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A score, the named terms it was computed from, and one sentence naming its top factors.
 *
 * <p>The sentence is written when first asked for (the pages show it only for the ranked items they
 * display), then kept; so is the breakdown of a score made from an {@link Explanation} (a plan of
 * 100,000 initiatives would otherwise make half a million terms it rarely shows). Equal scores have
 * equal values, breakdowns and sentences.
 */
public final class Score {

    private final double value;
    private @Nullable List<Term> breakdown;
    private @Nullable Supplier<String> writer;
    private @Nullable Explanation explanation;
    private @Nullable String sentence;
    private boolean computed = true;

    /** Writes a score's breakdown and its sentence, each when first asked for. */
    public interface Explanation {
        List<Term> breakdown();

        String sentence();
    }

    public Score(double value, List<Term> breakdown, String sentence) {
        this.value = value;
        this.breakdown = List.copyOf(breakdown);
        this.sentence = Objects.requireNonNull(sentence);
    }

    /** A score whose sentence {@code writer} writes when it is first asked for. */
    public Score(double value, List<Term> breakdown, Supplier<String> writer) {
        this.value = value;
        this.breakdown = List.copyOf(breakdown);
        this.writer = writer;
    }

    /** A score whose breakdown and sentence {@code explanation} writes when they are first asked for. */
    public Score(double value, Explanation explanation) {
        this.value = value;
        this.explanation = explanation;
    }

    /**
     * A score its formula could not compute (a division by zero for this initiative): 0 as it is shown,
     * ranked after every computed score, however negative (it ranked above them until December 2026).
     */
    public static Score notComputed(List<Term> breakdown, String sentence) {
        Score score = new Score(0, breakdown, sentence);
        score.computed = false;
        return score;
    }

    public double value() {
        return value;
    }

    /** Whether the score was computed; else it ranks last ({@link #notComputed}). */
    public boolean computed() {
        return computed;
    }

    public synchronized List<Term> breakdown() {
        if (breakdown == null) {
            breakdown = List.copyOf(Objects.requireNonNull(explanation).breakdown());
            forgetExplanation();
        }
        return breakdown;
    }

    public synchronized String sentence() {
        if (sentence == null) {
            sentence = writer != null
                    ? writer.get()
                    : Objects.requireNonNull(explanation).sentence();
            writer = null;
            forgetExplanation();
        }
        return sentence;
    }

    private void forgetExplanation() {
        if (breakdown != null && sentence != null) {
            explanation = null;
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Score that
                && Double.compare(value, that.value) == 0
                && computed == that.computed
                && breakdown().equals(that.breakdown())
                && sentence().equals(that.sentence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, breakdown(), sentence());
    }

    @Override
    public String toString() {
        return "Score[value=" + value + ", breakdown=" + breakdown() + ", sentence=" + sentence() + "]";
    }

    /** One named term of a score, e.g. "confidence" = 0.8. */
    public record Term(String name, double value) {}
}

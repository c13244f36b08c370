package app.tandem.planning.core;

import java.util.List;

/** A score, the named terms it was computed from, and one sentence naming its top factors. */
public record Score(double value, List<Term> breakdown, String sentence) {

    public Score {
        breakdown = List.copyOf(breakdown);
    }

    /** One named term of a score, e.g. "confidence" = 0.8. */
    public record Term(String name, double value) {}
}

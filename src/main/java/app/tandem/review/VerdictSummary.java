package app.tandem.review;

/**
 * How the invited reviewers stand: how many approve, have concerns, block, and have not said yet;
 * {@code blocked} when at least one blocks (one block is enough).
 */
public record VerdictSummary(int approve, int concerns, int block, int pending, boolean blocked) {

    public VerdictSummary(int approve, int concerns, int block, int pending) {
        this(approve, concerns, block, pending, block > 0);
    }

    /** How many gave a verdict. */
    public int given() {
        return approve + concerns + block;
    }
}

package app.tandem.review;

/**
 * How the invited reviewers stand: how many approve, have concerns, block, and have not said yet.
 * One block is enough for {@link #blocked()}.
 */
public record VerdictSummary(int approve, int concerns, int block, int pending) {

    public boolean blocked() {
        return block > 0;
    }

    public int given() {
        return approve + concerns + block;
    }
}

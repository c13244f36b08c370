package app.tandem.goal;

/** Which way a KPI should move. */
public enum Direction {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when going from {@code from} to {@code to} is a move in the right direction. */
    public boolean improves(double from, double to) {
        return this == HIGHER_IS_BETTER ? to > from : to < from;
    }
}

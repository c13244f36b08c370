package app.tandem.planning.core;

/**
 * A custom scoring formula was refused: it does not parse, names an unknown field or function, or is
 * too long; {@link #position()} is the 1-based character where the problem is.
 */
public final class FormulaInvalid extends IllegalArgumentException {

    private final String problem;
    private final int position;

    public FormulaInvalid(String problem, int position) {
        super(problem + " (at character " + position + ")");
        this.problem = problem;
        this.position = position;
    }

    /** What is wrong, in words, without the position. */
    public String problem() {
        return problem;
    }

    /** The 1-based character position of the problem. */
    public int position() {
        return position;
    }
}

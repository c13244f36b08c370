package app.tandem.meeting;

/** A decision still to make by its due date, or made. */
public enum DecisionState {
    DUE("Due"),
    MADE("Made");

    private final String label;

    DecisionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

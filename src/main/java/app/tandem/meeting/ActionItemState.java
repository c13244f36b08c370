package app.tandem.meeting;

/** An action item to do, or done. */
public enum ActionItemState {
    OPEN("Open"),
    DONE("Done");

    private final String label;

    ActionItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package app.tandem.goal;

/** Where a business goal stands. */
public enum GoalStatus {
    PROPOSED("Proposed"),
    ACTIVE("Active"),
    ACHIEVED("Achieved"),
    MISSED("Missed"),
    DROPPED("Dropped");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

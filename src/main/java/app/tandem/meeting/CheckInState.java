package app.tandem.meeting;

/** Whether a check-in takes place; a cancelled one stays listed, as cancelled. */
public enum CheckInState {
    SCHEDULED("Scheduled"),
    CANCELLED("Cancelled");

    private final String label;

    CheckInState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package app.tandem.initiative;

/** Whether an initiative helps a user goal or hurts it (a monetisation change can hurt one). */
public enum UserGoalEffect {
    HELPS("Helps"),
    HURTS("Hurts");

    private final String label;

    UserGoalEffect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package app.tandem.discovery;

/** What came out of a discovery session. */
public enum OutcomeKind {
    DECISION("Decision"),
    INITIATIVE_CREATED("Initiative created"),
    INITIATIVE_CHANGED("Initiative changed");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

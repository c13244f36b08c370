package app.tandem.initiative;

/** What sort of work an initiative is. */
public enum InitiativeKind {
    CAMPAIGN("Campaign"),
    FEATURE("Feature"),
    INFRASTRUCTURE("Infrastructure"),
    CONTENT("Content"),
    RESEARCH("Research"),
    MONETISATION("Monetisation"),
    OTHER("Other");

    private final String label;

    InitiativeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

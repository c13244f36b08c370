package app.tandem.discovery.rules;

/** What two or more teams' statements have to do with each other. */
public enum FindingKind {
    /** Two teams name the same business goal or user goal: work on it together. */
    OVERLAP("Overlap"),
    /** Opposite effects on one KPI, or more of one team's capacity asked than it has. */
    CONFLICT("Conflict"),
    /** One team expects a KPI to get worse that another team guards or whose goal it serves. */
    TRADE_OFF("Trade-off");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

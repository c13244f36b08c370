package app.tandem.initiative;

/** How sure the proposers are of the initiative's dates, effort and outcome. */
public enum Confidence {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package app.tandem.insight;

/** How strongly an insight is backed: one story, a pattern seen several times, or a measurement. */
public enum EvidenceStrength {
    ANECDOTE("Anecdote"),
    PATTERN("Pattern"),
    MEASURED("Measured");

    private final String label;

    EvidenceStrength(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

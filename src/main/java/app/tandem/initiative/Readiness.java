package app.tandem.initiative;

/** Whether the infrastructure an initiative needs is there, as its IT review found. */
public enum Readiness {
    READY("Ready", "ready"),
    NEEDS_WORK("Needs work", "needs work"),
    BLOCKED("Blocked", "blocked");

    private final String label;
    private final String words;

    Readiness(String label, String words) {
        this.label = label;
        this.words = words;
    }

    /** As a page shows it: "Needs work". */
    public String label() {
        return label;
    }

    /** As a sentence says it: "needs work". */
    public String words() {
        return words;
    }
}

package app.tandem.discovery;

/** What a team's statement expects of a KPI: to raise it, to lower it, or to guard it (it must not get worse). */
public enum KpiEffect {
    RAISE("Raise", "raise"),
    LOWER("Lower", "lower"),
    GUARD("Guard", "guard");

    private final String label;
    private final String verb;

    KpiEffect(String label, String verb) {
        this.label = label;
        this.verb = verb;
    }

    public String label() {
        return label;
    }

    /** As a sentence says it: "raise". */
    public String verb() {
        return verb;
    }

    /** Whether the statement moves the KPI (raises or lowers it) rather than guards it. */
    public boolean moves() {
        return this != GUARD;
    }
}

package app.tandem.initiative;

/**
 * Where an initiative stands. It moves forward one step at a time, PROPOSED → DISCOVERY → COMMITTED →
 * IN_PROGRESS → DONE, or to DROPPED from any status but the final two ({@code rules.StatusRules}).
 */
public enum InitiativeStatus {
    PROPOSED("proposed"),
    DISCOVERY("in discovery"),
    COMMITTED("committed"),
    IN_PROGRESS("in progress"),
    DONE("done"),
    DROPPED("dropped");

    private final String words;

    InitiativeStatus(String words) {
        this.words = words;
    }

    /** The status as a sentence says it: "in progress". */
    public String words() {
        return words;
    }

    /** The status as a page shows it: "In progress". */
    public String label() {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Done or dropped: the status does not change any more. */
    public boolean isFinal() {
        return this == DONE || this == DROPPED;
    }
}

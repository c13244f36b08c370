package app.tandem.initiative;

/**
 * Where an initiative stands. It moves forward one step at a time, PROPOSED → DISCOVERY → COMMITTED →
 * IN_PROGRESS → DONE, or to DROPPED from any status but the final two ({@code rules.StatusRules}).
 */
public enum InitiativeStatus {
    PROPOSED("proposed", "Back to proposed"),
    DISCOVERY("in discovery", "Start discovery"),
    COMMITTED("committed", "Commit to it"),
    IN_PROGRESS("in progress", "Start the work"),
    DONE("done", "Mark it done"),
    DROPPED("dropped", "Drop it");

    private final String words;
    private final String action;

    InitiativeStatus(String words, String action) {
        this.words = words;
        this.action = action;
    }

    /** What a button that moves an initiative to this status says: "Start discovery". */
    public String action() {
        return action;
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

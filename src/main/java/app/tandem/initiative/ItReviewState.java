package app.tandem.initiative;

/**
 * Where an initiative stands with its IT review ({@code rules.ItReviewRules}): features,
 * infrastructure and campaigns with a landing page or form need one; the others do not. A needed
 * review is done when recorded, skipped when the initiative was committed without one (the plan
 * lists it as a conflict), missing otherwise.
 */
public enum ItReviewState {
    NOT_NEEDED("Not needed"),
    MISSING("Missing"),
    SKIPPED("Committed without an IT review"),
    DONE("Done");

    private final String label;

    ItReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

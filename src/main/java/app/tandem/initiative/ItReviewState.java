package app.tandem.initiative;

/**
 * Where an initiative stands with its IT review ({@code rules.ItReviewRules}): features,
 * infrastructure and campaigns with a landing page or form need one; the others do not. A needed
 * review is done when recorded, blocked when IT recorded that the infrastructure is blocked (committing
 * it asks first, and the plan lists committed work in that state as a conflict), skipped when the
 * initiative was committed without one (a conflict too), missing otherwise.
 */
public enum ItReviewState {
    NOT_NEEDED("Not needed"),
    MISSING("Missing"),
    SKIPPED("Committed without an IT review"),
    BLOCKED("IT says blocked"),
    DONE("Done");

    private final String label;

    ItReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

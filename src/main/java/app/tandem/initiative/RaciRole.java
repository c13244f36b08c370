package app.tandem.initiative;

/**
 * What a contributor does for an initiative. The owner is the one accountable person (the A of
 * RACI), so a contributor is responsible, consulted or informed.
 */
public enum RaciRole {
    /** Does the work. */
    RESPONSIBLE,
    /** Gives advice before decisions. */
    CONSULTED,
    /** Is kept up to date. */
    INFORMED;

    /** The role as a form shows it: "Responsible". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}

package app.tandem.meeting;

/** How often a cadence's check-ins take place. */
public enum Frequency {
    MONTHLY("Monthly"),
    EVERY_TWO_WEEKS("Every two weeks");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

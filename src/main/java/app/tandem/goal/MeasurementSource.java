package app.tandem.goal;

/**
 * How a measurement arrived: typed in, imported from CSV, or posted by another system. The API
 * answers the names; {@link #label()} is what the pages show.
 */
public enum MeasurementSource {
    MANUAL("Typed in"),
    CSV("CSV import"),
    API("API");

    private final String label;

    MeasurementSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

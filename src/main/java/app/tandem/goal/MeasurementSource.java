package app.tandem.goal;

/** How a measurement arrived: typed in, imported from CSV, or posted by another system. */
public enum MeasurementSource {
    MANUAL,
    CSV,
    API
}

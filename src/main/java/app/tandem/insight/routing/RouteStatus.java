package app.tandem.insight.routing;

/**
 * Where an insight stands in a team's inbox. The API answers the names; {@link #label()} is what
 * the pages show.
 */
public enum RouteStatus {
    NEW("New"),
    ACKNOWLEDGED("Acknowledged"),
    CLOSED("Closed");

    private final String label;

    RouteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package app.tandem.insight;

/** Where a routed insight stands in a team's inbox. */
public enum RouteStatus {
    NEW,
    ACKNOWLEDGED,
    CLOSED
}

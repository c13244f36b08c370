package app.tandem.insight.routing;

/** Where a routed insight stands in a team's inbox. */
public enum RouteStatus {
    NEW,
    ACKNOWLEDGED,
    CLOSED
}

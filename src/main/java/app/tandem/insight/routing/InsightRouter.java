package app.tandem.insight.routing;

import app.tandem.insight.InsightCaptured;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies the routing rules to each captured insight after its transaction commits. The event is
 * stored in the event publication registry with that transaction, so an insight captured just
 * before the server stops is routed when it starts again.
 */
@Component
class InsightRouter {

    private final Routing routing;

    InsightRouter(Routing routing) {
        this.routing = routing;
    }

    @ApplicationModuleListener
    void on(InsightCaptured event) {
        routing.routeByRules(event.workspaceId(), event.insightId());
    }
}

package app.tandem.insight.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A routed insight as an inbox shows it. */
public record RouteView(
        long id,
        long insightId,
        String insightTitle,
        long teamId,
        @Nullable String note,
        @Nullable Long ruleId,
        @Nullable Long routedBy,
        RouteStatus status,
        Instant routedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant closedAt,
        @Nullable String outcome) {}

package app.tandem.insight.routing;

import app.tandem.insight.ActingWork;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A routed insight as an inbox shows it. A route closed with the initiative that acts on it has the
 * initiative's id, and the initiative itself ({@code actedOnBy}: title, status, page) while it is
 * still the workspace's.
 */
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
        @Nullable String outcome,
        @Nullable Long initiativeId,
        ActingWork.@Nullable Initiative actedOnBy) {}

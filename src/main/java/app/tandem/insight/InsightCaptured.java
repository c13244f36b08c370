package app.tandem.insight;

import org.jspecify.annotations.Nullable;

/**
 * A new insight was captured, with its title; routing rules decide which teams' inboxes it goes to.
 * ({@code title} is null in an event recorded before it carried one, handled again after a restart.)
 */
public record InsightCaptured(
        long workspaceId, long insightId, @Nullable String title) {}

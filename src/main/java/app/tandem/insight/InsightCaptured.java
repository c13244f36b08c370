package app.tandem.insight;

/** A new insight was captured; routing rules decide which teams' inboxes it goes to. */
public record InsightCaptured(long workspaceId, long insightId) {}

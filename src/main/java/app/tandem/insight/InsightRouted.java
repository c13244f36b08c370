package app.tandem.insight;

/** An insight reached a team's inbox, by a rule ({@code ruleId}) or by a person's hand. */
public record InsightRouted(long workspaceId, long insightId, long teamId, boolean byRule) {}

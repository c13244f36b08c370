package app.tandem.discovery;

import org.jspecify.annotations.Nullable;

/** A decision was recorded in a discovery session: what was decided and why (outgoing webhooks tell of it). */
public record DecisionRecorded(
        long workspaceId,
        long sessionId,
        String sessionTopic,
        long decisionId,
        String what,
        @Nullable String why) {}

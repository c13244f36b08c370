package app.tandem.webhook;

import app.tandem.discovery.DecisionRecorded;
import app.tandem.goal.KpiHealthChanged;
import app.tandem.initiative.DependencyAtRisk;
import app.tandem.initiative.InitiativeCommitted;
import app.tandem.initiative.InitiativeProposed;
import app.tandem.initiative.InitiativeStatusChanged;
import app.tandem.insight.InsightCaptured;
import app.tandem.insight.InsightRouted;
import app.tandem.meeting.CheckInScheduled;
import app.tandem.webhook.internal.DeliveryQueue;
import app.tandem.webhook.internal.Subscription;
import app.tandem.webhook.internal.SubscriptionRepository;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the modules' events into deliveries: one row in the queue per active subscription of the
 * event's workspace that asked for its type, after the transaction that caused the event committed.
 * The event publication registry keeps an event until this handled it, so a restart loses none.
 * Events that happen once to a thing (an insight captured, an initiative proposed, a decision, a
 * check-in) get an id made from that thing, so handling one again after a crash queues it once; the
 * others (a status moved, a KPI's health changed: they may recur with the same content) get a new
 * id. The payload holds only what the workspace's admins may read: ids, titles, names (docs/modules.md,
 * "Webhooks", lists each event's fields).
 */
@Component
class WebhookEvents {

    /** The longest text a payload carries of one field (a decision's reason, a KPI's explanation). */
    static final int TEXT_MAX = 4000;

    private final SubscriptionRepository subscriptions;
    private final DeliveryQueue queue;
    private final WebhookPayloads payloads;
    private final WebhookProperties properties;
    private final Workspaces workspaces;
    private final Clock clock = Clock.systemUTC();

    WebhookEvents(
            SubscriptionRepository subscriptions,
            DeliveryQueue queue,
            WebhookPayloads payloads,
            WebhookProperties properties,
            Workspaces workspaces) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.payloads = payloads;
        this.properties = properties;
        this.workspaces = workspaces;
    }

    @ApplicationModuleListener
    void on(InsightCaptured e) {
        queue(
                e.workspaceId(),
                WebhookEventType.INSIGHT_CAPTURED,
                "" + e.insightId(),
                data("insightId", e.insightId(), "title", e.title()));
    }

    @ApplicationModuleListener
    void on(InsightRouted e) {
        queue(
                e.workspaceId(),
                WebhookEventType.INSIGHT_ROUTED,
                null,
                data("insightId", e.insightId(), "teamId", e.teamId(), "byRule", e.byRule()));
    }

    @ApplicationModuleListener
    void on(KpiHealthChanged e) {
        queue(
                e.workspaceId(),
                WebhookEventType.KPI_HEALTH_CHANGED,
                null,
                data(
                        "kpiId", e.kpiId(),
                        "kpiName", e.kpiName(),
                        "from", e.from().name(),
                        "to", e.to().name(),
                        "explanation", e.explanation()));
    }

    @ApplicationModuleListener
    void on(InitiativeProposed e) {
        queue(
                e.workspaceId(),
                WebhookEventType.INITIATIVE_PROPOSED,
                "" + e.initiativeId(),
                data(
                        "initiativeId", e.initiativeId(),
                        "title", e.title(),
                        "kind", e.kind().name(),
                        "proposingTeamId", e.proposingTeamId(),
                        "ownerUserId", e.ownerUserId()));
    }

    @ApplicationModuleListener
    void on(InitiativeCommitted e) {
        queue(
                e.workspaceId(),
                WebhookEventType.INITIATIVE_COMMITTED,
                null,
                data("initiativeId", e.initiativeId(), "title", e.title(), "committedBy", e.committedBy()));
    }

    @ApplicationModuleListener
    void on(InitiativeStatusChanged e) {
        queue(
                e.workspaceId(),
                WebhookEventType.INITIATIVE_STATUS_CHANGED,
                null,
                data(
                        "initiativeId", e.initiativeId(),
                        "title", e.title(),
                        "from", e.from().name(),
                        "to", e.to().name(),
                        "changedBy", e.changedBy(),
                        "reason", e.reason()));
    }

    @ApplicationModuleListener
    void on(DependencyAtRisk e) {
        queue(
                e.workspaceId(),
                WebhookEventType.DEPENDENCY_AT_RISK,
                null,
                data(
                        "dependencyId", e.dependencyId(),
                        "kind", e.kind().name(),
                        "dependant", Map.of("id", e.dependantId(), "title", e.dependantTitle()),
                        "provider", Map.of("id", e.providerId(), "title", e.providerTitle()),
                        "reasons", e.reasons()));
    }

    @ApplicationModuleListener
    void on(DecisionRecorded e) {
        queue(
                e.workspaceId(),
                WebhookEventType.DECISION_RECORDED,
                "" + e.decisionId(),
                data(
                        "sessionId", e.sessionId(),
                        "sessionTopic", e.sessionTopic(),
                        "decisionId", e.decisionId(),
                        "what", e.what(),
                        "why", e.why()));
    }

    @ApplicationModuleListener
    void on(CheckInScheduled e) {
        queue(
                e.workspaceId(),
                WebhookEventType.CHECK_IN_SCHEDULED,
                e.checkInId() + "@" + e.startsAt(),
                data(
                        "checkInId", e.checkInId(),
                        "cadenceId", e.cadenceId(),
                        "title", e.title(),
                        "startsAt", e.startsAt().toString()));
    }

    /** Queues the event for each active subscription of the workspace that wants it. */
    private void queue(long workspaceId, WebhookEventType type, @Nullable String onceKey, Map<String, Object> data) {
        List<Subscription> wanting = subscriptions.findByWorkspaceIdAndActiveTrueOrderByIdAsc(workspaceId).stream()
                .filter(s -> s.wants(type.type()))
                .toList();
        if (wanting.isEmpty()) {
            return;
        }
        Optional<String> slug = workspaces.slugOf(workspaceId);
        if (slug.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String eventId = onceKey == null ? WebhookPayloads.randomId() : WebhookPayloads.idOf(type.type(), onceKey);
        String payload = payloads.payload(type.type(), slug.get(), now, data);
        Instant due = now.plus(properties.retrySchedule().getFirst());
        for (Subscription subscription : wanting) {
            queue.enqueue(subscription.id(), eventId, type.type(), payload, now, due);
        }
    }

    /** The data's fields in the order given, nulls kept (as JSON null), each text cut to {@link #TEXT_MAX}. */
    private static Map<String, Object> data(@Nullable Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            data.put(
                    String.valueOf(pairs[i]),
                    value instanceof String text && text.length() > TEXT_MAX
                            ? text.substring(0, TEXT_MAX) + "…"
                            : value);
        }
        return data;
    }
}

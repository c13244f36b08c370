package app.tandem.insight.routing;

import app.tandem.insight.ActingWork;
import app.tandem.support.DomainException;
import app.tandem.support.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An insight sent to a team's inbox, by a rule or by a person, and what the team did with it. */
@Entity
@Table(name = "insight_routes")
class InsightRoute {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insight_routes_seq")
    @SequenceGenerator(name = "insight_routes_seq", sequenceName = "insight_routes_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "insight_id")
    private long insightId;

    @Column(name = "team_id")
    private long teamId;

    private @Nullable String note;

    @Column(name = "rule_id")
    private @Nullable Long ruleId;

    @Column(name = "routed_by")
    private @Nullable Long routedBy;

    @Enumerated(EnumType.STRING)
    private RouteStatus status;

    @Column(name = "routed_at")
    private Instant routedAt;

    @Column(name = "acknowledged_at")
    private @Nullable Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private @Nullable Long acknowledgedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "closed_by")
    private @Nullable Long closedBy;

    private @Nullable String outcome;

    /** The initiative that acts on the insight, when the team closed it with one. */
    @Column(name = "initiative_id")
    private @Nullable Long initiativeId;

    @Version
    private long version;

    protected InsightRoute() {
        this.status = RouteStatus.NEW;
        this.routedAt = Instant.EPOCH;
    }

    InsightRoute(
            long workspaceId,
            long insightId,
            long teamId,
            @Nullable String note,
            @Nullable Long ruleId,
            @Nullable Long routedBy) {
        this.workspaceId = workspaceId;
        this.insightId = insightId;
        this.teamId = teamId;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.ruleId = ruleId;
        this.routedBy = routedBy;
        this.status = RouteStatus.NEW;
        this.routedAt = Instant.now();
    }

    /** The team has seen it and will look into it. */
    void acknowledge(long userId, Instant now) {
        if (status != RouteStatus.NEW) {
            throw new RouteStateConflict("This insight was already acknowledged by the team.");
        }
        status = RouteStatus.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedBy = userId;
    }

    /** The team is done with it and says what it did. Closing a new one acknowledges it too. */
    void close(long userId, String whatWeDid, Instant now) {
        close(userId, whatWeDid, null, now);
    }

    /**
     * The team is done with it, says what it did and, when one does, which initiative acts on it
     * (the caller has checked the initiative is the workspace's).
     */
    void close(long userId, String whatWeDid, @Nullable Long actingInitiativeId, Instant now) {
        if (status == RouteStatus.CLOSED) {
            throw new RouteStateConflict("This insight is already closed in the team's inbox.");
        }
        if (whatWeDid.isBlank()) {
            throw new InvalidInput("outcome", "Say what the team did with the insight.");
        }
        if (whatWeDid.strip().length() > Routing.MAX_OUTCOME) {
            throw new InvalidInput(
                    "outcome", "Say what the team did in at most " + Routing.MAX_OUTCOME + " characters.");
        }
        if (status == RouteStatus.NEW) {
            acknowledge(userId, now);
        }
        status = RouteStatus.CLOSED;
        closedAt = now;
        closedBy = userId;
        outcome = whatWeDid.strip();
        initiativeId = actingInitiativeId;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Route is not saved yet");
        }
        return id;
    }

    long insightId() {
        return insightId;
    }

    long teamId() {
        return teamId;
    }

    RouteStatus status() {
        return status;
    }

    @Nullable Long initiativeId() {
        return initiativeId;
    }

    @Nullable Duration timeToAcknowledge() {
        return acknowledgedAt == null ? null : Duration.between(routedAt, acknowledgedAt);
    }

    RouteView toView(String insightTitle) {
        return toView(insightTitle, null);
    }

    /** With the initiative that acts on it named, when it is still the workspace's. */
    RouteView toView(String insightTitle, ActingWork.@Nullable Initiative actedOnBy) {
        return new RouteView(
                id(),
                insightId,
                insightTitle,
                teamId,
                note,
                ruleId,
                routedBy,
                status,
                routedAt,
                acknowledgedAt,
                closedAt,
                outcome,
                initiativeId,
                actedOnBy);
    }

    /** The route is not in a state that allows this. */
    static class RouteStateConflict extends DomainException {
        RouteStateConflict(String message) {
            super(Kind.CONFLICT, message);
        }
    }
}

package app.tandem.discovery.internal;

import app.tandem.discovery.OutcomeKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** What came out of a session: a decision, or an initiative created or changed by it; kept as recorded. */
@Entity
@Table(name = "discovery_outcomes")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discovery_outcomes_seq")
    @SequenceGenerator(name = "discovery_outcomes_seq", sequenceName = "discovery_outcomes_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "session_id")
    private long sessionId;

    @Enumerated(EnumType.STRING)
    private OutcomeKind kind;

    private String what;

    private @Nullable String why;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "discovery_outcome_initiatives", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "initiative_id")
    private Set<Long> initiativeIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "discovery_outcome_goals", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new LinkedHashSet<>();

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Outcome() {
        this.kind = OutcomeKind.DECISION;
        this.what = "";
        this.createdAt = Instant.EPOCH;
    }

    public Outcome(
            long sessionId,
            OutcomeKind kind,
            String what,
            @Nullable String why,
            Collection<Long> initiativeIds,
            Collection<Long> goalIds,
            long createdBy,
            Instant createdAt) {
        this.sessionId = sessionId;
        this.kind = kind;
        this.what = what;
        this.why = why;
        this.initiativeIds.addAll(initiativeIds);
        this.goalIds.addAll(goalIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long sessionId() {
        return sessionId;
    }

    public OutcomeKind kind() {
        return kind;
    }

    public String what() {
        return what;
    }

    public @Nullable String why() {
        return why;
    }

    public Set<Long> initiativeIds() {
        return Set.copyOf(initiativeIds);
    }

    public Set<Long> goalIds() {
        return Set.copyOf(goalIds);
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

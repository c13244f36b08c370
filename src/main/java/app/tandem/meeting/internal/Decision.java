package app.tandem.meeting.internal;

import app.tandem.meeting.DecisionState;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A decision recorded at a check-in: what, why, what it re-prioritised, what it concerns. */
@Entity
@Table(name = "check_in_decisions")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_decisions_seq")
    @SequenceGenerator(name = "check_in_decisions_seq", sequenceName = "check_in_decisions_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "check_in_id")
    private long checkInId;

    private String what;

    private @Nullable String why;

    private @Nullable String reprioritised;

    @Column(name = "due_date")
    private @Nullable LocalDate due;

    @Enumerated(EnumType.STRING)
    private DecisionState state;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "check_in_decision_initiatives", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "initiative_id")
    private Set<Long> initiativeIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "check_in_decision_goals", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new LinkedHashSet<>();

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Decision() {
        this.what = "";
        this.state = DecisionState.MADE;
        this.createdAt = Instant.EPOCH;
    }

    public Decision(long workspaceId, long checkInId, long createdBy, Instant now) {
        this();
        this.workspaceId = workspaceId;
        this.checkInId = checkInId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Takes what the service checked. */
    public void define(
            String what,
            @Nullable String why,
            @Nullable String reprioritised,
            Collection<Long> initiativeIds,
            Collection<Long> goalIds,
            @Nullable LocalDate due,
            DecisionState state) {
        this.what = what;
        this.why = why;
        this.reprioritised = reprioritised;
        this.initiativeIds.clear();
        this.initiativeIds.addAll(initiativeIds);
        this.goalIds.clear();
        this.goalIds.addAll(goalIds);
        this.due = due;
        this.state = state;
    }

    /** The decision due was made. */
    public void made() {
        this.state = DecisionState.MADE;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long checkInId() {
        return checkInId;
    }

    public String what() {
        return what;
    }

    public @Nullable String why() {
        return why;
    }

    public @Nullable String reprioritised() {
        return reprioritised;
    }

    public @Nullable LocalDate due() {
        return due;
    }

    public DecisionState state() {
        return state;
    }

    public Set<Long> initiativeIds() {
        return Set.copyOf(initiativeIds);
    }

    public Set<Long> goalIds() {
        return Set.copyOf(goalIds);
    }

    public long version() {
        return version;
    }
}

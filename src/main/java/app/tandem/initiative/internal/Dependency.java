package app.tandem.initiative.internal;

import app.tandem.initiative.DependencyKind;
import app.tandem.initiative.DependencyState;
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
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The dependant initiative needs something of a kind from the provider, handed off by a day. */
@Entity
@Table(name = "initiative_dependencies")
public class Dependency {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_dependencies_seq")
    @SequenceGenerator(
            name = "initiative_dependencies_seq",
            sequenceName = "initiative_dependencies_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "dependant_id")
    private long dependantId;

    @Column(name = "provider_id")
    private long providerId;

    @Enumerated(EnumType.STRING)
    private DependencyKind kind;

    @Column(name = "handoff_due")
    private LocalDate handoffDue;

    @Enumerated(EnumType.STRING)
    private DependencyState state;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    @Column(name = "delivered_by")
    private @Nullable Long deliveredBy;

    @Version
    private long version;

    protected Dependency() {
        this.kind = DependencyKind.OTHER;
        this.handoffDue = LocalDate.EPOCH;
        this.state = DependencyState.OPEN;
        this.createdAt = Instant.EPOCH;
    }

    public Dependency(
            long workspaceId,
            long dependantId,
            long providerId,
            DependencyKind kind,
            LocalDate handoffDue,
            Instant now) {
        if (dependantId == providerId) {
            throw new IllegalArgumentException("An initiative cannot depend on itself");
        }
        this.workspaceId = workspaceId;
        this.dependantId = dependantId;
        this.providerId = providerId;
        this.kind = kind;
        this.handoffDue = handoffDue;
        this.state = DependencyState.OPEN;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Dependency is not saved yet");
        }
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long dependantId() {
        return dependantId;
    }

    public long providerId() {
        return providerId;
    }

    public DependencyKind kind() {
        return kind;
    }

    public DependencyState state() {
        return state;
    }

    public long version() {
        return version;
    }

    /** Whether {@code initiativeId} is the dependant or the provider. */
    public boolean involves(long initiativeId) {
        return dependantId == initiativeId || providerId == initiativeId;
    }

    /** The provider handed off what was needed; refused when it already did. */
    public void deliver(long byUserId, Instant now) {
        if (state == DependencyState.DELIVERED) {
            throw new IllegalStateException("Dependency " + id + " is already delivered");
        }
        this.state = DependencyState.DELIVERED;
        this.deliveredAt = now;
        this.deliveredBy = byUserId;
    }
}

package app.tandem.initiative.internal;

import app.tandem.initiative.InitiativeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an initiative's history: who moved it, when, from what (none when proposed), to what, and why. */
@Entity
@Table(name = "initiative_status_changes")
public class StatusChange {

    /** The longest reason a person may give. */
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_status_changes_seq")
    @SequenceGenerator(
            name = "initiative_status_changes_seq",
            sequenceName = "initiative_status_changes_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "initiative_id")
    private long initiativeId;

    @Column(name = "changed_by")
    private long changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable InitiativeStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private InitiativeStatus to;

    private @Nullable String reason;

    /** What the history keeps when work is committed without the IT review it needs. */
    public static final String WITHOUT_IT_REVIEW = "Committed without an IT review.";

    public static final String WHILE_IT_BLOCKED = "Committed while IT says it is blocked.";

    /** The reason kept for a commit without an IT review: that, then the reason given (cut to fit). */
    /** The reason kept for committing work whose IT review says it is blocked, with the person's reason after it. */
    public static String whileItBlocked(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return WHILE_IT_BLOCKED;
        }
        String kept = WHILE_IT_BLOCKED + " " + reason.strip();
        return kept.length() <= REASON_MAX ? kept : kept.substring(0, REASON_MAX - 1) + "…";
    }

    public static String withoutItReview(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return WITHOUT_IT_REVIEW;
        }
        String kept = WITHOUT_IT_REVIEW + " " + reason.strip();
        return kept.length() <= REASON_MAX ? kept : kept.substring(0, REASON_MAX - 1) + "…";
    }

    protected StatusChange() {
        this.changedAt = Instant.EPOCH;
        this.to = InitiativeStatus.PROPOSED;
    }

    public StatusChange(
            long initiativeId,
            long changedBy,
            Instant changedAt,
            @Nullable InitiativeStatus from,
            InitiativeStatus to,
            @Nullable String reason) {
        this.initiativeId = initiativeId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.from = from;
        this.to = to;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public long initiativeId() {
        return initiativeId;
    }

    public long changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public @Nullable InitiativeStatus from() {
        return from;
    }

    public InitiativeStatus to() {
        return to;
    }

    public @Nullable String reason() {
        return reason;
    }
}

package app.tandem.review.internal;

import app.tandem.review.Verdict;
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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person invited to review, with their verdict once given ({@link #judge}, which a later one replaces). */
@Entity
@Table(name = "review_reviewers")
public class Reviewer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_reviewers_seq")
    @SequenceGenerator(name = "review_reviewers_seq", sequenceName = "review_reviewers_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "review_id")
    private long reviewId;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "invited_by")
    private long invitedBy;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable Verdict verdict;

    @Column(name = "verdict_reason")
    private @Nullable String verdictReason;

    @Column(name = "verdict_at")
    private @Nullable Instant verdictAt;

    protected Reviewer() {
        this.invitedAt = Instant.EPOCH;
    }

    public Reviewer(long reviewId, long userId, long invitedBy, Instant now) {
        this.reviewId = reviewId;
        this.userId = userId;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
    }

    /** Gives (or changes) the verdict; the service checked it ({@code VerdictRules}). */
    public void judge(Verdict verdict, @Nullable String reason, Instant now) {
        this.verdict = verdict;
        this.verdictReason = reason;
        this.verdictAt = now;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long reviewId() {
        return reviewId;
    }

    public long userId() {
        return userId;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public @Nullable Verdict verdict() {
        return verdict;
    }

    public @Nullable String verdictReason() {
        return verdictReason;
    }

    public @Nullable Instant verdictAt() {
        return verdictAt;
    }
}

package app.tandem.review.internal;

import app.tandem.review.ReviewKind;
import app.tandem.review.ReviewState;
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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A piece of a team's work other teams are asked to look at. {@link #define} takes what the service
 * checked; {@link #close} and {@link #reopen} move it between open and closed.
 */
@Entity
@Table(name = "reviews")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reviews_seq")
    @SequenceGenerator(name = "reviews_seq", sequenceName = "reviews_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Enumerated(EnumType.STRING)
    private ReviewKind kind;

    private String title;

    private @Nullable String description;

    @Column(name = "initiative_id")
    private @Nullable Long initiativeId;

    private @Nullable String link;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    @Column(name = "requested_by")
    private long requestedBy;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ReviewState state;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Review() {
        this.kind = ReviewKind.OTHER;
        this.title = "";
        this.state = ReviewState.OPEN;
        this.createdAt = Instant.EPOCH;
    }

    /** A new open review, requested by {@code requestedBy} now. */
    public Review(
            long workspaceId,
            long requestedBy,
            Instant now,
            ReviewKind kind,
            String title,
            @Nullable String description,
            long teamId,
            @Nullable Long initiativeId,
            @Nullable String link,
            @Nullable LocalDate dueDate) {
        this.workspaceId = workspaceId;
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.state = ReviewState.OPEN;
        this.kind = kind;
        this.title = title;
        define(kind, title, description, teamId, initiativeId, link, dueDate);
    }

    /** Replaces what the requester gives (not its state). */
    public void define(
            ReviewKind kind,
            String title,
            @Nullable String description,
            long teamId,
            @Nullable Long initiativeId,
            @Nullable String link,
            @Nullable LocalDate dueDate) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.teamId = teamId;
        this.initiativeId = initiativeId;
        this.link = link;
        this.dueDate = dueDate;
    }

    public void close() {
        state = ReviewState.CLOSED;
    }

    public void reopen() {
        state = ReviewState.OPEN;
    }

    public boolean isOpen() {
        return state == ReviewState.OPEN;
    }

    /** Open after its due day. */
    public boolean overdueOn(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long workspaceId() {
        return workspaceId;
    }

    public ReviewKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public @Nullable String description() {
        return description;
    }

    public @Nullable Long initiativeId() {
        return initiativeId;
    }

    public @Nullable String link() {
        return link;
    }

    public @Nullable Long teamId() {
        return teamId;
    }

    public long requestedBy() {
        return requestedBy;
    }

    public @Nullable LocalDate dueDate() {
        return dueDate;
    }

    public ReviewState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

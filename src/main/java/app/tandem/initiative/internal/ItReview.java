package app.tandem.initiative.internal;

import app.tandem.initiative.Readiness;
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

/**
 * The IT review of one initiative, replaced as a whole: technical requirements, hosting needs,
 * infrastructure readiness, the reviewer and the day, a note, and who recorded it when.
 */
@Entity
@Table(name = "initiative_it_reviews")
public class ItReview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_it_reviews_seq")
    @SequenceGenerator(
            name = "initiative_it_reviews_seq",
            sequenceName = "initiative_it_reviews_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "initiative_id")
    private long initiativeId;

    @Column(name = "technical_requirements")
    private @Nullable String technicalRequirements;

    @Column(name = "hosting_needs")
    private @Nullable String hostingNeeds;

    @Enumerated(EnumType.STRING)
    private Readiness readiness;

    @Column(name = "reviewer_id")
    private long reviewerId;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    private @Nullable String note;

    @Column(name = "recorded_by")
    private long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected ItReview() {
        this.readiness = Readiness.NEEDS_WORK;
        this.reviewedOn = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
    }

    public ItReview(long initiativeId) {
        this();
        this.initiativeId = initiativeId;
    }

    /** Replaces everything; the texts are checked already (a blank one is none). */
    public void record(
            @Nullable String technicalRequirements,
            @Nullable String hostingNeeds,
            Readiness readiness,
            long reviewerId,
            LocalDate reviewedOn,
            @Nullable String note,
            long recordedBy,
            Instant recordedAt) {
        this.technicalRequirements = text(technicalRequirements);
        this.hostingNeeds = text(hostingNeeds);
        this.readiness = readiness;
        this.reviewerId = reviewerId;
        this.reviewedOn = reviewedOn;
        this.note = text(note);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    static @Nullable String text(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long initiativeId() {
        return initiativeId;
    }

    public @Nullable String technicalRequirements() {
        return technicalRequirements;
    }

    public @Nullable String hostingNeeds() {
        return hostingNeeds;
    }

    public Readiness readiness() {
        return readiness;
    }

    public long reviewerId() {
        return reviewerId;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public @Nullable String note() {
        return note;
    }

    public long recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}

package app.tandem.initiative.internal;

import app.tandem.initiative.Confidence;
import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.rules.StatusRules;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * Work a team proposes, with one accountable owner, dates, effort per team, contributors and a
 * status. {@link #define} takes what {@link InitiativeChecks} accepted; {@link #moveTo} only what
 * {@link StatusRules} allows.
 */
@Entity
@Table(name = "initiatives")
public class Initiative {

    /** How many initiatives' effort or contributors one query loads when the first of a list is read. */
    static final int BATCH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiatives_seq")
    @SequenceGenerator(name = "initiatives_seq", sequenceName = "initiatives_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String title;

    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    private InitiativeKind kind;

    @Column(name = "proposing_team_id")
    private @Nullable Long proposingTeamId;

    @Column(name = "owner_user_id")
    private long ownerUserId;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private Confidence confidence;

    @Enumerated(EnumType.STRING)
    private InitiativeStatus status;

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "initiative_efforts", joinColumns = @JoinColumn(name = "initiative_id"))
    @MapKeyColumn(name = "team_id")
    @Column(name = "person_weeks")
    private Map<Long, Double> effort = new LinkedHashMap<>();

    /** A bag: changing it rewrites the initiative's rows, which keeps a contributor without a team simple. */
    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "initiative_contributors", joinColumns = @JoinColumn(name = "initiative_id"))
    private List<Contributor> contributors = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    /** It has a landing page or form: a campaign with one needs an IT review. */
    @Column(name = "needs_web_form")
    private boolean needsWebForm;

    /** It was committed without the IT review it needs. */
    @Column(name = "it_review_skipped")
    private boolean itReviewSkipped;

    @Version
    private long version;

    protected Initiative() {
        this.title = "";
        this.kind = InitiativeKind.OTHER;
        this.startDate = LocalDate.EPOCH;
        this.dueDate = LocalDate.EPOCH;
        this.confidence = Confidence.MEDIUM;
        this.status = InitiativeStatus.PROPOSED;
        this.createdAt = Instant.EPOCH;
    }

    /** A proposed initiative; {@code input} passed {@link InitiativeChecks}. */
    public Initiative(long workspaceId, InitiativeInput input, Instant now) {
        this();
        this.workspaceId = workspaceId;
        this.createdAt = now;
        define(input);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Initiative is not saved yet");
        }
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String title() {
        return title;
    }

    public @Nullable String description() {
        return description;
    }

    public InitiativeKind kind() {
        return kind;
    }

    public @Nullable Long proposingTeamId() {
        return proposingTeamId;
    }

    public long ownerUserId() {
        return ownerUserId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Confidence confidence() {
        return confidence;
    }

    public InitiativeStatus status() {
        return status;
    }

    /** Person-weeks per team id, in the order given. */
    public Map<Long, Double> effort() {
        return Map.copyOf(effort);
    }

    public double totalPersonWeeks() {
        return effort.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public List<Contributor> contributors() {
        return List.copyOf(contributors);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public boolean needsWebForm() {
        return needsWebForm;
    }

    public boolean itReviewSkipped() {
        return itReviewSkipped;
    }

    /** Records that it is committed without the IT review it needs, so the plan can list it as a conflict. */
    public void skipItReview() {
        this.itReviewSkipped = true;
    }

    /**
     * Sets everything a person gives (not the status): {@code input} passed {@link InitiativeChecks},
     * so every required part is there. A blank description is none.
     */
    public void define(InitiativeInput input) {
        this.title = Objects.requireNonNull(input.title()).strip();
        String text = input.description() == null ? "" : input.description().strip();
        this.description = text.isEmpty() ? null : text;
        this.kind = Objects.requireNonNull(input.kind());
        this.proposingTeamId = Objects.requireNonNull(input.proposingTeamId());
        this.ownerUserId = Objects.requireNonNull(input.ownerId());
        this.startDate = Objects.requireNonNull(input.startDate());
        this.dueDate = Objects.requireNonNull(input.dueDate());
        this.confidence = input.confidence() == null ? Confidence.MEDIUM : input.confidence();
        this.needsWebForm = Boolean.TRUE.equals(input.needsWebForm());
        Map<Long, Double> newEffort = new LinkedHashMap<>();
        for (InitiativeInput.Effort e : InitiativeChecks.orEmpty(input.effort())) {
            newEffort.put(Objects.requireNonNull(e.teamId()), Objects.requireNonNull(e.personWeeks()));
        }
        if (!newEffort.equals(effort)) {
            this.effort.clear();
            this.effort.putAll(newEffort);
        }
        this.contributors.clear();
        for (InitiativeInput.Contributor c : InitiativeChecks.orEmpty(input.contributors())) {
            this.contributors.add(
                    new Contributor(Objects.requireNonNull(c.userId()), c.teamId(), Objects.requireNonNull(c.role())));
        }
    }

    /** Moves to {@code to}, which {@link StatusRules} must allow (the service says why when it does not). */
    public void moveTo(InitiativeStatus to) {
        if (StatusRules.refusal(status, to).isPresent()) {
            throw new IllegalStateException("Cannot move from " + status + " to " + to);
        }
        this.status = to;
    }
}

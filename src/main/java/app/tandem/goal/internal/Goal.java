package app.tandem.goal.internal;

import app.tandem.goal.GoalInput;
import app.tandem.goal.GoalStatus;
import app.tandem.support.InvalidInput;
import app.tandem.support.PlannedDates;
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
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A business goal several teams share, with one accountable owner; it may be a sub-goal of another. */
@Entity
@Table(name = "goals")
public class Goal {

    /** How many goals' team ids one query loads, when the first of a list is read (instead of a query per goal). */
    static final int BATCH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goals_seq")
    @SequenceGenerator(name = "goals_seq", sequenceName = "goals_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    private String title;

    private @Nullable String description;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    private GoalStatus status;

    @Column(name = "owner_user_id")
    private @Nullable Long ownerUserId;

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "goal_teams", joinColumns = @JoinColumn(name = "goal_id"))
    @Column(name = "team_id")
    private Set<Long> teamIds = new HashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Goal() {
        this.title = "";
        this.periodStart = LocalDate.EPOCH;
        this.periodEnd = LocalDate.EPOCH;
        this.status = GoalStatus.PROPOSED;
        this.createdAt = Instant.EPOCH;
    }

    public Goal(long workspaceId, GoalInput input) {
        this();
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
        define(input);
    }

    /** The version a change starts from: an edit sends it back, so a change made since is not overwritten. */
    public long version() {
        return version;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Goal is not saved yet");
        }
        return id;
    }

    long workspaceId() {
        return workspaceId;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public String title() {
        return title;
    }

    public @Nullable String description() {
        return description;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public GoalStatus status() {
        return status;
    }

    public @Nullable Long ownerUserId() {
        return ownerUserId;
    }

    public Set<Long> teamIds() {
        return Set.copyOf(teamIds);
    }

    /** Sets everything a person can change; refuses what makes no sense, naming the field. */
    public void define(GoalInput input) {
        String newTitle = input.title() == null ? "" : input.title().strip();
        if (newTitle.isEmpty() || newTitle.length() > GoalInput.TITLE_MAX) {
            throw new InvalidInput("title", "A goal's title has 1 to " + GoalInput.TITLE_MAX + " characters.");
        }
        String newDescription =
                input.description() == null ? null : input.description().strip();
        if (newDescription != null && newDescription.length() > GoalInput.DESCRIPTION_MAX) {
            throw new InvalidInput(
                    "description", "A description has at most " + GoalInput.DESCRIPTION_MAX + " characters.");
        }
        if (input.periodStart() == null) {
            throw new InvalidInput("periodStart", "Give the day the goal's period starts.");
        }
        if (input.periodEnd() == null) {
            throw new InvalidInput("periodEnd", "Give the day the goal's period ends.");
        }
        PlannedDates.check("periodStart", input.periodStart());
        PlannedDates.check("periodEnd", input.periodEnd());
        if (!input.periodEnd().isAfter(input.periodStart())) {
            throw new InvalidInput("periodEnd", "The period ends after it starts.");
        }
        if (input.parentId() != null && id != null && input.parentId().equals(id)) {
            throw new InvalidInput("parentId", "A goal cannot be its own parent.");
        }
        this.title = newTitle;
        this.description = newDescription == null || newDescription.isEmpty() ? null : newDescription;
        this.periodStart = input.periodStart();
        this.periodEnd = input.periodEnd();
        this.status = input.status() == null ? GoalStatus.ACTIVE : input.status();
        this.parentId = input.parentId();
        this.ownerUserId = input.ownerId();
        this.teamIds.clear();
        if (input.teamIds() != null) {
            this.teamIds.addAll(input.teamIds());
        }
    }

    /** Becomes a top-level goal, when its parent is deleted. */
    public void detachFromParent() {
        this.parentId = null;
    }
}

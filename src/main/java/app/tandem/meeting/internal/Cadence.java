package app.tandem.meeting.internal;

import app.tandem.meeting.Frequency;
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
import java.time.LocalTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** How often a workspace (or one business goal's people) meets, from which day, when and where. */
@Entity
@Table(name = "checkin_cadences")
public class Cadence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checkin_cadences_seq")
    @SequenceGenerator(name = "checkin_cadences_seq", sequenceName = "checkin_cadences_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "goal_id")
    private @Nullable Long goalId;

    /** The team whose meeting it is: the goal's first owning team, for a check-in per goal. */
    @Column(name = "host_team_id")
    private @Nullable Long hostTeamId;

    private String title;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    @Column(name = "first_date")
    private LocalDate firstDate;

    /** The occurrence number {@link #firstDate} belongs to: 0, or where a changed rhythm starts. */
    @Column(name = "first_occurrence")
    private int firstOccurrence;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    private @Nullable String place;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Cadence() {
        this.title = "";
        this.frequency = Frequency.MONTHLY;
        this.firstDate = LocalDate.EPOCH;
        this.startTime = LocalTime.MIDNIGHT;
        this.timeZone = "UTC";
        this.createdAt = Instant.EPOCH;
    }

    public Cadence(
            long workspaceId,
            @Nullable Long goalId,
            @Nullable Long hostTeamId,
            Frequency frequency,
            LocalDate firstDate,
            String title,
            LocalTime startTime,
            int durationMinutes,
            @Nullable String place,
            String timeZone,
            Instant now) {
        this();
        this.workspaceId = workspaceId;
        this.goalId = goalId;
        this.hostTeamId = hostTeamId;
        this.frequency = frequency;
        this.firstDate = firstDate;
        this.createdAt = now;
        define(title, startTime, durationMinutes, place, timeZone);
    }

    /** Changes what the cadence's check-ins to come are like; its dates stay generated as they were. */
    public void define(
            String title, LocalTime startTime, int durationMinutes, @Nullable String place, String timeZone) {
        this.title = title;
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.timeZone = timeZone;
    }

    /**
     * Starts a new rhythm: from {@code firstDate}, {@code frequency}, its first check-in numbered
     * {@code firstOccurrence} (after every check-in made so far).
     */
    public void rhythm(Frequency frequency, LocalDate firstDate, int firstOccurrence) {
        this.frequency = frequency;
        this.firstDate = firstDate;
        this.firstOccurrence = firstOccurrence;
    }

    /** The business goal its check-ins are about (null: the whole workspace) and the team that hosts them. */
    public void aim(@Nullable Long goalId, @Nullable Long hostTeamId) {
        this.goalId = goalId;
        this.hostTeamId = hostTeamId;
    }

    public int firstOccurrence() {
        return firstOccurrence;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long workspaceId() {
        return workspaceId;
    }

    public @Nullable Long goalId() {
        return goalId;
    }

    public @Nullable Long hostTeamId() {
        return hostTeamId;
    }

    public String title() {
        return title;
    }

    public Frequency frequency() {
        return frequency;
    }

    public LocalDate firstDate() {
        return firstDate;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public @Nullable String place() {
        return place;
    }

    public String timeZone() {
        return timeZone;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

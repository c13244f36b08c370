package app.tandem.meeting.internal;

import app.tandem.meeting.CheckInState;
import app.tandem.meeting.rules.CalendarChange;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One check-in of a cadence: occurrence {@code occurrence} of its dates, moved or cancelled by
 * people. Its {@link #uid()} never changes; its {@link #sequence()} is raised as {@link
 * CalendarChange} says, so a calendar that has it knows when to update it.
 */
@Entity
@Table(name = "check_ins")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_ins_seq")
    @SequenceGenerator(name = "check_ins_seq", sequenceName = "check_ins_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "cadence_id")
    private long cadenceId;

    private int occurrence;

    private String uid;

    @Column(name = "sequence_number")
    private int sequence;

    @Column(name = "starts_on")
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "starts_at")
    private Instant startsAt;

    private @Nullable String place;

    @Enumerated(EnumType.STRING)
    private CheckInState state;

    /** People moved it one by one: a change of its cadence leaves it as they put it. */
    private boolean moved;

    /** Cancelled because its cadence took a new rhythm: left out of the list, still in calendars. */
    private boolean superseded;

    @Column(name = "agenda_generated_at")
    private @Nullable Instant agendaGeneratedAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "check_in_attendees", joinColumns = @JoinColumn(name = "check_in_id"))
    @Column(name = "user_id")
    private Set<Long> attendees = new LinkedHashSet<>();

    /** The teams the attendees were in when their attendance was recorded. */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "check_in_attendee_teams", joinColumns = @JoinColumn(name = "check_in_id"))
    @Column(name = "team_id")
    private Set<Long> attendeeTeams = new LinkedHashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected CheckIn() {
        this.uid = "";
        this.date = LocalDate.EPOCH;
        this.startTime = LocalTime.MIDNIGHT;
        this.startsAt = Instant.EPOCH;
        this.state = CheckInState.SCHEDULED;
        this.createdAt = Instant.EPOCH;
    }

    /** Occurrence {@code occurrence} of {@code cadence}, on {@code date}, as the cadence says. */
    public CheckIn(Cadence cadence, int occurrence, LocalDate date, String host, Instant now) {
        this();
        this.workspaceId = cadence.workspaceId();
        this.cadenceId = cadence.id();
        this.occurrence = occurrence;
        this.uid = UUID.randomUUID() + "@" + host;
        this.createdAt = now;
        place(date, cadence.startTime(), cadence.durationMinutes(), cadence.place(), ZoneId.of(cadence.timeZone()));
    }

    /**
     * Moves it (people did): SEQUENCE raised when the instant it starts, its duration or its place
     * changed. {@code durationMinutes} is the time it lasts, which a day the clocks change makes
     * other than its local end minus its local start.
     */
    public void move(LocalDate date, LocalTime start, int durationMinutes, @Nullable String place, ZoneId zone) {
        this.moved = true;
        reschedule(date, start, durationMinutes, place, zone);
    }

    /**
     * Follows its cadence's time, place and time zone, if it is scheduled: one people did not move
     * takes the cadence's start time, duration and place on its day (SEQUENCE raised when that makes
     * it start at another instant: a new time zone does); one they moved, or one cancelled, keeps the
     * instant it starts, its day and time now said in the cadence's time zone.
     */
    public void follow(Cadence cadence) {
        ZoneId zone = ZoneId.of(cadence.timeZone());
        if (!moved && state == CheckInState.SCHEDULED) {
            reschedule(date, cadence.startTime(), cadence.durationMinutes(), cadence.place(), zone);
        } else {
            keepInstant(zone);
        }
    }

    /**
     * Says its day and time in {@code zone}, keeping the instant it starts (a check-in held, moved or
     * cancelled, when its cadence's time zone changes): calendars have it right as it is, and the page
     * shows the same instant.
     */
    public void keepInstant(ZoneId zone) {
        ZonedDateTime at = startsAt.atZone(zone);
        this.date = at.toLocalDate();
        this.startTime = at.toLocalTime();
    }

    private void reschedule(LocalDate date, LocalTime start, int durationMinutes, @Nullable String place, ZoneId zone) {
        Instant before = startsAt;
        @Nullable String placeBefore = this.place;
        int durationBefore = this.durationMinutes;
        place(date, start, durationMinutes, place, zone);
        this.sequence = CalendarChange.sequenceAfter(
                sequence,
                new CalendarChange.Slot(before, durationBefore, placeBefore),
                new CalendarChange.Slot(startsAt, this.durationMinutes, this.place));
    }

    /**
     * Its day and time in {@code zone}; a time the clocks skip that day (people's are refused before,
     * a cadence's may fall in one) is taken as java.time does, an hour later, and kept so: the page
     * and calendars show the same time. A time the clocks show twice that day (refused too when a
     * person gives it) is taken at its first, before the clocks go back, as java.time does.
     */
    private void place(LocalDate date, LocalTime start, int durationMinutes, @Nullable String place, ZoneId zone) {
        ZonedDateTime at = date.atTime(start).atZone(zone);
        this.date = at.toLocalDate();
        this.startTime = at.toLocalTime();
        this.durationMinutes = durationMinutes;
        this.place = CalendarChange.place(place);
        this.startsAt = at.toInstant();
    }

    /** Cancels it: it stays listed, as cancelled, and calendars are told (SEQUENCE raised once). */
    public void cancel() {
        this.sequence = CalendarChange.sequenceAfterCancel(sequence, state == CheckInState.CANCELLED);
        this.state = CheckInState.CANCELLED;
    }

    /** Who attended, and the teams they are in now. */
    public void attendedBy(Collection<Long> userIds, Collection<Long> teamIds) {
        attendees.clear();
        attendees.addAll(userIds);
        attendeeTeams.clear();
        attendeeTeams.addAll(teamIds);
    }

    public Set<Long> attendeeTeams() {
        return Set.copyOf(attendeeTeams);
    }

    public void agendaGenerated(Instant at) {
        this.agendaGeneratedAt = at;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long cadenceId() {
        return cadenceId;
    }

    public int occurrence() {
        return occurrence;
    }

    public String uid() {
        return uid;
    }

    public int sequence() {
        return sequence;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public @Nullable String place() {
        return place;
    }

    public CheckInState state() {
        return state;
    }

    /** People moved it one by one: it keeps its own date and time when its cadence changes. */
    public boolean moved() {
        return moved;
    }

    /** Cancels it because its cadence took a new rhythm: a date that no longer exists, not a meeting called off. */
    public void supersede() {
        cancel();
        this.superseded = true;
    }

    public boolean cancelled() {
        return state == CheckInState.CANCELLED;
    }

    public @Nullable Instant agendaGeneratedAt() {
        return agendaGeneratedAt;
    }

    public Set<Long> attendees() {
        return Set.copyOf(attendees);
    }

    public long version() {
        return version;
    }
}

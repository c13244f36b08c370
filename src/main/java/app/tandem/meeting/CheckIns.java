package app.tandem.meeting;

import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.meeting.agenda.AgendaEntry;
import app.tandem.meeting.agenda.AgendaSection;
import app.tandem.meeting.agenda.Agendas;
import app.tandem.meeting.internal.ActionItem;
import app.tandem.meeting.internal.ActionItemRepository;
import app.tandem.meeting.internal.AgendaItem;
import app.tandem.meeting.internal.AgendaItemRepository;
import app.tandem.meeting.internal.Cadence;
import app.tandem.meeting.internal.CadenceRepository;
import app.tandem.meeting.internal.CheckIn;
import app.tandem.meeting.internal.CheckInRepository;
import app.tandem.meeting.internal.Decision;
import app.tandem.meeting.internal.DecisionRepository;
import app.tandem.meeting.internal.MeetingDirectory;
import app.tandem.meeting.rules.AgendaMerge;
import app.tandem.meeting.rules.CadenceDates;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DayWords;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import app.tandem.support.TimeZones;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins of a workspace: cadences with their generated dates, each check-in moved or cancelled
 * one by one, and its agenda, generated from what changed since the check-in before ({@link Agendas})
 * plus the decisions due and the overdue action items, then reordered, completed and trimmed by
 * people. Every method checks the acting person's role first (viewers read, members and admins
 * change); another workspace's check-in answers {@link CheckInNotFound}, and an id of another
 * workspace in what a person gives is refused naming the field. Minutes are {@link Minutes}'.
 */
@Service
@Transactional(readOnly = true)
public class CheckIns {

    /** The most cadences a workspace keeps. */
    public static final int MAX_CADENCES = 20;

    /** The earliest first date of a cadence (one that began before Tandem was used keeps its rhythm). */
    static final LocalDate FIRST_DATE_MIN = LocalDate.of(2000, 1, 1);

    /** How far ahead a cadence may start, in years: its check-ins' dates stay dates a calendar reads. */
    static final int FIRST_DATE_YEARS_AHEAD = 5;

    /** The most items an agenda holds, people's included. */
    public static final int MAX_AGENDA_ITEMS = 200;

    /** The most decisions due, and overdue action items, an agenda lists each. */
    static final int OWN_ENTRIES_MAX = 30;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Workspaces workspaces;
    private final CadenceRepository cadences;
    private final CheckInRepository checkIns;
    private final AgendaItemRepository agendaItems;
    private final DecisionRepository decisions;
    private final ActionItemRepository actionItems;
    private final MeetingDirectory directory;
    private final Goals goals;
    private final Agendas agendas;
    private final Minutes minutes;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CheckIns(
            Workspaces workspaces,
            CadenceRepository cadences,
            CheckInRepository checkIns,
            AgendaItemRepository agendaItems,
            DecisionRepository decisions,
            ActionItemRepository actionItems,
            MeetingDirectory directory,
            Goals goals,
            Agendas agendas,
            Minutes minutes,
            ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.cadences = cadences;
        this.checkIns = checkIns;
        this.agendaItems = agendaItems;
        this.decisions = decisions;
        this.actionItems = actionItems;
        this.directory = directory;
        this.goals = goals;
        this.agendas = agendas;
        this.minutes = minutes;
        this.events = events;
    }

    // ---- cadences ------------------------------------------------------------------------------

    /** The workspace's cadences, oldest first (at most {@link #MAX_CADENCES}). */
    public List<CadenceView> cadences(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Map<Long, String> goalNames = goalNames(context);
        return cadences.findByWorkspaceIdOrderByIdAsc(context.id()).stream()
                .map(c -> view(c, goalNames))
                .toList();
    }

    public CadenceView cadence(String slug, long userId, long cadenceId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return view(cadence(context, cadenceId), goalNames(context));
    }

    /**
     * Starts a cadence and generates its next {@link CadenceDates#AHEAD} check-ins. Its first check-in
     * is one to come (a first date that has passed, or today at a time that has, is refused naming
     * {@code firstDate}: a check-in shown as held would never have taken place); a monthly one's first
     * date is a weekday (a Saturday or Sunday is refused naming {@code firstDate}, with the nearest
     * weekday of its month, where the later dates move too). Every wrong field is refused at once.
     */
    @Transactional
    public CadenceView createCadence(String slug, long userId, CadenceInput input) {
        return create(slug, userId, input, false);
    }

    /**
     * Starts a cadence that a team began before Tandem, with the check-in just held, so that its
     * minutes can be written: Budgetly's ({@code DemoCheckIns}). Its first date may have passed (no
     * more than a period ago, or that check-in is not made); a monthly one on a weekend moves to the
     * nearest weekday of its month. People start cadences with {@link #createCadence}.
     */
    @Transactional
    public CadenceView createCadenceHeldBefore(String slug, long userId, CadenceInput input) {
        return create(slug, userId, input, true);
    }

    private CadenceView create(String slug, long userId, CadenceInput input, boolean heldBefore) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        List<GoalView> all = goals.all(context);
        Map<Long, String> goalNames = all.stream().collect(Collectors.toMap(GoalView::id, GoalView::title));
        Checked checked = check(input, goalNames, true, heldBefore ? null : Rhythm.STARTS);
        Long hostTeam = hostTeam(all, input.goalId());
        // (counted while the workspace is held: eight at once made 21 of at most 20, an API probe)
        workspaces.holdWorkspace(context);
        if (cadences.countByWorkspaceId(context.id()) >= MAX_CADENCES) {
            throw new InvalidInput(
                    "title", "A workspace keeps at most " + MAX_CADENCES + " cadences; change one that is there.");
        }
        Cadence cadence = cadences.save(new Cadence(
                context.id(),
                input.goalId(),
                hostTeam,
                input.frequency(),
                heldBefore
                        ? CadenceDates.occurrence(
                                Objects.requireNonNull(input.frequency()), Objects.requireNonNull(input.firstDate()), 0)
                        : input.firstDate(),
                checked.title(),
                input.startTime(),
                input.durationMinutes(),
                checked.place(),
                checked.zone().getId(),
                clock.instant()));
        keepAhead(cadence);
        return view(cadence, goalNames);
    }

    /**
     * Changes a cadence: its title, time, duration, place and time zone, which its check-ins to come
     * that people did not move one by one follow (their SEQUENCE raised when their time or place
     * changed); the business goal it is about (null: the whole workspace), which the agendas to
     * come follow; and its rhythm. A new frequency or first date starts a new rhythm on that date
     * (today or later): the check-ins to come that were not moved are cancelled (calendars are told)
     * and the new dates are made; the check-ins held keep their dates and minutes. A frequency or
     * first date left out keeps the one there. {@code startedFrom} is the version the change was
     * made on (409 when it changed since).
     */
    @Transactional
    public CadenceView updateCadence(String slug, long userId, long cadenceId, CadenceInput input, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Cadence cadence = cadence(context, cadenceId);
        ConcurrentChange.check("this cadence", startedFrom, cadence.version());
        List<GoalView> all = goals.all(context);
        Map<Long, String> goalNames = all.stream().collect(Collectors.toMap(GoalView::id, GoalView::title));
        Frequency frequency = Objects.requireNonNullElse(input.frequency(), cadence.frequency());
        LocalDate firstDate = Objects.requireNonNullElse(input.firstDate(), cadence.firstDate());
        boolean newRhythm = frequency != cadence.frequency() || !firstDate.equals(cadence.firstDate());
        Checked checked = check(
                new CadenceInput(
                        input.title(),
                        input.goalId(),
                        frequency,
                        firstDate,
                        input.startTime(),
                        input.durationMinutes(),
                        input.place(),
                        input.timeZone()),
                goalNames,
                false,
                newRhythm ? Rhythm.CHANGES : null);
        if (input.goalId() != null && !goalNames.containsKey(input.goalId())) {
            throw new InvalidInput("goalId", "No business goal " + input.goalId() + " in this workspace.");
        }
        cadence.define(
                checked.title(),
                input.startTime(),
                input.durationMinutes(),
                checked.place(),
                checked.zone().getId());
        cadence.aim(input.goalId(), hostTeam(all, input.goalId()));
        Instant now = clock.instant();
        ZoneId zone = checked.zone();
        for (CheckIn checkIn : checkIns.findByCadenceIdOrderByOccurrenceAsc(cadence.id())) {
            if (checkIn.startsAt().isBefore(now)) {
                // held: it stays at the instant it took place, said in the cadence's time zone
                checkIn.keepInstant(zone);
            } else if (newRhythm && !checkIn.moved() && !checkIn.cancelled()) {
                checkIn.supersede();
                checkIn.keepInstant(zone);
            } else {
                checkIn.follow(cadence);
            }
        }
        if (newRhythm) {
            cadence.rhythm(
                    frequency, firstDate, checkIns.lastOccurrence(cadence.id()).orElse(-1) + 1);
        }
        try {
            cadences.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this cadence", cadence.version());
        }
        keepAhead(cadence);
        return view(cadence, goalNames);
    }

    /** The team that hosts a goal's check-ins: the goal's first team; none for the whole workspace. */
    private static @Nullable Long hostTeam(List<GoalView> goals, @Nullable Long goalId) {
        return goals.stream()
                .filter(g -> goalId != null && g.id() == goalId)
                .flatMap(g -> g.teamIds().stream())
                .findFirst()
                .orElse(null);
    }

    private record Checked(String title, @Nullable String place, ZoneId zone) {}

    /** Whose first date is checked as a rhythm's: a cadence's that starts, or a new rhythm's. */
    private enum Rhythm {
        STARTS,
        CHANGES
    }

    /**
     * Checks every field at once; with {@code rhythm}, the first date too as the first check-in to come
     * (today or later, and not at a time of today that has passed) and, monthly, a weekday.
     */
    private Checked check(CadenceInput input, Map<Long, String> goalNames, boolean creating, @Nullable Rhythm rhythm) {
        String title = input.title() == null ? "" : input.title().strip();
        String place = input.place() == null || input.place().isBlank()
                ? null
                : input.place().strip();
        ZoneId[] zone = {ZoneId.of("UTC")};
        InvalidInputs.checks()
                .check(() -> {
                    if (title.isEmpty()) {
                        throw new InvalidInput("title", "Give the check-ins a name, such as “Monthly check-in”.");
                    }
                    if (title.length() > CadenceInput.TITLE_MAX) {
                        throw new InvalidInput(
                                "title", "Keep the name to " + CadenceInput.TITLE_MAX + " characters or fewer.");
                    }
                })
                .check(() -> {
                    if (creating && input.goalId() != null && !goalNames.containsKey(input.goalId())) {
                        throw new InvalidInput("goalId", "No business goal " + input.goalId() + " in this workspace.");
                    }
                })
                .check(() -> {
                    if (creating && input.frequency() == null) {
                        throw new InvalidInput("frequency", "Choose how often: monthly or every two weeks.");
                    }
                })
                .check(() -> {
                    if (creating && input.firstDate() == null) {
                        throw new InvalidInput("firstDate", "Give the date of the first check-in.");
                    }
                    LocalDate today = LocalDate.now(clock);
                    if (input.firstDate() != null
                            && (input.firstDate().isBefore(FIRST_DATE_MIN)
                                    || input.firstDate().isAfter(today.plusYears(FIRST_DATE_YEARS_AHEAD)))) {
                        throw new InvalidInput(
                                "firstDate",
                                "Give a first date from 1 Jan 2000 to "
                                        + DayWords.of(today.plusYears(FIRST_DATE_YEARS_AHEAD))
                                        + " (five years ahead).");
                    }
                    if (rhythm != null && input.firstDate() != null) {
                        firstCheckIn(rhythm, input.frequency(), input.firstDate(), input.startTime(), input.timeZone());
                    }
                })
                .check(() -> {
                    if (input.startTime() == null) {
                        throw new InvalidInput("startTime", "Give the time it starts, such as 10:00.");
                    }
                })
                .check(() -> {
                    if (input.durationMinutes() == null) {
                        throw new InvalidInput("durationMinutes", "Give how long it lasts, in minutes.");
                    }
                    if (input.durationMinutes() <= 0) {
                        throw new InvalidInput(
                                "durationMinutes",
                                "It must last at least a minute; " + input.durationMinutes()
                                        + " would end before it starts.");
                    }
                    if (input.durationMinutes() > CadenceInput.DURATION_MAX) {
                        throw new InvalidInput("durationMinutes", "A check-in lasts a day at most (1440 minutes).");
                    }
                })
                .check(() -> {
                    if (place != null && place.length() > CadenceInput.PLACE_MAX) {
                        throw new InvalidInput(
                                "place", "Keep the place to " + CadenceInput.PLACE_MAX + " characters or fewer.");
                    }
                })
                .check(() -> {
                    if (input.timeZone() != null && !input.timeZone().isBlank()) {
                        try {
                            zone[0] = TimeZones.named(input.timeZone().strip());
                        } catch (DateTimeException e) {
                            throw new InvalidInput(
                                    "timeZone",
                                    "“" + input.timeZone().strip()
                                            + "” is no time zone; give one such as Europe/Berlin.");
                        }
                    }
                })
                .done();
        return new Checked(title, place, zone[0]);
    }

    /**
     * Refuses, naming {@code firstDate}, a first check-in that would have taken place (a day that
     * passed in the cadence's time zone, or today at a time that passed: it would be listed as held)
     * and a monthly first date on a Saturday or Sunday (the later dates move to the nearest weekday
     * of their month, and so must the first: it is named).
     */
    private void firstCheckIn(
            Rhythm rhythm,
            @Nullable Frequency frequency,
            LocalDate firstDate,
            @Nullable LocalTime startTime,
            @Nullable String timeZone) {
        ZoneId zone;
        try {
            zone = timeZone == null || timeZone.isBlank() ? ZoneId.of("UTC") : TimeZones.named(timeZone.strip());
        } catch (DateTimeException e) {
            zone = ZoneId.of("UTC"); // the time zone is refused by its own check
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String held = rhythm == Rhythm.STARTS
                ? " Check-ins are set up from today on; a check-in listed as held would never have taken place."
                : " The check-ins held keep their dates.";
        if (firstDate.isBefore(today)) {
            throw new InvalidInput(
                    "firstDate",
                    (rhythm == Rhythm.STARTS
                                    ? "The first check-in is one to come"
                                    : "A new rhythm starts today or later")
                            + ": " + DayWords.of(firstDate) + " has passed in " + zone.getId() + "." + held);
        }
        if (firstDate.equals(today)
                && startTime != null
                && !firstDate.atTime(startTime).atZone(zone).toInstant().isAfter(clock.instant())) {
            throw new InvalidInput(
                    "firstDate",
                    "Today at " + toMinute(startTime) + " (" + zone.getId()
                            + ") has passed: start the check-ins on a day to come, or later today." + held);
        }
        if (frequency == Frequency.MONTHLY
                && (firstDate.getDayOfWeek() == DayOfWeek.SATURDAY || firstDate.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            LocalDate weekday = CadenceDates.nearestWeekday(firstDate);
            throw new InvalidInput(
                    "firstDate",
                    DayWords.of(firstDate) + " is a "
                            + firstDate.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + ": monthly check-ins are held on weekdays, a date on a weekend moving to the nearest"
                            + " weekday of its month. Start on "
                            + weekday.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + " " + DayWords.of(weekday) + " instead.");
        }
    }

    /** Creates the cadence's check-ins that keep {@link CadenceDates#AHEAD} ahead of today. */
    private void keepAhead(Cadence cadence) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(cadence.timeZone())));
        // occurrences are numbered across rhythms; the dates count from the rhythm's first occurrence
        int base = cadence.firstOccurrence();
        int last = checkIns.lastOccurrence(cadence.id()).orElse(-1);
        Instant now = clock.instant();
        for (int n : CadenceDates.after(cadence.frequency(), cadence.firstDate(), Math.max(-1, last - base), today)) {
            CheckIn checkIn = checkIns.save(new CheckIn(
                    cadence,
                    base + n,
                    CadenceDates.occurrence(cadence.frequency(), cadence.firstDate(), n),
                    "tandem",
                    now));
            events.publishEvent(new CheckInScheduled(
                    cadence.workspaceId(), checkIn.id(), cadence.id(), cadence.title(), checkIn.startsAt()));
        }
    }

    /**
     * Tops up every cadence of the workspace so it keeps {@link CadenceDates#AHEAD} check-ins ahead,
     * as time passes; nothing for a viewer (they read what is there).
     */
    @Transactional
    public void keepAhead(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        if (!context.canChange()) {
            return;
        }
        cadences.findByWorkspaceIdOrderByIdAsc(context.id()).forEach(this::keepAhead);
    }

    /** Every cadence's id, for {@link KeepAheadJob}. */
    List<Long> allCadences() {
        return cadences.allIds();
    }

    /** Tops up one cadence, in a transaction of its own (the caller is {@link KeepAheadJob}). */
    @Transactional
    void keepAhead(long cadenceId) {
        cadences.findById(cadenceId).ifPresent(this::keepAhead);
    }

    // ---- check-ins -----------------------------------------------------------------------------

    /**
     * The workspace's check-ins by start, cancelled ones too (marked), a page at a time; from {@code
     * from} on when given (upcoming ones: from now). The dates a cadence's new rhythm replaced are left
     * out ({@link #forCalendars} has them).
     */
    public Page<CheckInSummary> list(String slug, long userId, @Nullable Instant from, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Page<CheckIn> page = from == null
                ? checkIns.findByWorkspaceIdAndSupersededFalseOrderByStartsAtAscIdAsc(context.id(), pageable)
                : checkIns.findByWorkspaceIdAndSupersededFalseAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
                        context.id(), from, pageable);
        return summaries(context, page);
    }

    /**
     * The workspace's check-ins from {@code from} on, by start, for calendar apps: with the dates a new
     * rhythm replaced, which the apps must be told are cancelled.
     */
    public Page<CheckInSummary> forCalendars(String slug, long userId, Instant from, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return summaries(
                context,
                checkIns.findByWorkspaceIdAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
                        context.id(), from, pageable));
    }

    private Page<CheckInSummary> summaries(WorkspaceContext context, Page<CheckIn> page) {
        Map<Long, Cadence> byId = cadencesById(context);
        Map<Long, String> goalNames = goalNames(context);
        return page.map(c -> summary(c, byId.get(c.cadenceId()), goalNames));
    }

    public CheckInView get(String slug, long userId, long checkInId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return view(context, checkIn(context, checkInId));
    }

    /**
     * A check-in as its page opens it: the next check-in of its cadence gets its agenda generated on
     * first open by someone who may change the workspace.
     */
    @Transactional
    public CheckInView open(String slug, long userId, long checkInId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        CheckIn checkIn = checkIn(context, checkInId);
        if (context.canChange() && checkIn.agendaGeneratedAt() == null && !checkIn.cancelled()) {
            boolean next = checkIns.findFirstByCadenceIdAndStateAndStartsAtGreaterThanEqualOrderByStartsAtAsc(
                            checkIn.cadenceId(), CheckInState.SCHEDULED, clock.instant())
                    .map(c -> c.id() == checkIn.id())
                    .orElse(false);
            if (next) {
                generate(context, checkIn);
            }
        }
        return view(context, checkIn);
    }

    /**
     * Moves one check-in: its day, start and end in its cadence's time zone, its place. Its SEQUENCE is
     * raised when its time or place changed; its UID stays. One that took place is not moved
     * ({@link CheckInHeld}: its minutes belong to that meeting, and its start is the "since" of the next
     * agenda); a start that has passed is refused naming {@code date}, and a start or end the clocks
     * skip that day (summer time begins) naming {@code startTime} or {@code endTime}. {@code
     * startedFrom} is the version the change was made on.
     */
    @Transactional
    public CheckInSummary edit(String slug, long userId, long checkInId, CheckInEdit edit, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = checkIn(context, checkInId);
        ConcurrentChange.check("this check-in", startedFrom, checkIn.version());
        if (checkIn.cancelled()) {
            throw new CheckInCancelled();
        }
        Cadence cadence = cadences.findById(checkIn.cadenceId()).orElseThrow();
        ZoneId zone = ZoneId.of(cadence.timeZone());
        Instant now = clock.instant();
        if (!checkIn.startsAt().isAfter(now)) {
            throw CheckInHeld.notMoved(checkIn.startsAt().atZone(zone).toLocalDate());
        }
        String place = edit.place() == null || edit.place().isBlank()
                ? null
                : edit.place().strip();
        InvalidInputs.checks()
                .check(() -> {
                    if (edit.date() == null) {
                        throw new InvalidInput("date", "Give the day of the check-in.");
                    }
                    PlannedDates.check("date", edit.date());
                })
                .check(() -> {
                    if (edit.startTime() == null) {
                        throw new InvalidInput("startTime", "Give the time it starts.");
                    }
                    if (edit.date() != null) {
                        exists("startTime", edit.date(), toMinute(edit.startTime()), zone);
                    }
                })
                .check(() -> {
                    if (edit.endTime() == null) {
                        throw new InvalidInput("endTime", "Give the time it ends.");
                    }
                    // to the minute, as a check-in is kept: 10:00:50 is 10:00
                    if (edit.startTime() != null && !toMinute(edit.endTime()).isAfter(toMinute(edit.startTime()))) {
                        throw new InvalidInput(
                                "endTime",
                                "It ends at " + toMinute(edit.endTime()) + ", which is not after it starts at "
                                        + toMinute(edit.startTime()) + ".");
                    }
                    if (edit.date() != null) {
                        exists("endTime", edit.date(), toMinute(edit.endTime()), zone);
                    }
                })
                .check(() -> {
                    if (place != null && place.length() > CadenceInput.PLACE_MAX) {
                        throw new InvalidInput(
                                "place", "Keep the place to " + CadenceInput.PLACE_MAX + " characters or fewer.");
                    }
                })
                .done();
        LocalDate date = Objects.requireNonNull(edit.date());
        LocalTime starts = toMinute(Objects.requireNonNull(edit.startTime()));
        Instant startsAt = date.atTime(starts).atZone(zone).toInstant();
        // the minutes it lasts, which a day the clocks change makes other than its end minus its start
        int minutes = (int) Duration.between(
                        startsAt,
                        date.atTime(toMinute(Objects.requireNonNull(edit.endTime())))
                                .atZone(zone)
                                .toInstant())
                .toMinutes();
        if (!startsAt.isAfter(now)) {
            throw new InvalidInput(
                    "date",
                    DayWords.of(date) + " at " + starts + " (" + zone.getId()
                            + ") has passed: a check-in is moved to a time to come.");
        }
        checkIn.move(date, starts, minutes, place, zone);
        flush(checkIn);
        return summary(checkIn, cadence, goalNames(context));
    }

    /**
     * Refuses, naming {@code field}, a time that {@code zone}'s clocks skip on {@code date}, or that they
     * show twice (when they go back): which of the two a person meant cannot be told, and the page, which
     * says the time as the clocks show it, could not tell the attendees either.
     */
    private static void exists(String field, LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime at = date.atTime(time);
        ZoneOffsetTransition change = zone.getRules().getTransition(at);
        if (change != null && change.isGap()) {
            throw new InvalidInput(
                    field,
                    "There is no " + time + " on " + DayWords.of(date) + " in " + zone.getId()
                            + ": the clocks go forward"
                            + " from " + change.getDateTimeBefore().toLocalTime() + " to "
                            + change.getDateTimeAfter().toLocalTime() + " then. Give a time before or after.");
        }
        if (change != null && change.isOverlap()) {
            LocalTime back = change.getDateTimeAfter().toLocalTime();
            LocalTime from = change.getDateTimeBefore().toLocalTime();
            throw new InvalidInput(
                    field,
                    time + " comes twice on " + DayWords.of(date) + " in " + zone.getId() + ": the clocks go back"
                            + " from " + from + " to " + back + " then. Give a time before " + back + " or from "
                            + from + ".");
        }
    }

    private static LocalTime toMinute(LocalTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * Cancels a check-in: it stays listed as cancelled, and calendars are told (SEQUENCE raised). One
     * that took place is not cancelled ({@link CheckInHeld}, as it is not moved); one cancelled already
     * stays as it is.
     */
    @Transactional
    public CheckInSummary cancel(String slug, long userId, long checkInId, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = checkIn(context, checkInId);
        ConcurrentChange.check("this check-in", startedFrom, checkIn.version());
        Cadence cadence = cadences.findById(checkIn.cadenceId()).orElseThrow();
        if (!checkIn.cancelled() && !checkIn.startsAt().isAfter(clock.instant())) {
            throw CheckInHeld.notCancelled(
                    checkIn.startsAt().atZone(ZoneId.of(cadence.timeZone())).toLocalDate());
        }
        checkIn.cancel();
        flush(checkIn);
        return summary(checkIn, cadence, goalNames(context));
    }

    // ---- agenda --------------------------------------------------------------------------------

    /**
     * Generates the check-in's agenda again from what changed since the check-in before (or, for the
     * first, in the period before it): items people added stay, items they removed stay removed.
     */
    @Transactional
    public CheckInView generateAgenda(String slug, long userId, long checkInId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = checkIn(context, checkInId);
        if (checkIn.cancelled()) {
            throw new CheckInCancelled();
        }
        generate(context, checkIn);
        return view(context, checkIn);
    }

    private void generate(WorkspaceContext context, CheckIn checkIn) {
        Cadence cadence = cadences.findById(checkIn.cadenceId()).orElseThrow();
        List<AgendaEntry> fresh = new ArrayList<>();
        fresh.addAll(agendas.changesSince(context, since(cadence, checkIn), checkIn.date(), cadence.goalId()));
        fresh.addAll(ownEntries(context, checkIn));
        List<AgendaItem> items = agendaItems.findByCheckInIdOrderByPositionAscIdAsc(checkIn.id());
        Map<Long, AgendaItem> byId = items.stream().collect(Collectors.toMap(AgendaItem::id, i -> i));
        AgendaMerge.Result merged = AgendaMerge.merge(
                items.stream()
                        .map(i -> new AgendaMerge.Existing(i.id(), i.key(), i.removed()))
                        .toList(),
                fresh);
        agendaItems.deleteAllById(merged.deleted());
        int position = 0;
        for (AgendaMerge.Place place : merged.order()) {
            if (position >= MAX_AGENDA_ITEMS) {
                break;
            }
            if (place.id() == null) {
                agendaItems.save(AgendaItem.generated(checkIn.id(), place.entry(), position));
            } else {
                AgendaItem item = byId.get(place.id());
                if (place.entry() != null) {
                    item.refresh(place.entry());
                }
                item.moveTo(position);
            }
            position++;
        }
        checkIn.agendaGenerated(clock.instant());
    }

    /** The start of the period an agenda covers: the check-in held before, or one period before this one. */
    private Instant since(Cadence cadence, CheckIn checkIn) {
        return checkIns.findFirstByCadenceIdAndStateAndStartsAtLessThanOrderByStartsAtDesc(
                        cadence.id(), CheckInState.SCHEDULED, checkIn.startsAt())
                .map(CheckIn::startsAt)
                .orElseGet(() -> {
                    ZoneId zone = ZoneId.of(cadence.timeZone());
                    LocalDate before = switch (cadence.frequency()) {
                        case MONTHLY -> checkIn.date().minusMonths(1);
                        case EVERY_TWO_WEEKS -> checkIn.date().minusDays(14);
                    };
                    return before.atTime(checkIn.startTime()).atZone(zone).toInstant();
                });
    }

    /** Decisions due by the check-in that are not made yet, and action items overdue on its day. */
    private List<AgendaEntry> ownEntries(WorkspaceContext context, CheckIn checkIn) {
        List<AgendaEntry> entries = new ArrayList<>();
        for (Decision decision : decisions.findByWorkspaceIdAndStateAndDueLessThanOrderByDueAscIdAsc(
                context.id(), DecisionState.DUE, checkIn.date().plusDays(1), PageRequest.of(0, OWN_ENTRIES_MAX))) {
            entries.add(new AgendaEntry(
                    AgendaSection.DECISIONS_DUE,
                    decision.what(),
                    "Due " + DAY.format(decision.due()),
                    path(context, decision.checkInId()) + "#decision-" + decision.id(),
                    null));
        }
        MeetingDirectory.Snapshot names = null;
        for (ActionItem item : actionItems.findByWorkspaceIdAndStateAndDueLessThanOrderByDueAscIdAsc(
                context.id(), ActionItemState.OPEN, checkIn.date(), PageRequest.of(0, OWN_ENTRIES_MAX))) {
            if (names == null) {
                names = directory.of(context);
            }
            names.knowing(List.of(item.ownerUserId()));
            entries.add(new AgendaEntry(
                    AgendaSection.ACTION_ITEMS_OVERDUE,
                    item.text(),
                    names.person(item.ownerUserId()).name() + ", due " + DAY.format(item.due()),
                    path(context, item.checkInId()) + "#action-item-" + item.id(),
                    null));
        }
        return entries;
    }

    /** Adds an item of a person's own to the end of the agenda. */
    @Transactional
    public AgendaItemView addAgendaItem(
            String slug, long userId, long checkInId, @Nullable String title, @Nullable String detail) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        String t = title == null ? "" : title.strip();
        String d = detail == null || detail.isBlank() ? null : detail.strip();
        InvalidInputs.checks()
                .check(() -> {
                    if (t.isEmpty()) {
                        throw new InvalidInput("title", "Say what the item is about.");
                    }
                    if (t.length() > 300) {
                        throw new InvalidInput("title", "Keep an item's title to 300 characters or fewer.");
                    }
                })
                .check(() -> {
                    if (d != null && d.length() > 1000) {
                        throw new InvalidInput("detail", "Keep the detail to 1000 characters or fewer.");
                    }
                })
                .done();
        workspaces.holdWorkspace(context);
        List<AgendaItem> items = agendaItems.findByCheckInIdOrderByPositionAscIdAsc(checkIn.id());
        if (items.size() >= MAX_AGENDA_ITEMS) {
            throw new InvalidInput("title", "An agenda holds at most " + MAX_AGENDA_ITEMS + " items.");
        }
        int position = items.stream().mapToInt(AgendaItem::position).max().orElse(-1) + 1;
        AgendaItem item = agendaItems.save(AgendaItem.added(checkIn.id(), t, d, userId, position));
        return itemView(item, directory.of(context));
    }

    /**
     * Puts the agenda's items in the order given: every item it shows, each once (ids of another
     * check-in's agenda are refused naming {@code order}).
     */
    @Transactional
    public List<AgendaItemView> reorder(String slug, long userId, long checkInId, @Nullable List<Long> itemIds) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        List<AgendaItem> shown = shown(checkIn.id());
        Set<Long> ids = shown.stream().map(AgendaItem::id).collect(Collectors.toSet());
        if (itemIds == null || itemIds.size() != ids.size() || !ids.equals(new HashSet<>(itemIds))) {
            throw new InvalidInput(
                    "order", "Give every item of this agenda once, in the new order: " + ids.size() + " items.");
        }
        Map<Long, AgendaItem> byId = shown.stream().collect(Collectors.toMap(AgendaItem::id, i -> i));
        for (int i = 0; i < itemIds.size(); i++) {
            byId.get(itemIds.get(i)).moveTo(i);
        }
        agendaItems.flush();
        return agenda(context, checkIn.id());
    }

    /**
     * Reorders the agenda ({@code order}: every item it shows, each once) and then removes items
     * ({@code remove}), all or nothing: a wrong id in either leaves the agenda as it was.
     */
    @Transactional
    public List<AgendaItemView> changeAgenda(
            String slug, long userId, long checkInId, @Nullable List<Long> order, @Nullable List<Long> remove) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        if (order == null && remove == null) {
            throw new InvalidInput("order", "Send the new order, or the items to remove.");
        }
        if (remove != null && remove.size() > MAX_AGENDA_ITEMS) {
            throw new InvalidInput("remove", "Remove at most " + MAX_AGENDA_ITEMS + " items at once.");
        }
        if (order != null) {
            reorder(slug, userId, checkInId, order);
        }
        if (remove != null) {
            Set<Long> shown = shown(checkIn.id()).stream().map(AgendaItem::id).collect(Collectors.toSet());
            for (int i = 0; i < remove.size(); i++) {
                Long itemId = remove.get(i);
                if (itemId == null) {
                    throw new InvalidInput("remove[" + i + "]", "Give the ids of the items to remove.");
                }
                if (!shown.contains(itemId)) {
                    // (a body's id is a wrong field, as everywhere; a path's is not found)
                    throw new InvalidInput("remove[" + i + "]", "No item " + itemId + " on this check-in's agenda.");
                }
            }
            for (Long itemId : new LinkedHashSet<>(remove)) {
                removeAgendaItem(slug, userId, checkInId, Objects.requireNonNull(itemId));
            }
        }
        return agenda(context, checkIn.id());
    }

    /** Moves an item one place up ({@code by} -1) or down (+1) in the agenda; at either end, nothing. */
    @Transactional
    public List<AgendaItemView> move(String slug, long userId, long checkInId, long itemId, int by) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        List<AgendaItem> shown = new ArrayList<>(shown(checkIn.id()));
        int at = indexOf(shown, itemId);
        int to = at + Integer.signum(by);
        if (to >= 0 && to < shown.size()) {
            shown.add(to, shown.remove(at));
        }
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).moveTo(i);
        }
        return agenda(context, checkIn.id());
    }

    /** Removes an item; a generated one stays removed when the agenda is generated again. */
    @Transactional
    public void removeAgendaItem(String slug, long userId, long checkInId, long itemId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        AgendaItem item = shownItem(checkIn, itemId);
        if (item.addedBy() != null) {
            agendaItems.delete(item);
        } else {
            item.remove();
        }
    }

    /** One item of a check-in's agenda, with its notes (a removed one is not found). */
    public AgendaItemView agendaItem(String slug, long userId, long checkInId, long itemId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        CheckIn checkIn = checkIn(context, checkInId);
        AgendaItem item = shownItem(checkIn, itemId);
        return itemView(item, directory.of(context));
    }

    /** Keeps what was said about an item in the meeting (blank: nothing). */
    @Transactional
    public AgendaItemView note(
            String slug, long userId, long checkInId, long itemId, @Nullable String notes, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        if (notes != null && notes.length() > 4000) {
            throw new InvalidInput("notes", "Keep the notes on one item to 4000 characters or fewer.");
        }
        AgendaItem item = shownItem(checkIn, itemId);
        item.note(notes, startedFrom);
        return itemView(item, directory.of(context));
    }

    /** An item of the check-in's agenda, not removed. */
    private AgendaItem shownItem(CheckIn checkIn, long itemId) {
        return agendaItems
                .findByIdAndCheckInId(itemId, checkIn.id())
                .filter(i -> !i.removed())
                .orElseThrow(() -> new AgendaItemNotFound(itemId));
    }

    private int indexOf(List<AgendaItem> items, long itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == itemId) {
                return i;
            }
        }
        throw new AgendaItemNotFound(itemId);
    }

    private List<AgendaItem> shown(long checkInId) {
        return agendaItems.findByCheckInIdOrderByPositionAscIdAsc(checkInId).stream()
                .filter(i -> !i.removed())
                .toList();
    }

    private List<AgendaItemView> agenda(WorkspaceContext context, long checkInId) {
        MeetingDirectory.Snapshot names = directory.of(context);
        return shown(checkInId).stream().map(i -> itemView(i, names)).toList();
    }

    // ---- shared with Minutes -------------------------------------------------------------------

    /** The check-in of the workspace; not cancelled. */
    CheckIn open(WorkspaceContext context, long checkInId) {
        CheckIn checkIn = checkIn(context, checkInId);
        if (checkIn.cancelled()) {
            throw new CheckInCancelled();
        }
        return checkIn;
    }

    CheckIn checkIn(WorkspaceContext context, long checkInId) {
        return checkIns.findByIdAndWorkspaceId(checkInId, context.id())
                .orElseThrow(() -> new CheckInNotFound(checkInId));
    }

    static String path(WorkspaceContext context, long checkInId) {
        return "/w/" + context.slug() + "/check-ins/" + checkInId;
    }

    private void flush(CheckIn checkIn) {
        try {
            checkIns.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this check-in", checkIn.version());
        }
    }

    private Cadence cadence(WorkspaceContext context, long cadenceId) {
        return cadences.findByIdAndWorkspaceId(cadenceId, context.id())
                .orElseThrow(() -> new CadenceNotFound(cadenceId));
    }

    private Map<Long, Cadence> cadencesById(WorkspaceContext context) {
        Map<Long, Cadence> byId = new HashMap<>();
        for (Cadence cadence : cadences.findByWorkspaceIdOrderByIdAsc(context.id())) {
            byId.put(cadence.id(), cadence);
        }
        return byId;
    }

    private Map<Long, String> goalNames(WorkspaceContext context) {
        return goals.all(context).stream().collect(Collectors.toMap(GoalView::id, GoalView::title));
    }

    private static CadenceView view(Cadence cadence, Map<Long, String> goalNames) {
        return new CadenceView(
                cadence.id(),
                cadence.title(),
                goal(cadence.goalId(), goalNames),
                cadence.frequency(),
                cadence.firstDate(),
                cadence.startTime(),
                cadence.durationMinutes(),
                cadence.place(),
                cadence.timeZone(),
                cadence.version());
    }

    private static @Nullable Ref goal(@Nullable Long goalId, Map<Long, String> goalNames) {
        return goalId == null || !goalNames.containsKey(goalId) ? null : new Ref(goalId, goalNames.get(goalId));
    }

    CheckInSummary summary(CheckIn checkIn, Cadence cadence, Map<Long, String> goalNames) {
        return new CheckInSummary(
                checkIn.id(),
                cadence.id(),
                cadence.title(),
                goal(cadence.goalId(), goalNames),
                checkIn.date(),
                checkIn.startTime(),
                // from the instant it ends: a check-in across the clocks' change ends at its calendar's time
                checkIn.startsAt()
                        .plus(Duration.ofMinutes(checkIn.durationMinutes()))
                        .atZone(ZoneId.of(cadence.timeZone()))
                        .toLocalTime(),
                checkIn.durationMinutes(),
                cadence.timeZone(),
                checkIn.startsAt(),
                checkIn.place(),
                checkIn.state(),
                !checkIn.cancelled() && checkIn.startsAt().isBefore(clock.instant()),
                checkIn.uid(),
                checkIn.sequence(),
                checkIn.version());
    }

    private CheckInView view(WorkspaceContext context, CheckIn checkIn) {
        Cadence cadence = cadences.findById(checkIn.cadenceId()).orElseThrow();
        MeetingDirectory.Snapshot names = directory.of(context);
        names.knowing(checkIn.attendees());
        return new CheckInView(
                summary(checkIn, cadence, goalNames(context)),
                checkIn.agendaGeneratedAt(),
                since(cadence, checkIn),
                shown(checkIn.id()).stream().map(i -> itemView(i, names)).toList(),
                checkIn.attendees().stream()
                        .map(names::person)
                        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                        .toList(),
                minutes.decisions(context, checkIn.id()),
                minutes.actionItems(context, checkIn.id(), names));
    }

    private static AgendaItemView itemView(AgendaItem item, MeetingDirectory.Snapshot names) {
        return new AgendaItemView(
                item.id(),
                item.section(),
                item.title(),
                item.detail(),
                item.path(),
                names.team(item.teamId()),
                item.position(),
                item.addedBy() != null,
                item.notes(),
                item.notesVersion());
    }
}

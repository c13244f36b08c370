package app.tandem.discovery;

import app.tandem.discovery.SessionView.FindingView;
import app.tandem.discovery.SessionView.InviteeView;
import app.tandem.discovery.SessionView.KpiEffectView;
import app.tandem.discovery.SessionView.NeedView;
import app.tandem.discovery.SessionView.OutcomeView;
import app.tandem.discovery.SessionView.StatementView;
import app.tandem.discovery.SessionView.WarningView;
import app.tandem.discovery.internal.DiscoverySession;
import app.tandem.discovery.internal.DiscoverySessionRepository;
import app.tandem.discovery.internal.Invitee;
import app.tandem.discovery.internal.Outcome;
import app.tandem.discovery.internal.OutcomeRepository;
import app.tandem.discovery.internal.Statement;
import app.tandem.discovery.internal.StatementRepository;
import app.tandem.discovery.rules.DiscoveryRules;
import app.tandem.goal.Direction;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.initiative.InitiativeFilter;
import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeNotFound;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.InitiativeSummary;
import app.tandem.initiative.InitiativeView;
import app.tandem.initiative.Initiatives;
import app.tandem.initiative.ItReviewState;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DayWords;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import app.tandem.support.TimeZones;
import app.tandem.workspace.Involvement;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discovery sessions of a workspace. Every method checks the acting person's role first (viewers
 * read, members and admins change); another workspace's session answers {@link SessionNotFound}, and
 * an id of another workspace in what a person gives (a goal, a person who is not a member, a team, a
 * KPI, an initiative) is refused naming the field. Every wrong field is refused at once, and nothing
 * is saved. Times are kept and answered in UTC; each session names the time zone its pages show
 * them in ({@link SessionView#timeZone()}).
 */
@Service
@Transactional(readOnly = true)
public class DiscoverySessions {

    /** The most initiatives serving one of the session's goals that count as involved. */
    static final int INVOLVED_MAX = 100;

    /** The most outcomes (decisions, initiatives proposed or changed) one session records. */
    public static final int OUTCOMES_MAX = 100;

    private final Workspaces workspaces;
    private final DiscoverySessionRepository sessions;
    private final StatementRepository statements;
    private final OutcomeRepository outcomes;
    private final Goals goals;
    private final Kpis kpis;
    private final Personas personas;
    private final Initiatives initiatives;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DiscoverySessions(
            Workspaces workspaces,
            DiscoverySessionRepository sessions,
            StatementRepository statements,
            OutcomeRepository outcomes,
            Goals goals,
            Kpis kpis,
            Personas personas,
            Initiatives initiatives,
            Users users,
            ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.sessions = sessions;
        this.statements = statements;
        this.outcomes = outcomes;
        this.goals = goals;
        this.kpis = kpis;
        this.personas = personas;
        this.initiatives = initiatives;
        this.users = users;
        this.events = events;
    }

    /** Now, in UTC, to the minute: what "upcoming" and "took place" are measured against. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    // ---- sessions -------------------------------------------------------------------------------

    /**
     * The workspace's sessions, a page at a time: those to come first, the next one first, then those
     * that began, the latest first.
     */
    public Page<SessionSummary> list(String slug, long userId, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Page<DiscoverySession> page = sessions.comingFirst(
                context.id(), now(), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        Map<Long, String> teams = teamNames(context);
        Map<Long, String> goalNames = goalNames(context);
        return page.map(s -> new SessionSummary(
                s.id(),
                s.topic(),
                s.startsAt(),
                s.endsAt(),
                s.timeZone().getId(),
                ref(teams, s.hostTeamId()),
                refs(goalNames, s.goalIds()),
                s.invitees().size(),
                statements.findBySessionIdOrderByIdAsc(s.id()).size(),
                s.attendanceRecorded(),
                s.version()));
    }

    public SessionView get(String slug, long userId, long sessionId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return view(context, session(context, sessionId));
    }

    /** One outcome of a session: a decision, an initiative created or changed (a new outcome's address). */
    public SessionView.OutcomeView outcome(String slug, long userId, long sessionId, long outcomeId) {
        return get(slug, userId, sessionId).outcomes().stream()
                .filter(o -> o.id() == outcomeId)
                .findFirst()
                .orElseThrow(() -> new OutcomeNotFound(outcomeId));
    }

    /** Plans a session. */
    @Transactional
    public SessionView create(String slug, long userId, SessionInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        DiscoverySession session = new DiscoverySession(context.id(), clock.instant());
        define(context, session, input, false);
        sessions.save(session);
        return view(context, session);
    }

    /**
     * Replaces everything a person gives of a session. {@code startedFrom} is the version the change
     * was made on: a session changed since is refused ({@link ConcurrentChange}, 409). Invited people
     * who stay keep their attendance; without a time zone ({@code null}) it keeps its own. A time given
     * as its time zone's clocks show it that is the session's now stays the instant it is (an hour the
     * clocks show twice keeps the later one when it was that).
     */
    @Transactional
    public SessionView replace(String slug, long userId, long sessionId, SessionInput input, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        DiscoverySession session = session(context, sessionId);
        ConcurrentChange.check("this discovery session", startedFrom, session.version());
        define(context, session, input, true);
        flush(session.version());
        return view(context, session);
    }

    /** Deletes a session with its statements and outcomes (the initiatives it created stay). */
    @Transactional
    public void delete(String slug, long userId, long sessionId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        DiscoverySession session = session(context, sessionId);
        ConcurrentChange.checkDelete("this discovery session", startedFrom, session.version());
        statements.deleteAll(statements.findBySessionIdOrderByIdAsc(session.id()));
        outcomes.deleteAll(outcomes.findBySessionIdOrderByCreatedAtAscIdAsc(session.id()));
        sessions.delete(session);
    }

    /**
     * Records who attended: {@code attended} names invited people (by user id) and whether they came;
     * invited people it does not name did not. A person who is not invited is refused naming {@code
     * attendance[i].userId}; a session changed since {@code startedFrom} is refused (409), and so is
     * attendance before the session has begun (400 naming {@code attendance}: its warnings would speak
     * of an upcoming session as of one that took place).
     */
    @Transactional
    public SessionView recordAttendance(
            String slug, long userId, long sessionId, List<@Nullable Attendance> attended, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        DiscoverySession session = session(context, sessionId);
        ConcurrentChange.check("this discovery session", startedFrom, session.version());
        if (session.startsAt().isAfter(now())) {
            LocalDateTime starts = inZone(session.startsAt(), session.timeZone());
            throw new InvalidInput(
                    "attendance",
                    "Who attended is recorded once the session has begun; it starts on "
                            + DayWords.of(starts.toLocalDate()) + " at " + starts.toLocalTime() + " "
                            + session.timeZone().getId() + ".");
        }
        Set<Long> invited = session.invitees().stream().map(Invitee::userId).collect(Collectors.toSet());
        Map<Long, Boolean> given = new HashMap<>();
        InvalidInputs.Checks checks = InvalidInputs.checks();
        for (int i = 0; i < attended.size(); i++) {
            Attendance a = attended.get(i);
            String field = "attendance[" + i + "].userId";
            checks.check(() -> {
                if (a == null || a.userId() == null) {
                    throw new InvalidInput(field, "Choose the invited person.");
                }
                if (!invited.contains(a.userId())) {
                    throw new InvalidInput(field, "Person " + a.userId() + " is not invited to this session.");
                }
                if (given.put(a.userId(), a.attended()) != null) {
                    throw new InvalidInput(field, "Each person once.");
                }
            });
        }
        checks.done();
        session.recordAttendance(given);
        flush(session.version());
        return view(context, session);
    }

    /** Whether an invited person attended. */
    public record Attendance(@Nullable Long userId, boolean attended) {}

    // ---- statements -----------------------------------------------------------------------------

    /**
     * States (or replaces) one team's goals for the session's topic. Replacing a team's statement needs
     * the version it was read at ({@code startedFrom}; 409 when it changed since, 400 naming {@code
     * version} when missing).
     */
    @Transactional
    public SessionView putStatement(
            String slug, long userId, long sessionId, long teamId, StatementInput input, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        DiscoverySession session = session(context, sessionId);
        Set<Long> teams = teamNames(context).keySet();
        if (!teams.contains(teamId)) {
            throw new InvalidInput("teamId", "No team " + teamId + " in this workspace.");
        }
        Statement statement =
                statements.findBySessionIdAndTeamId(session.id(), teamId).orElse(null);
        if (statement != null) {
            if (startedFrom == null) {
                throw new InvalidInput(
                        "version", "This team has stated its goals already: send the version you changed.");
            }
            ConcurrentChange.check("this team's statement", startedFrom, statement.version());
        }
        Chosen chosen = chosen(context, teams, input);
        workspaces.holdTeams(context, union(List.of(teamId), chosen.needs().keySet()));
        Statement saved = statement == null ? new Statement(session.id(), teamId) : statement;
        saved.define(chosen.aim(), chosen.goals(), chosen.userGoals(), chosen.kpis(), input.capacity(), chosen.needs());
        try {
            statements.saveAndFlush(saved);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this team's statement", saved.version());
        } catch (DataIntegrityViolationException e) {
            // two people stated the same team's goals at once: the other one was first
            throw new ConcurrentChange("this team's statement", 0);
        }
        return view(context, session);
    }

    /**
     * Checks a statement's values as {@link #putStatement} does, without the team or the version and
     * without saving anything: every wrong field at once, naming its field. For a form that has
     * errors of its own already, so it can show the rest beside them too.
     */
    @Transactional(readOnly = true)
    public void checkStatement(String slug, long userId, long sessionId, StatementInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        session(context, sessionId);
        chosen(context, teamNames(context).keySet(), input);
    }

    /** A statement's values, checked: what {@link Statement#define} is given. */
    private record Chosen(
            String aim, Set<Long> goals, Set<Long> userGoals, Map<Long, KpiEffect> kpis, Map<Long, Double> needs) {}

    private Chosen chosen(WorkspaceContext context, Set<Long> teams, StatementInput input) {
        Map<Long, KpiView> kpisById =
                kpis.all(context).stream().collect(Collectors.toMap(KpiView::id, Function.identity()));
        Set<Long> goalIds = goalNames(context).keySet();
        String aim = input.aim() == null ? "" : input.aim().strip();
        Set<Long> chosenGoals = new LinkedHashSet<>();
        Set<Long> chosenUserGoals = new LinkedHashSet<>();
        Map<Long, KpiEffect> chosenKpis = new LinkedHashMap<>();
        Map<Long, Double> chosenNeeds = new LinkedHashMap<>();
        InvalidInputs.Checks checks = InvalidInputs.checks();
        checks.check(() -> {
            if (aim.isEmpty()) {
                throw new InvalidInput("aim", "Say what the team wants to achieve for this topic.");
            }
            if (aim.length() > StatementInput.AIM_MAX) {
                throw new InvalidInput("aim", "At most " + StatementInput.AIM_MAX + " characters.");
            }
        });
        ids(checks, "goalIds", input.goalIds(), goalIds::contains, "business goal", chosenGoals);
        List<Long> userGoalsGiven = input.userGoalIds() == null
                ? List.of()
                : input.userGoalIds().stream().filter(Objects::nonNull).toList();
        Set<Long> knownUserGoals = personas.userGoals(context, userGoalsGiven).stream()
                .map(UserGoalView::id)
                .collect(Collectors.toSet());
        ids(checks, "userGoalIds", input.userGoalIds(), knownUserGoals::contains, "user goal", chosenUserGoals);
        List<StatementInput.@Nullable KpiInput> kpiInputs = input.kpis() == null ? List.of() : input.kpis();
        checks.check(() -> {
            if (kpiInputs.size() > StatementInput.LINKS_MAX) {
                throw new InvalidInput("kpis", "At most " + StatementInput.LINKS_MAX + " KPIs.");
            }
        });
        for (int i = 0; i < kpiInputs.size() && i < StatementInput.LINKS_MAX; i++) {
            StatementInput.KpiInput k = kpiInputs.get(i);
            String field = "kpis[" + i + "]";
            checks.check(() -> {
                if (k == null || k.kpiId() == null) {
                    throw new InvalidInput(field + ".kpiId", "Choose a KPI.");
                }
                if (!kpisById.containsKey(k.kpiId())) {
                    throw new InvalidInput(field + ".kpiId", "No KPI " + k.kpiId() + " in this workspace.");
                }
                if (chosenKpis.containsKey(k.kpiId())) {
                    throw new InvalidInput(field + ".kpiId", "Each KPI once.");
                }
            });
            checks.check(() -> {
                if (k != null && k.effect() == null) {
                    throw new InvalidInput(field + ".effect", "Say whether the team raises, lowers or guards it.");
                }
            });
            if (k != null && k.kpiId() != null && k.effect() != null && kpisById.containsKey(k.kpiId())) {
                chosenKpis.putIfAbsent(k.kpiId(), k.effect());
            }
        }
        checks.check(() -> {
            Double capacity = input.capacity();
            if (capacity != null && (capacity.isNaN() || capacity < 0 || capacity > StatementInput.PERSON_WEEKS_MAX)) {
                throw new InvalidInput("capacity", "Person-weeks between 0 and 10,000, or none.");
            }
        });
        List<StatementInput.@Nullable NeedInput> needInputs = input.needs() == null ? List.of() : input.needs();
        checks.check(() -> {
            if (needInputs.size() > StatementInput.LINKS_MAX) {
                throw new InvalidInput("needs", "At most " + StatementInput.LINKS_MAX + " teams.");
            }
        });
        for (int i = 0; i < needInputs.size() && i < StatementInput.LINKS_MAX; i++) {
            StatementInput.NeedInput n = needInputs.get(i);
            String field = "needs[" + i + "]";
            checks.check(() -> {
                if (n == null || n.teamId() == null) {
                    throw new InvalidInput(field + ".teamId", "Choose a team.");
                }
                if (!teams.contains(n.teamId())) {
                    throw new InvalidInput(field + ".teamId", "No team " + n.teamId() + " in this workspace.");
                }
                if (chosenNeeds.containsKey(n.teamId())) {
                    throw new InvalidInput(field + ".teamId", "Each team once.");
                }
            });
            checks.check(() -> {
                if (n != null) {
                    Double weeks = n.personWeeks();
                    if (weeks == null || weeks.isNaN() || weeks < 0 || weeks > StatementInput.PERSON_WEEKS_MAX) {
                        throw new InvalidInput(field + ".personWeeks", "Person-weeks between 0 and 10,000.");
                    }
                }
            });
            if (n != null && n.teamId() != null && teams.contains(n.teamId()) && n.personWeeks() != null) {
                chosenNeeds.putIfAbsent(n.teamId(), n.personWeeks());
            }
        }
        checks.done();
        return new Chosen(aim, chosenGoals, chosenUserGoals, chosenKpis, chosenNeeds);
    }

    /**
     * Removes the team's statement; nothing changes when the team stated nothing, and a team that is
     * not the workspace's is refused naming {@code teamId}, as when stating.
     */
    @Transactional
    public SessionView removeStatement(String slug, long userId, long sessionId, long teamId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        DiscoverySession session = session(context, sessionId);
        Optional<Statement> statement = statements.findBySessionIdAndTeamId(session.id(), teamId);
        if (statement.isEmpty() && !teamNames(context).containsKey(teamId)) {
            throw new InvalidInput("teamId", "No team " + teamId + " in this workspace.");
        }
        statement.ifPresent(statements::delete);
        statements.flush();
        return view(context, session);
    }

    // ---- outcomes -------------------------------------------------------------------------------

    /** Records a decision taken in the session. */
    @Transactional
    public RecordedOutcome recordDecision(String slug, long userId, long sessionId, DecisionInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        DiscoverySession session = session(context, sessionId);
        roomForAnOutcome(context, session, "what");
        String what = input.what() == null ? "" : input.what().strip();
        String why = input.why() == null || input.why().isBlank()
                ? null
                : input.why().strip();
        Set<Long> initiativeIds = new LinkedHashSet<>();
        Set<Long> goalIds = new LinkedHashSet<>();
        InvalidInputs.Checks checks = InvalidInputs.checks();
        checks.check(() -> {
            if (what.isEmpty()) {
                throw new InvalidInput("what", "Say what was decided.");
            }
            if (what.length() > DecisionInput.WHAT_MAX) {
                throw new InvalidInput("what", "At most " + DecisionInput.WHAT_MAX + " characters.");
            }
        });
        checks.check(() -> {
            if (why != null && why.length() > DecisionInput.WHY_MAX) {
                throw new InvalidInput("why", "At most " + DecisionInput.WHY_MAX + " characters.");
            }
        });
        ids(
                checks,
                "initiativeIds",
                input.initiativeIds(),
                id -> initiativeExists(slug, userId, id),
                "initiative",
                initiativeIds);
        Set<Long> known = goalNames(context).keySet();
        ids(checks, "goalIds", input.goalIds(), known::contains, "business goal", goalIds);
        checks.done();
        Outcome decision = outcomes.save(new Outcome(
                session.id(), OutcomeKind.DECISION, what, why, initiativeIds, goalIds, userId, clock.instant()));
        events.publishEvent(
                new DecisionRecorded(context.id(), session.id(), session.topic(), decision.id(), what, why));
        return recorded(context, session, decision);
    }

    /**
     * Proposes an initiative through the initiative module (refused there naming its fields) and
     * records it as an outcome of the session.
     */
    @Transactional
    public RecordedOutcome createInitiative(String slug, long userId, long sessionId, InitiativeInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        DiscoverySession session = session(context, sessionId);
        roomForAnOutcome(context, session, "title");
        InitiativeView created = initiatives.propose(slug, userId, input);
        Outcome outcome = outcomes.save(new Outcome(
                session.id(),
                OutcomeKind.INITIATIVE_CREATED,
                "Proposed “" + created.title() + "”",
                null,
                List.of(created.id()),
                List.of(),
                userId,
                clock.instant()));
        return recorded(context, session, outcome);
    }

    /** Records that the session changed an existing initiative of the workspace, and how. */
    @Transactional
    public RecordedOutcome linkChangedInitiative(
            String slug, long userId, long sessionId, @Nullable Long initiativeId, @Nullable String change) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        DiscoverySession session = session(context, sessionId);
        roomForAnOutcome(context, session, "change");
        String what = change == null ? "" : change.strip();
        InvalidInputs.checks()
                .check(() -> {
                    if (initiativeId == null) {
                        throw new InvalidInput("initiativeId", "Choose the initiative the session changed.");
                    }
                    if (!initiativeExists(slug, userId, initiativeId)) {
                        throw new InvalidInput("initiativeId", "No initiative " + initiativeId + " in this workspace.");
                    }
                })
                .check(() -> {
                    if (what.isEmpty()) {
                        throw new InvalidInput("change", "Say what the session changed about it.");
                    }
                    if (what.length() > DecisionInput.WHAT_MAX) {
                        throw new InvalidInput("change", "At most " + DecisionInput.WHAT_MAX + " characters.");
                    }
                })
                .done();
        Outcome outcome = outcomes.save(new Outcome(
                session.id(),
                OutcomeKind.INITIATIVE_CHANGED,
                what,
                null,
                List.of(Objects.requireNonNull(initiativeId)),
                List.of(),
                userId,
                clock.instant()));
        return recorded(context, session, outcome);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The session as it now stands, with the outcome just saved (by its id: ids need not rise with time). */
    private RecordedOutcome recorded(WorkspaceContext context, DiscoverySession session, Outcome saved) {
        SessionView view = view(context, session);
        return new RecordedOutcome(
                view,
                view.outcomes().stream()
                        .filter(o -> o.id() == saved.id())
                        .findFirst()
                        .orElseThrow());
    }

    /** Refuses, naming {@code field}, another outcome of a session that has {@link #OUTCOMES_MAX}. */
    private void roomForAnOutcome(WorkspaceContext context, DiscoverySession session, String field) {
        // (counted while the workspace is held, so that outcomes recorded at once do not pass the limit together)
        workspaces.holdWorkspace(context);
        if (outcomes.countBySessionId(session.id()) >= OUTCOMES_MAX) {
            throw new InvalidInput(
                    field,
                    "A discovery session records at most " + OUTCOMES_MAX
                            + " outcomes; this one has them all. Record the rest in a new session.");
        }
    }

    private boolean initiativeExists(String slug, long userId, long initiativeId) {
        try {
            initiatives.get(slug, userId, initiativeId);
            return true;
        } catch (InitiativeNotFound e) {
            return false;
        }
    }

    private void define(WorkspaceContext context, DiscoverySession session, SessionInput input, boolean saved) {
        String topic = input.topic() == null ? "" : input.topic().strip();
        Map<Long, String> teams = teamNames(context);
        Set<Long> goalIds = goalNames(context).keySet();
        Set<Long> members = members(context).keySet();
        Set<Long> chosenGoals = new LinkedHashSet<>();
        Set<Long> chosenInvitees = new LinkedHashSet<>();
        InvalidInputs.Checks checks = InvalidInputs.checks();
        checks.check(() -> {
            if (topic.isEmpty()) {
                throw new InvalidInput("topic", "Give the session a topic, such as “Lead generation in Q3”.");
            }
            if (topic.length() > SessionInput.TOPIC_MAX) {
                throw new InvalidInput("topic", "A topic has at most " + SessionInput.TOPIC_MAX + " characters.");
            }
        });
        // the time zone first: the times given in it are read there
        ZoneId[] zone = {session.timeZone()};
        boolean[] zoneKnown = {true};
        checks.check(() -> {
            String named = input.timeZone();
            if (named == null) {
                return; // the session's, UTC for a new one
            }
            if (named.isBlank()) {
                zone[0] = ZoneId.of("UTC");
                return;
            }
            try {
                zone[0] = TimeZones.named(named.strip());
            } catch (DateTimeException e) {
                zoneKnown[0] = false;
                throw new InvalidInput(
                        "timeZone", "“" + named.strip() + "” is no time zone; give one such as Europe/Berlin.");
            }
        });
        boolean inZone = input.timesIn() == SessionInput.TimesIn.TIME_ZONE;
        LocalDateTime[] utc = new LocalDateTime[2];
        checks.check(() -> {
            if (input.startsAt() == null) {
                throw new InvalidInput("startsAt", "Give the day and time it starts.");
            }
            PlannedDates.check("startsAt", input.startsAt().toLocalDate());
            utc[0] =
                    utc("startsAt", input.startsAt(), inZone, zone[0], zoneKnown[0], saved ? session.startsAt() : null);
        });
        checks.check(() -> {
            if (input.endsAt() == null) {
                throw new InvalidInput("endsAt", "Give the day and time it ends.");
            }
            PlannedDates.check("endsAt", input.endsAt().toLocalDate());
            LocalDateTime ends =
                    utc("endsAt", input.endsAt(), inZone, zone[0], zoneKnown[0], saved ? session.endsAt() : null);
            // (to the minute, as it is kept: 10:00:30 is 10:00)
            if (input.startsAt() != null) {
                // (a start refused itself is compared as given, in UTC; in a time zone, not at all)
                LocalDateTime starts = utc[0] != null
                        ? utc[0]
                        : inZone ? null : input.startsAt().withSecond(0).withNano(0);
                if (starts != null && !ends.isAfter(starts)) {
                    throw new InvalidInput(
                            "endsAt",
                            "It ends at " + minute(input.endsAt()) + ", not after it starts at "
                                    + minute(input.startsAt()) + ".");
                }
            }
            utc[1] = ends;
        });
        checks.check(() -> {
            if (input.hostTeamId() != null && !teams.containsKey(input.hostTeamId())) {
                throw new InvalidInput("hostTeamId", "No team " + input.hostTeamId() + " in this workspace.");
            }
        });
        checks.check(() -> {
            if (input.goalIds() != null && input.goalIds().size() > SessionInput.GOALS_MAX) {
                throw new InvalidInput("goalIds", "At most " + SessionInput.GOALS_MAX + " business goals.");
            }
        });
        ids(checks, "goalIds", input.goalIds(), goalIds::contains, "business goal", chosenGoals);
        checks.check(() -> {
            if (input.inviteeIds() != null && input.inviteeIds().size() > SessionInput.INVITEES_MAX) {
                throw new InvalidInput("inviteeIds", "At most " + SessionInput.INVITEES_MAX + " people.");
            }
        });
        List<@Nullable Long> invitees = input.inviteeIds() == null ? List.of() : input.inviteeIds();
        for (int i = 0; i < invitees.size() && i < SessionInput.INVITEES_MAX; i++) {
            Long id = invitees.get(i);
            String field = "inviteeIds[" + i + "]";
            checks.check(() -> {
                if (id == null) {
                    throw new InvalidInput(field, "Choose a person.");
                }
                if (!members.contains(id)) {
                    throw new InvalidInput(field, "Person " + id + " is not a member of this workspace.");
                }
                chosenInvitees.add(id);
            });
        }
        checks.done();
        if (input.hostTeamId() != null) {
            workspaces.holdTeams(context, List.of(input.hostTeamId()));
        }
        session.define(
                topic,
                Objects.requireNonNull(utc[0]),
                Objects.requireNonNull(utc[1]),
                zone[0],
                input.hostTeamId(),
                chosenGoals,
                chosenInvitees);
    }

    /**
     * A time given, to the minute, in UTC: as it is when {@code inZone} is false (the API), else read
     * as the clocks of {@code zone} show it (one they show twice is the earlier; one they skip is
     * refused naming {@code field}). With a time zone that is refused itself, as though in UTC. A
     * saved session's time ({@code before}, UTC) given again as the zone's clocks show it stays as it
     * is: an edit that leaves the later of an hour shown twice keeps it.
     */
    private static LocalDateTime utc(
            String field,
            LocalDateTime given,
            boolean inZone,
            ZoneId zone,
            boolean zoneKnown,
            @Nullable LocalDateTime before) {
        LocalDateTime at = given.withSecond(0).withNano(0);
        if (!inZone || !zoneKnown) {
            return at;
        }
        if (before != null && inZone(before, zone).equals(at)) {
            return before;
        }
        ZoneOffsetTransition gap = zone.getRules().getTransition(at);
        if (gap != null && gap.isGap()) {
            throw new InvalidInput(
                    field,
                    "There is no " + at.toLocalTime() + " on " + DayWords.of(at.toLocalDate()) + " in " + zone.getId()
                            + ": the clocks go forward from "
                            + gap.getDateTimeBefore().toLocalTime() + " to "
                            + gap.getDateTimeAfter().toLocalTime() + " then. Give a time before or after.");
        }
        // ZonedDateTime.of takes the earlier offset where the clocks go back: the earlier of the two
        return ZonedDateTime.of(at, zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** A time kept in UTC as the clocks of {@code zone} show it. */
    static LocalDateTime inZone(LocalDateTime utc, ZoneId zone) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    }

    /** A day and time as the session keeps it, to the minute: {@code 2027-02-01 10:00}. */
    private static String minute(java.time.LocalDateTime at) {
        return at.withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    /** Checks each id of a list: given, known, once; the accepted ones go into {@code into}. */
    private static void ids(
            InvalidInputs.Checks checks,
            String field,
            @Nullable List<@Nullable Long> given,
            java.util.function.Predicate<Long> known,
            String what,
            Set<Long> into) {
        if (given == null) {
            return;
        }
        if (given.size() > StatementInput.LINKS_MAX) {
            checks.check(() -> {
                throw new InvalidInput(field, "At most " + StatementInput.LINKS_MAX + ".");
            });
            return;
        }
        for (int i = 0; i < given.size(); i++) {
            Long id = given.get(i);
            String at = field + "[" + i + "]";
            checks.check(() -> {
                if (id == null) {
                    throw new InvalidInput(at, "Choose a " + what + ".");
                }
                if (!known.test(id)) {
                    throw new InvalidInput(at, "No " + what + " " + id + " in this workspace.");
                }
                into.add(id);
            });
        }
    }

    private DiscoverySession session(WorkspaceContext context, long sessionId) {
        return sessions.findByIdAndWorkspaceId(sessionId, context.id())
                .orElseThrow(() -> new SessionNotFound(sessionId));
    }

    private void flush(long version) {
        try {
            sessions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this discovery session", version);
        }
    }

    private Map<Long, String> teamNames(WorkspaceContext context) {
        Map<Long, String> names = new LinkedHashMap<>();
        workspaces.allTeams(context).forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    private Map<Long, String> goalNames(WorkspaceContext context) {
        Map<Long, String> names = new LinkedHashMap<>();
        goals.all(context).forEach(g -> names.put(g.id(), g.title()));
        return names;
    }

    private Map<Long, String> members(WorkspaceContext context) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (MemberView m : workspaces
                .members(context.slug(), context.userId(), Pageable.unpaged())
                .getContent()) {
            names.put(m.userId(), m.displayName());
        }
        return names;
    }

    private static <T> Set<T> union(Collection<T> a, Collection<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static @Nullable Ref ref(Map<Long, String> names, @Nullable Long id) {
        return id == null || !names.containsKey(id) ? null : new Ref(id, names.get(id));
    }

    private static List<Ref> refs(Map<Long, String> names, Collection<Long> ids) {
        return ids.stream()
                .filter(names::containsKey)
                .map(id -> new Ref(id, names.get(id)))
                .sorted(Comparator.comparing(Ref::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // ---- the view, with the analysis and the warnings -------------------------------------------

    SessionView view(WorkspaceContext context, DiscoverySession session) {
        List<TeamView> allTeams = workspaces.allTeams(context);
        Map<Long, String> teams = new LinkedHashMap<>();
        allTeams.forEach(t -> teams.put(t.id(), t.name()));
        Map<Long, String> goalNames = goalNames(context);
        List<KpiView> allKpis = kpis.all(context);
        Map<Long, DiscoveryRules.Kpi> ruleKpis = new LinkedHashMap<>();
        Map<Long, String> kpiNames = new LinkedHashMap<>();
        for (KpiView k : allKpis) {
            ruleKpis.put(
                    k.id(),
                    new DiscoveryRules.Kpi(
                            k.id(), k.name(), k.direction() == Direction.HIGHER_IS_BETTER, Set.copyOf(k.goalIds())));
            kpiNames.put(k.id(), k.name());
        }
        List<Statement> stated = statements.findBySessionIdOrderByIdAsc(session.id()).stream()
                .filter(s -> teams.containsKey(s.teamId()))
                .sorted(Comparator.comparing(s -> teams.get(s.teamId()), String.CASE_INSENSITIVE_ORDER))
                .toList();
        Set<Long> userGoalIds =
                stated.stream().flatMap(s -> s.userGoalIds().stream()).collect(Collectors.toSet());
        Map<Long, String> userGoalNames = new LinkedHashMap<>();
        personas.userGoals(context, userGoalIds).forEach(g -> userGoalNames.put(g.id(), g.sentence()));

        // the people: their teams and whether they execute work in any
        Map<Long, List<String>> teamsOf = new HashMap<>();
        Map<Long, Set<Long>> teamIdsOf = new HashMap<>();
        Map<Long, Set<Involvement>> involvementOf = new HashMap<>();
        for (TeamView team : allTeams) {
            for (TeamView.TeamMemberView m : team.members()) {
                teamsOf.computeIfAbsent(m.userId(), k -> new ArrayList<>()).add(team.name());
                teamIdsOf
                        .computeIfAbsent(m.userId(), k -> new LinkedHashSet<>())
                        .add(team.id());
                involvementOf
                        .computeIfAbsent(m.userId(), k -> new LinkedHashSet<>())
                        .add(m.involvement());
            }
        }
        Map<Long, String> people = members(context);
        List<Long> missing = session.invitees().stream()
                .map(Invitee::userId)
                .filter(id -> !people.containsKey(id))
                .toList();
        if (!missing.isEmpty()) {
            for (UserSummary user : users.byIds(missing)) {
                people.put(user.id(), user.displayName());
            }
        }
        List<InviteeView> invitees = session.invitees().stream()
                .map(i -> new InviteeView(
                        new Ref(i.userId(), people.getOrDefault(i.userId(), "Person " + i.userId())),
                        teamsOf.getOrDefault(i.userId(), List.of()),
                        involvementWords(involvementOf.get(i.userId())),
                        i.attended()))
                .sorted(Comparator.comparing(i -> i.person().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();

        // the side-by-side analysis
        List<DiscoveryRules.Statement> ruleStatements = stated.stream()
                .map(s -> new DiscoveryRules.Statement(
                        s.teamId(), s.goalIds(), s.userGoalIds(), s.kpis(), s.capacity(), s.needs()))
                .toList();
        List<FindingView> findings =
                DiscoveryRules.analyse(
                                ruleStatements, new DiscoveryRules.Names(teams, goalNames, userGoalNames, ruleKpis))
                        .stream()
                        .map(f -> new FindingView(
                                f.kind(),
                                f.sentence(),
                                f.teamIds().stream()
                                        .distinct()
                                        .map(id -> new Ref(id, teams.get(id)))
                                        .toList()))
                        .toList();

        // the work involved: initiatives of the outcomes, and those serving the session's goals
        List<Outcome> recorded = outcomes.findBySessionIdOrderByCreatedAtAscIdAsc(session.id());
        Map<Long, InitiativeSummary> involved = new LinkedHashMap<>();
        Set<Long> outcomeInitiatives = recorded.stream()
                .flatMap(o -> o.initiativeIds().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, String> initiativeTitles = new HashMap<>();
        for (Long goalId : session.goalIds()) {
            for (InitiativeSummary i : initiatives
                    .list(
                            context.slug(),
                            context.userId(),
                            new InitiativeFilter(null, null, null, null, null, goalId),
                            PageRequest.of(0, INVOLVED_MAX))
                    .getContent()) {
                initiativeTitles.put(i.id(), i.title());
                if (i.status() != InitiativeStatus.DONE && i.status() != InitiativeStatus.DROPPED) {
                    involved.putIfAbsent(i.id(), i);
                }
            }
        }
        for (Long id : outcomeInitiatives) {
            if (!involved.containsKey(id)) {
                try {
                    InitiativeView i = initiatives.get(context.slug(), context.userId(), id);
                    initiativeTitles.put(i.id(), i.title());
                    if (i.status() != InitiativeStatus.DONE && i.status() != InitiativeStatus.DROPPED) {
                        involved.put(
                                i.id(),
                                new InitiativeSummary(
                                        i.id(),
                                        i.title(),
                                        i.kind(),
                                        i.proposingTeam(),
                                        i.owner(),
                                        i.startDate(),
                                        i.dueDate(),
                                        i.totalPersonWeeks(),
                                        i.confidence(),
                                        i.status(),
                                        i.atRisk(),
                                        i.itReview(),
                                        i.version()));
                    }
                } catch (InitiativeNotFound e) {
                    // deleted since: its outcome goes with it (foreign key)
                }
            }
        }
        Map<Long, List<String>> involvedTeams = new LinkedHashMap<>();
        stated.forEach(s -> involvedTeams
                .computeIfAbsent(s.teamId(), k -> new ArrayList<>())
                .add("its statement"));
        for (InitiativeSummary i : involved.values()) {
            if (i.proposingTeam() != null && teams.containsKey(i.proposingTeam().id())) {
                List<String> why =
                        involvedTeams.computeIfAbsent(i.proposingTeam().id(), k -> new ArrayList<>());
                if (why.size() < 3) {
                    why.add("“" + i.title() + "”");
                }
            }
        }
        Set<Long> itTeams =
                allTeams.stream().filter(TeamView::itTeam).map(TeamView::id).collect(Collectors.toUnmodifiableSet());
        List<String> needingIt = involved.values().stream()
                .filter(i -> i.kind() == InitiativeKind.INFRASTRUCTURE || i.itReview() != ItReviewState.NOT_NEEDED)
                .map(InitiativeSummary::title)
                .limit(3)
                .toList();
        boolean fromAttendance = session.attendanceRecorded();
        List<DiscoveryRules.Person> there = session.invitees().stream()
                .filter(i -> !fromAttendance || Boolean.TRUE.equals(i.attended()))
                .filter(i -> teamIdsOf.containsKey(i.userId()))
                .map(i -> new DiscoveryRules.Person(
                        i.userId(),
                        teamIdsOf.get(i.userId()),
                        involvementOf.getOrDefault(i.userId(), Set.of()).contains(Involvement.EXECUTES)))
                .toList();
        List<WarningView> warnings = DiscoveryRules.warnings(
                        new DiscoveryRules.People(there, fromAttendance, involvedTeams, itTeams, needingIt), teams)
                .stream()
                .map(w -> new WarningView(w.kind(), w.sentence()))
                .toList();

        Map<Long, String> authors = new HashMap<>(people);
        List<Long> unknownAuthors = recorded.stream()
                .map(Outcome::createdBy)
                .filter(id -> !authors.containsKey(id))
                .distinct()
                .toList();
        if (!unknownAuthors.isEmpty()) {
            users.byIds(unknownAuthors).forEach(u -> authors.put(u.id(), u.displayName()));
        }
        for (Outcome o : recorded) {
            for (Long id : o.initiativeIds()) {
                if (!initiativeTitles.containsKey(id)) {
                    try {
                        initiativeTitles.put(
                                id,
                                initiatives
                                        .get(context.slug(), context.userId(), id)
                                        .title());
                    } catch (InitiativeNotFound e) {
                        // deleted since
                    }
                }
            }
        }
        List<OutcomeView> outcomeViews = recorded.stream()
                .map(o -> new OutcomeView(
                        o.id(),
                        o.kind(),
                        o.what(),
                        o.why(),
                        refs(initiativeTitles, o.initiativeIds()),
                        refs(goalNames, o.goalIds()),
                        new Ref(o.createdBy(), authors.getOrDefault(o.createdBy(), "Person " + o.createdBy())),
                        o.createdAt()))
                .toList();

        List<StatementView> statementViews = stated.stream()
                .map(s -> new StatementView(
                        new Ref(s.teamId(), teams.get(s.teamId())),
                        s.aim(),
                        refs(goalNames, s.goalIds()),
                        refs(userGoalNames, s.userGoalIds()),
                        s.kpis().entrySet().stream()
                                .filter(e -> kpiNames.containsKey(e.getKey()))
                                .map(e ->
                                        new KpiEffectView(new Ref(e.getKey(), kpiNames.get(e.getKey())), e.getValue()))
                                .sorted(Comparator.comparing(k -> k.kpi().name(), String.CASE_INSENSITIVE_ORDER))
                                .toList(),
                        s.capacity(),
                        s.needs().entrySet().stream()
                                .filter(e -> teams.containsKey(e.getKey()))
                                .map(e -> new NeedView(new Ref(e.getKey(), teams.get(e.getKey())), e.getValue()))
                                .sorted(Comparator.comparing(n -> n.team().name(), String.CASE_INSENSITIVE_ORDER))
                                .toList(),
                        s.version()))
                .toList();
        return new SessionView(
                session.id(),
                session.topic(),
                session.startsAt(),
                session.endsAt(),
                session.timeZone().getId(),
                ref(teams, session.hostTeamId()),
                refs(goalNames, session.goalIds()),
                invitees,
                fromAttendance,
                statementViews,
                findings,
                fromAttendance ? "attendance" : "invitations",
                warnings,
                involved.values().stream().map(i -> new Ref(i.id(), i.title())).toList(),
                outcomeViews,
                session.version());
    }

    private static String involvementWords(@Nullable Set<Involvement> involvement) {
        if (involvement == null || involvement.isEmpty()) {
            return "No team";
        }
        return involvement.contains(Involvement.EXECUTES) ? Involvement.EXECUTES.label() : Involvement.LEADS.label();
    }
}

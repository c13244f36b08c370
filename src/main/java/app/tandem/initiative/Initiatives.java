package app.tandem.initiative;

import app.tandem.initiative.internal.Dependency;
import app.tandem.initiative.internal.DependencyRepository;
import app.tandem.initiative.internal.DependencyRow;
import app.tandem.initiative.internal.Initiative;
import app.tandem.initiative.internal.InitiativeChecks;
import app.tandem.initiative.internal.InitiativeDirectory;
import app.tandem.initiative.internal.InitiativeRepository;
import app.tandem.initiative.internal.ItReview;
import app.tandem.initiative.internal.ItReviewRepository;
import app.tandem.initiative.internal.StatusChange;
import app.tandem.initiative.internal.StatusChangeRepository;
import app.tandem.initiative.rules.DependencyCycles;
import app.tandem.initiative.rules.ItReviewRules;
import app.tandem.initiative.rules.StatusRules;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives of a workspace and the dependencies between them. Every method checks the acting
 * person's role first (viewers read, members and admins change); another workspace's initiative
 * answers {@link InitiativeNotFound}, and an id of another workspace in what a person gives is refused
 * naming the field. "Today", for the at-risk rules, is the day in UTC.
 */
@Service
@Transactional(readOnly = true)
public class Initiatives {

    private final Workspaces workspaces;
    private final InitiativeRepository initiatives;
    private final StatusChangeRepository history;
    private final DependencyRepository dependencies;
    private final InitiativeDirectory directory;
    private final ItReviewRepository itReviews;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Initiatives(
            Workspaces workspaces,
            InitiativeRepository initiatives,
            StatusChangeRepository history,
            DependencyRepository dependencies,
            InitiativeDirectory directory,
            ItReviewRepository itReviews,
            ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.initiatives = initiatives;
        this.history = history;
        this.dependencies = dependencies;
        this.directory = directory;
        this.itReviews = itReviews;
        this.events = events;
    }

    // ---- initiatives ----------------------------------------------------------------------------

    /**
     * The initiatives that pass {@code filter}, by start date then title, a page at a time. Each says
     * whether a dependency it needs is at risk today.
     */
    public Page<InitiativeSummary> list(String slug, long userId, InitiativeFilter filter, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        InitiativeDirectory.Snapshot names = directory.of(context);
        Long teamId = filter.team() == null || filter.team().isBlank() ? null : names.team(filter.team(), "team");
        List<Long> pageIds;
        long total;
        Set<Long> atRisk;
        if (filter.atRisk() == null) {
            Page<Long> page = initiatives.ids(
                    context.id(), filter.kind(), filter.status(), filter.ownerId(), filter.goalId(), teamId, pageable);
            pageIds = page.getContent();
            total = page.getTotalElements();
            atRisk = pageIds.isEmpty() ? Set.of() : new HashSet<>(dependencies.atRiskAmong(pageIds, today()));
        } else {
            atRisk = new HashSet<>(dependencies.atRiskIn(context.id(), today()));
            boolean wanted = filter.atRisk();
            List<Long> ids = initiatives
                    .ids(context.id(), filter.kind(), filter.status(), filter.ownerId(), filter.goalId(), teamId)
                    .stream()
                    .filter(id -> atRisk.contains(id) == wanted)
                    .toList();
            int from = (int) Math.min(pageable.getOffset(), ids.size());
            pageIds = ids.subList(from, Math.min(ids.size(), from + pageable.getPageSize()));
            total = ids.size();
        }
        List<InitiativeSummary> content = summaries(context, names, pageIds, atRisk);
        return new PageImpl<>(content, pageable, total);
    }

    /** The initiatives of these ids, in this order, as lists show them; {@code atRisk} says which are. */
    private List<InitiativeSummary> summaries(
            WorkspaceContext context, InitiativeDirectory.Snapshot names, List<Long> ids, Set<Long> atRisk) {
        Map<Long, Initiative> loaded = initiatives.findByWorkspaceIdAndIdIn(context.id(), ids).stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        names.knowing(loaded.values().stream().map(Initiative::ownerUserId).toList());
        Set<Long> reviewed = ids.isEmpty() ? Set.of() : Set.copyOf(itReviews.reviewedAmong(ids));
        Set<Long> blocked = reviewed.isEmpty() ? Set.of() : Set.copyOf(itReviews.blockedAmong(reviewed));
        return ids.stream()
                .filter(loaded::containsKey)
                .map(loaded::get)
                .map(i -> new InitiativeSummary(
                        i.id(),
                        i.title(),
                        i.kind(),
                        names.team(i.proposingTeamId()),
                        names.person(i.ownerUserId()),
                        i.startDate(),
                        i.dueDate(),
                        i.totalPersonWeeks(),
                        i.confidence(),
                        i.status(),
                        atRisk.contains(i.id()),
                        itReviewState(i, reviewed.contains(i.id()), blocked.contains(i.id())),
                        i.version()))
                .toList();
    }

    // ---- what changed since (check-ins) ---------------------------------------------------------

    /** The ids of the workspace's initiatives that serve the business goal: for check-ins per goal. */
    public Set<Long> serving(WorkspaceContext context, long goalId) {
        return Set.copyOf(initiatives.ids(context.id(), null, null, null, goalId, null));
    }

    /**
     * An initiative at risk or late now that was not so at an earlier instant: {@code becameAtRisk}
     * (a dependency it needs is at risk today, and none made before then was at risk on that day),
     * {@code becameLate} (past its due date today, neither done nor dropped, and not so on that day),
     * its status then (null when proposed since), and why it is at risk, in words.
     */
    public record Slipped(
            InitiativeSummary initiative,
            boolean becameAtRisk,
            boolean becameLate,
            @Nullable InitiativeStatus statusThen,
            List<String> riskReasons) {}

    /** How many initiatives slipped since an instant, and the first {@code max} of them by due date. */
    public record SlippedSince(long total, List<Slipped> initiatives) {}

    /**
     * The initiatives of the workspace (serving {@code goalId} only, when given) that became at risk or
     * late since {@code since}, by due date, at most {@code max} (up to 200). Statuses keep a history,
     * so whether one was late then is exact; initiatives' dates do not, so whether one was at risk then
     * is told from the dependencies made before then, on that day, with today's statuses and dates. For
     * check-ins; the caller has checked the workspace.
     */
    public SlippedSince slippedSince(WorkspaceContext context, Instant since, @Nullable Long goalId, int max) {
        LocalDate today = today();
        LocalDate then = LocalDate.ofInstant(since, java.time.ZoneOffset.UTC);
        Set<Long> atRiskNow = new HashSet<>(dependencies.atRiskIn(context.id(), today));
        Set<Long> lateNow = new HashSet<>(initiatives.lateIn(context.id(), today));
        Set<Long> candidates = new HashSet<>(atRiskNow);
        candidates.addAll(lateNow);
        if (goalId != null && !candidates.isEmpty()) {
            candidates.retainAll(initiatives.ids(context.id(), null, null, null, goalId, null));
        }
        if (candidates.isEmpty()) {
            return new SlippedSince(0, List.of());
        }
        Set<Long> atRiskThen = new HashSet<>(dependencies.atRiskInMadeBefore(context.id(), then, since));
        Map<Long, Initiative> loaded = initiatives.findByWorkspaceIdAndIdIn(context.id(), candidates).stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        Map<Long, StatusChange> firstChange = new java.util.HashMap<>();
        for (StatusChange change : history.changedSince(candidates, since)) {
            firstChange.putIfAbsent(change.initiativeId(), change);
        }
        record Found(
                Initiative initiative,
                boolean atRisk,
                boolean late,
                @Nullable InitiativeStatus statusThen) {}
        List<Found> found = new ArrayList<>();
        for (Initiative initiative : loaded.values()) {
            StatusChange first = firstChange.get(initiative.id());
            InitiativeStatus statusThen = first == null ? initiative.status() : first.from();
            boolean lateThen = statusThen != null
                    && !statusThen.isFinal()
                    && initiative.dueDate().isBefore(then);
            boolean becameAtRisk = atRiskNow.contains(initiative.id()) && !atRiskThen.contains(initiative.id());
            boolean becameLate = lateNow.contains(initiative.id()) && !lateThen;
            if (becameAtRisk || becameLate) {
                found.add(new Found(initiative, becameAtRisk, becameLate, statusThen));
            }
        }
        found.sort(Comparator.comparing((Found f) -> f.initiative().dueDate())
                .thenComparing(f -> f.initiative().id()));
        List<Found> first = found.subList(0, Math.min(found.size(), Math.clamp(max, 0, 200)));
        Map<Long, InitiativeSummary> summaries = summaries(
                        context,
                        directory.of(context),
                        first.stream().map(f -> f.initiative().id()).toList(),
                        atRiskNow)
                .stream()
                .collect(Collectors.toMap(InitiativeSummary::id, Function.identity()));
        List<Slipped> slipped = first.stream()
                .map(f -> new Slipped(
                        summaries.get(f.initiative().id()),
                        f.atRisk(),
                        f.late(),
                        f.statusThen(),
                        f.atRisk()
                                ? dependencies.needsOf(f.initiative().id()).stream()
                                        .flatMap(row -> row.riskReasons(today).stream())
                                        .toList()
                                : List.of()))
                .toList();
        return new SlippedSince(found.size(), slipped);
    }

    /**
     * An open hand-off: the dependency, and the teams that propose the initiative that hands off
     * ({@code fromTeam}, the provider's) and the one that waits for it ({@code toTeam}, the dependant's).
     */
    public record HandOff(
            DependencyView dependency,
            @Nullable Ref fromTeam,
            @Nullable Ref toTeam) {}

    /** How many hand-offs are due, and the earliest of them. */
    public record HandOffsDue(long total, List<HandOff> earliest) {}

    /**
     * The hand-offs of the workspace still open and due on or before {@code by} (overdue ones too), those
     * where the dependant or the provider serves {@code goalId} only when given, earliest first, at most
     * {@code max} (up to 200). For check-ins; the caller has checked the workspace.
     */
    public HandOffsDue handOffsDue(WorkspaceContext context, LocalDate by, @Nullable Long goalId, int max) {
        long total = dependencies.countOpenDueBy(context.id(), by, goalId);
        if (total == 0) {
            return new HandOffsDue(0, List.of());
        }
        LocalDate today = today();
        List<DependencyRow> rows = dependencies.openDueBy(
                context.id(), by, goalId, org.springframework.data.domain.PageRequest.of(0, Math.clamp(max, 1, 200)));
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> {
            ids.add(row.dependant().id());
            ids.add(row.provider().id());
        });
        Map<Long, Long> teams = new java.util.HashMap<>();
        initiatives.findByWorkspaceIdAndIdIn(context.id(), ids).forEach(i -> {
            if (i.proposingTeamId() != null) {
                teams.put(i.id(), i.proposingTeamId());
            }
        });
        InitiativeDirectory.Snapshot names = directory.of(context);
        return new HandOffsDue(
                total,
                rows.stream()
                        .map(row -> new HandOff(
                                view(row, today),
                                names.team(teams.get(row.provider().id())),
                                names.team(teams.get(row.dependant().id()))))
                        .toList());
    }

    /**
     * The workspace's dependencies at risk today, the earliest hand-off first, at most {@code max} (up to
     * 200), each with why it is at risk: for the dashboard. The caller has checked the workspace.
     */
    public List<Roadmap.Arrow> dependenciesAtRisk(WorkspaceContext context, int max) {
        LocalDate today = today();
        return dependencies.rowsAtRiskIn(context.id(), today, PageRequest.of(0, Math.clamp(max, 1, 200))).stream()
                .map(row -> new Roadmap.Arrow(
                        row.id(),
                        row.provider(),
                        row.dependant(),
                        row.kind(),
                        row.handoffDue(),
                        row.state(),
                        true,
                        row.riskReasons(today)))
                .toList();
    }

    /** The ids of the workspace's initiatives with a dependency they need at risk today. */
    public Set<Long> atRisk(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return Set.copyOf(dependencies.atRiskIn(context.id(), today()));
    }

    public InitiativeView get(String slug, long userId, long initiativeId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return view(directory.of(context), initiative(context, initiativeId));
    }

    /** Proposes an initiative: its status is proposed, and its history starts with who proposed it. */
    @Transactional
    public InitiativeView propose(String slug, long userId, InitiativeInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        InitiativeDirectory.Snapshot names = check(context, input);
        titleFree(context, input, 0);
        return propose(context, names, userId, input);
    }

    /** Refuses a title another initiative of the workspace than {@code exceptId} has. */
    private void titleFree(WorkspaceContext context, InitiativeInput input, long exceptId) {
        String title = String.valueOf(input.title()).strip();
        if (initiatives.titleTaken(context.id(), title.toLowerCase(Locale.ROOT), exceptId)) {
            throw new InitiativeTitleTaken(title);
        }
    }

    /**
     * Checks {@code input} as proposing or changing an initiative does, saving nothing: every wrong
     * field at once. For a form that has errors of its own (an effort that is not a number), so it
     * shows the rest beside them.
     */
    @Transactional(readOnly = true)
    public void checkInput(String slug, long userId, InitiativeInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        InitiativeDirectory.Snapshot names = directory.of(context);
        InitiativeChecks.check(input, names.memberIds(), names.teamIds(), names::inTeam);
    }

    /**
     * Checks {@code input} as replacing initiative {@code initiativeId} does, saving nothing (see
     * {@link #checkInput(String, long, InitiativeInput)}).
     */
    @Transactional(readOnly = true)
    public void checkInput(String slug, long userId, long initiativeId, InitiativeInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        InitiativeDirectory.Snapshot names = directory.of(context);
        InitiativeChecks.check(
                input, names.memberIds(), names.teamIds(), contributorTeams(names, initiative(context, initiativeId)));
    }

    /**
     * Proposes each of {@code inputs} as {@link #propose(String, long, InitiativeInput)} does, in one
     * transaction, reading the workspace's teams and members once for all of them (an import).
     */
    @Transactional
    public void proposeAll(String slug, long userId, List<InitiativeInput> inputs) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        InitiativeDirectory.Snapshot names = directory.of(context);
        for (InitiativeInput input : inputs) {
            Set<Long> held = workspaces.holdTeams(context, InitiativeChecks.teamsNamed(input));
            InitiativeChecks.check(input, names.memberIds(), held, names::inTeam);
            propose(context, names, userId, input);
        }
    }

    private InitiativeView propose(
            WorkspaceContext context, InitiativeDirectory.Snapshot names, long userId, InitiativeInput input) {
        Instant now = clock.instant();
        Initiative initiative = initiatives.save(new Initiative(context.id(), input, now));
        history.save(new StatusChange(initiative.id(), userId, now, null, InitiativeStatus.PROPOSED, null));
        events.publishEvent(new InitiativeProposed(
                context.id(),
                initiative.id(),
                initiative.title(),
                initiative.kind(),
                initiative.proposingTeamId(),
                initiative.ownerUserId(),
                userId));
        return view(names, initiative);
    }

    /**
     * Replaces everything a person gives of an initiative (not its status). {@code startedFrom} is the
     * version the change was made on: an initiative changed since is refused ({@link ConcurrentChange},
     * 409) instead of overwritten. Every wrong field is refused at once, and nothing is saved.
     */
    @Transactional
    public InitiativeView replace(
            String slug, long userId, long initiativeId, InitiativeInput input, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        ConcurrentChange.check("this initiative", startedFrom, initiative.version());
        InitiativeDirectory.Snapshot names = check(context, input, initiative);
        titleFree(context, input, initiativeId);
        Set<Long> riskyBefore = riskyDependencies(initiativeId);
        initiative.define(input);
        flush(initiative);
        announceNewRisks(context, initiativeId, riskyBefore);
        return view(names, initiative);
    }

    /**
     * Moves an initiative to {@code to}, as {@link StatusRules} allow ({@link StatusChangeRefused}
     * says why not), and keeps who, when, from, to and why in its history. Dropping it asks for the
     * reason. With {@code startedFrom}, an initiative changed since that version is refused (409).
     * Committing work that needs an IT review and has none is refused ({@link ItReviewMissing}).
     */
    @Transactional
    public InitiativeView changeStatus(
            String slug,
            long userId,
            long initiativeId,
            @Nullable InitiativeStatus to,
            @Nullable String reason,
            @Nullable Long startedFrom) {
        return changeStatus(slug, userId, initiativeId, to, reason, startedFrom, false);
    }

    /**
     * {@link #changeStatus(String, long, long, InitiativeStatus, String, Long)}; with {@code
     * skipItReview}, work that needs an IT review and has none is committed anyway, and that is kept
     * on it ({@link ItReviewState#SKIPPED}) and in its history ("Committed without an IT review").
     */
    @Transactional
    public InitiativeView changeStatus(
            String slug,
            long userId,
            long initiativeId,
            @Nullable InitiativeStatus to,
            @Nullable String reason,
            @Nullable Long startedFrom,
            boolean skipItReview) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        if (startedFrom != null) {
            ConcurrentChange.check("this initiative", startedFrom, initiative.version());
        }
        InvalidInputs.checks()
                .check(() -> {
                    if (to == null) {
                        throw new InvalidInput("status", "Choose the status to move it to.");
                    }
                })
                .check(() -> {
                    if (reason != null && reason.strip().length() > StatusChange.REASON_MAX) {
                        throw new InvalidInput(
                                "reason", "A reason has at most " + StatusChange.REASON_MAX + " characters.");
                    }
                    if (to == InitiativeStatus.DROPPED && (reason == null || reason.isBlank())) {
                        throw new InvalidInput("reason", "Say why it is dropped, so every team knows.");
                    }
                })
                .done();
        InitiativeStatus from = initiative.status();
        if (to == null) {
            throw new IllegalStateException("checked above");
        }
        StatusRules.refusal(from, to).ifPresent(sentence -> {
            throw new StatusChangeRefused(sentence, from, StatusRules.next(from));
        });
        String kept = reason;
        Set<Long> riskyBefore = riskyDependencies(initiativeId);
        Optional<ItReview> review = itReviews.findByInitiativeId(initiative.id());
        boolean blocked = review.map(r -> r.readiness() == Readiness.BLOCKED).orElse(false);
        if (ItReviewRules.asksBeforeCommitting(
                to,
                ItReviewRules.needsItReview(initiative.kind(), initiative.needsWebForm()),
                review.isPresent(),
                blocked)) {
            if (!skipItReview) {
                throw new ItReviewMissing(ItReviewRules.question(initiative.kind(), blocked));
            }
            if (blocked) {
                kept = StatusChange.whileItBlocked(reason);
            } else {
                initiative.skipItReview();
                kept = StatusChange.withoutItReview(reason);
            }
        }
        initiative.moveTo(to);
        flush(initiative);
        history.save(new StatusChange(initiative.id(), userId, clock.instant(), from, to, kept));
        announceNewRisks(context, initiativeId, riskyBefore);
        String why = kept == null || kept.isBlank() ? null : kept.strip();
        events.publishEvent(
                new InitiativeStatusChanged(context.id(), initiative.id(), initiative.title(), from, to, userId, why));
        if (to == InitiativeStatus.COMMITTED) {
            events.publishEvent(new InitiativeCommitted(context.id(), initiative.id(), initiative.title(), userId));
        }
        return view(directory.of(context), initiative);
    }

    /** Deletes an initiative with its history and its dependencies both ways. */
    @Transactional
    public void delete(String slug, long userId, long initiativeId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        ConcurrentChange.checkDelete("this initiative", startedFrom, initiative.version());
        initiatives.delete(initiative);
    }

    // ---- dependencies ---------------------------------------------------------------------------

    /** What the initiative needs from others and what others need from it, each with why it is at risk. */
    public Dependencies dependencies(String slug, long userId, long initiativeId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        initiative(context, initiativeId);
        LocalDate today = today();
        return new Dependencies(
                dependencies.needsOf(initiativeId).stream()
                        .map(row -> view(row, today))
                        .toList(),
                dependencies.neededFrom(initiativeId).stream()
                        .map(row -> view(row, today))
                        .toList());
    }

    /** One dependency of the initiative, either way, with why it is at risk; one of another initiative is not found. */
    public DependencyView dependency(String slug, long userId, long initiativeId, long dependencyId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Dependency dependency = dependency(context, initiativeId, dependencyId);
        return view(dependencies.row(dependency.id()), today());
    }

    /**
     * Records that the initiative {@code dependantId} needs something of a kind from another initiative
     * of the workspace by a day. Refused naming the field: a provider of another workspace or the
     * initiative itself (400), the same need twice ({@link DependencyExists}, 409), or a need that would
     * close a cycle ({@link DependencyCycle}, 409, naming the initiatives of the cycle in order), also
     * with another dependency added at the same moment (the workspace is held while one is added).
     */
    @Transactional
    public DependencyView addDependency(String slug, long userId, long dependantId, DependencyInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        // one new dependency of the workspace at a time, so two made at once cannot close a cycle together
        workspaces.holdWorkspace(context);
        Initiative dependant = initiative(context, dependantId);
        Long providerId = input.providerId();
        InvalidInputs.checks()
                .check(() -> {
                    if (providerId == null) {
                        throw new InvalidInput("providerId", "Choose the initiative it needs something from.");
                    }
                    if (providerId == dependantId) {
                        throw new InvalidInput("providerId", "An initiative cannot depend on itself.");
                    }
                    if (initiatives
                            .findByIdAndWorkspaceId(providerId, context.id())
                            .isEmpty()) {
                        throw new InvalidInput("providerId", "No initiative " + providerId + " in this workspace.");
                    }
                })
                .check(() -> {
                    if (input.kind() == null) {
                        throw new InvalidInput(
                                "kind",
                                "Choose what it needs: design assets, infrastructure, a"
                                        + " feature, content, a decision or other.");
                    }
                })
                .check(() -> {
                    if (input.handoffDue() == null) {
                        throw new InvalidInput("handoffDue", "Give the day the hand-off is due.");
                    }
                    PlannedDates.check("handoffDue", input.handoffDue());
                })
                .done();
        if (providerId == null || input.kind() == null || input.handoffDue() == null) {
            throw new IllegalStateException("checked above");
        }
        Initiative provider = initiative(context, providerId);
        if (dependencies.existsByDependantIdAndProviderIdAndKind(dependantId, providerId, input.kind())) {
            throw new DependencyExists("“" + dependant.title() + "” already needs "
                    + input.kind().words() + " from “" + provider.title() + "”.");
        }
        List<Long> cycle = DependencyCycles.closedBy(edges(context), dependantId, providerId);
        if (!cycle.isEmpty()) {
            Map<Long, String> titles = initiatives.findByWorkspaceIdAndIdIn(context.id(), cycle).stream()
                    .collect(Collectors.toMap(Initiative::id, Initiative::title));
            List<Ref> named = cycle.stream()
                    .map(id -> new Ref(id, titles.getOrDefault(id, "Initiative " + id)))
                    .toList();
            throw new DependencyCycle(
                    DependencyCycles.sentence(named.stream().map(Ref::name).toList()), named);
        }
        Dependency dependency = dependencies.saveAndFlush(new Dependency(
                context.id(), dependantId, providerId, input.kind(), input.handoffDue(), clock.instant()));
        DependencyRow added = dependencies.row(dependency.id());
        announceIfAtRisk(context, added, today());
        return view(added, today());
    }

    /** The provider handed off what the dependant needed; refused (409) when it was already marked so. */
    @Transactional
    public DependencyView markDelivered(String slug, long userId, long initiativeId, long dependencyId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Dependency dependency = dependency(context, initiativeId, dependencyId);
        if (dependency.state() == DependencyState.DELIVERED) {
            throw new DependencyAlreadyDelivered(dependencyId);
        }
        dependency.deliver(userId, clock.instant());
        try {
            dependencies.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this dependency", dependency.version());
        }
        events.publishEvent(new DependencyDelivered(
                context.id(),
                dependency.id(),
                dependency.dependantId(),
                dependency.providerId(),
                dependency.kind(),
                userId));
        return view(dependencies.row(dependencyId), today());
    }

    @Transactional
    public void removeDependency(
            String slug, long userId, long initiativeId, long dependencyId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Dependency dependency = dependency(context, initiativeId, dependencyId);
        ConcurrentChange.checkDelete("this dependency", startedFrom, dependency.version());
        dependencies.delete(dependency);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The dependencies of the initiative both ways: what it needs, then what others need from it. */
    private List<DependencyRow> bothWays(long initiativeId) {
        List<DependencyRow> rows = new ArrayList<>(dependencies.needsOf(initiativeId));
        rows.addAll(dependencies.neededFrom(initiativeId));
        return rows;
    }

    /** The dependencies of the initiative, both ways, at risk today. */
    private Set<Long> riskyDependencies(long initiativeId) {
        LocalDate today = today();
        return bothWays(initiativeId).stream()
                .filter(row -> !row.riskReasons(today).isEmpty())
                .map(DependencyRow::id)
                .collect(Collectors.toSet());
    }

    /**
     * Publishes {@link DependencyAtRisk} for each dependency of the initiative at risk now that was
     * not in {@code riskyBefore}; call after the change is flushed.
     */
    private void announceNewRisks(WorkspaceContext context, long initiativeId, Set<Long> riskyBefore) {
        LocalDate today = today();
        for (DependencyRow row : bothWays(initiativeId)) {
            if (!riskyBefore.contains(row.id())) {
                announceIfAtRisk(context, row, today);
            }
        }
    }

    private void announceIfAtRisk(WorkspaceContext context, DependencyRow row, LocalDate today) {
        List<String> reasons = row.riskReasons(today);
        if (!reasons.isEmpty()) {
            events.publishEvent(new DependencyAtRisk(
                    context.id(),
                    row.id(),
                    row.dependant().id(),
                    row.dependant().title(),
                    row.provider().id(),
                    row.provider().title(),
                    row.kind(),
                    reasons));
        }
    }

    private Initiative initiative(WorkspaceContext context, long initiativeId) {
        return initiatives
                .findByIdAndWorkspaceId(initiativeId, context.id())
                .orElseThrow(() -> new InitiativeNotFound(initiativeId));
    }

    /** A dependency of the workspace that the initiative is the dependant or the provider of. */
    private Dependency dependency(WorkspaceContext context, long initiativeId, long dependencyId) {
        initiative(context, initiativeId);
        return dependencies
                .findByIdAndWorkspaceId(dependencyId, context.id())
                .filter(d -> d.involves(initiativeId))
                .orElseThrow(() -> new DependencyNotFound(initiativeId, dependencyId));
    }

    /**
     * Refuses every wrong field of {@code input}; the teams it names are held until the transaction
     * ends, so none of them can be deleted between the check and the commit.
     */
    private InitiativeDirectory.Snapshot check(WorkspaceContext context, InitiativeInput input) {
        InitiativeDirectory.Snapshot names = directory.of(context);
        Set<Long> held = workspaces.holdTeams(context, InitiativeChecks.teamsNamed(input));
        InitiativeChecks.check(input, names.memberIds(), held, names::inTeam);
        return names;
    }

    /** As {@link #check(WorkspaceContext, InitiativeInput)}, for a change of {@code initiative}. */
    private InitiativeDirectory.Snapshot check(WorkspaceContext context, InitiativeInput input, Initiative initiative) {
        InitiativeDirectory.Snapshot names = directory.of(context);
        Set<Long> held = workspaces.holdTeams(context, InitiativeChecks.teamsNamed(input));
        InitiativeChecks.check(input, names.memberIds(), held, contributorTeams(names, initiative));
        return names;
    }

    /**
     * A contributor works for one of their own teams; one saved for another team before (who has left
     * it since) keeps it, so the rest of the initiative can still be edited.
     */
    private static InitiativeChecks.ContributorTeams contributorTeams(
            InitiativeDirectory.Snapshot names, Initiative initiative) {
        return (userId, teamId) -> names.inTeam(userId, teamId)
                || initiative.contributors().stream()
                        .anyMatch(c ->
                                c.userId() == userId && Long.valueOf(teamId).equals(c.teamId()));
    }

    private void flush(Initiative initiative) {
        try {
            initiatives.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this initiative", initiative.version());
        }
    }

    private List<DependencyCycles.Edge> edges(WorkspaceContext context) {
        return dependencies.pairs(context.id()).stream()
                .map(pair -> new DependencyCycles.Edge((Long) pair[0], (Long) pair[1]))
                .toList();
    }

    private static ItReviewState itReviewState(Initiative initiative, boolean reviewed, boolean blocked) {
        return ItReviewRules.state(
                ItReviewRules.needsItReview(initiative.kind(), initiative.needsWebForm()),
                reviewed,
                blocked,
                initiative.itReviewSkipped());
    }

    private ItReviewState itReviewState(Initiative initiative) {
        Optional<ItReview> review = itReviews.findByInitiativeId(initiative.id());
        return itReviewState(
                initiative,
                review.isPresent(),
                review.map(r -> r.readiness() == Readiness.BLOCKED).orElse(false));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private DependencyView view(DependencyRow row, LocalDate today) {
        List<String> reasons = row.riskReasons(today);
        return new DependencyView(
                row.id(),
                row.dependant(),
                row.provider(),
                row.kind(),
                row.handoffDue(),
                row.state(),
                !reasons.isEmpty(),
                reasons,
                row.version());
    }

    private InitiativeView view(InitiativeDirectory.Snapshot names, Initiative initiative) {
        List<StatusChange> changes = history.findByInitiativeIdOrderByChangedAtAscIdAsc(initiative.id());
        names.knowing(Stream.of(
                        Stream.of(initiative.ownerUserId()),
                        initiative.contributors().stream().map(c -> c.userId()),
                        changes.stream().map(StatusChange::changedBy))
                .flatMap(Function.identity())
                .toList());
        List<InitiativeView.EffortView> effort = initiative.effort().entrySet().stream()
                .filter(e -> names.team(e.getKey()) != null)
                .map(e -> new InitiativeView.EffortView(names.team(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(e -> e.team().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<InitiativeView.ContributorView> contributors = initiative.contributors().stream()
                .map(c ->
                        new InitiativeView.ContributorView(names.person(c.userId()), names.team(c.teamId()), c.role()))
                .sorted(Comparator.comparing((InitiativeView.ContributorView c) -> c.role())
                        .thenComparing(c -> c.person().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<InitiativeView.StatusChangeView> changeViews = changes.stream()
                .map(c -> new InitiativeView.StatusChangeView(
                        names.person(c.changedBy()), c.changedAt(), c.from(), c.to(), c.reason()))
                .toList();
        boolean atRisk =
                !dependencies.atRiskAmong(List.of(initiative.id()), today()).isEmpty();
        return new InitiativeView(
                initiative.id(),
                initiative.title(),
                initiative.description(),
                initiative.kind(),
                names.team(initiative.proposingTeamId()),
                names.person(initiative.ownerUserId()),
                contributors,
                initiative.startDate(),
                initiative.dueDate(),
                effort,
                initiative.totalPersonWeeks(),
                initiative.confidence(),
                initiative.status(),
                StatusRules.next(initiative.status()),
                atRisk,
                initiative.needsWebForm(),
                itReviewState(initiative),
                changeViews,
                initiative.createdAt(),
                initiative.version());
    }
}

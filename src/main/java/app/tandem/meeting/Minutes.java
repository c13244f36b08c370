package app.tandem.meeting;

import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.initiative.Roadmaps;
import app.tandem.initiative.WorkspaceWork;
import app.tandem.meeting.internal.ActionItem;
import app.tandem.meeting.internal.ActionItemRepository;
import app.tandem.meeting.internal.CheckIn;
import app.tandem.meeting.internal.CheckInRepository;
import app.tandem.meeting.internal.Decision;
import app.tandem.meeting.internal.DecisionRepository;
import app.tandem.meeting.internal.MeetingDirectory;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a check-in: who attended (members only), the decisions (what, why, what they
 * re-prioritised, the initiatives and business goals they concern, a due date for one still to
 * make) and the action items (what, a member who owns it, by when, open or done). Giving an action
 * item an owner, or a new one, publishes {@link ActionItemAssigned}. Every refusal names its field,
 * every wrong field at once, and nothing is saved then. A decision or an action item recorded by
 * mistake is changed or deleted. A cancelled check-in's minutes cannot be changed.
 */
@Service
@Transactional(readOnly = true)
public class Minutes {

    /** The most decisions, and action items, one check-in records each. */
    public static final int MAX_PER_CHECK_IN = 100;

    /** The most people one check-in's attendance lists. */
    public static final int MAX_ATTENDEES = 1_000;

    private final Workspaces workspaces;
    private final CheckInRepository checkIns;
    private final DecisionRepository decisions;
    private final ActionItemRepository actionItems;
    private final MeetingDirectory directory;
    private final Goals goals;
    private final Roadmaps roadmaps;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Minutes(
            Workspaces workspaces,
            CheckInRepository checkIns,
            DecisionRepository decisions,
            ActionItemRepository actionItems,
            MeetingDirectory directory,
            Goals goals,
            Roadmaps roadmaps,
            ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.checkIns = checkIns;
        this.decisions = decisions;
        this.actionItems = actionItems;
        this.directory = directory;
        this.goals = goals;
        this.roadmaps = roadmaps;
        this.events = events;
    }

    // ---- attendance ----------------------------------------------------------------------------

    /**
     * Records who attended: members of the workspace, each once; someone who is not a member is
     * refused naming {@code attendeeIds[i]}. {@code startedFrom} is the check-in's version.
     */
    @Transactional
    public List<Ref> attend(
            String slug, long userId, long checkInId, @Nullable List<@Nullable Long> attendeeIds, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        ConcurrentChange.check("this check-in", startedFrom, checkIn.version());
        MeetingDirectory.Snapshot names = directory.of(context);
        List<@Nullable Long> given = attendeeIds == null ? List.of() : attendeeIds;
        if (given.size() > MAX_ATTENDEES) {
            throw new InvalidInput("attendeeIds", "At most " + MAX_ATTENDEES + " people attend one check-in.");
        }
        InvalidInputs.Checks checks = InvalidInputs.checks();
        for (int i = 0; i < given.size(); i++) {
            Long id = given.get(i);
            String field = "attendeeIds[" + i + "]";
            checks.check(() -> {
                if (id == null || !names.isMember(id)) {
                    throw new InvalidInput(
                            field, "Only members of this workspace attend its check-ins; " + id + " is not one.");
                }
            });
        }
        checks.done();
        Set<Long> attendees =
                new LinkedHashSet<>(given.stream().map(Objects::requireNonNull).toList());
        checkIn.attendedBy(
                attendees,
                attendees.stream().flatMap(id -> names.teamsOf(id).stream()).collect(Collectors.toSet()));
        try {
            checkIns.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this check-in", checkIn.version());
        }
        return checkIn.attendees().stream()
                .map(names::person)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    // ---- decisions -----------------------------------------------------------------------------

    public List<DecisionView> decisions(String slug, long userId, long checkInId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return decisions(context, checkIn(context, checkInId).id());
    }

    /** One decision of a check-in (the address a new decision's {@code Location} gives). */
    public DecisionView decision(String slug, long userId, long checkInId, long decisionId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Decision decision = decision(checkIn(context, checkInId), decisionId);
        return view(decision, initiativeNames(context), goalNames(context));
    }

    /** The decision {@code decisionId} of {@code checkIn}; not found when it is another check-in's. */
    private Decision decision(CheckIn checkIn, long decisionId) {
        return decisions
                .findByIdAndCheckInId(decisionId, checkIn.id())
                .orElseThrow(() -> new DecisionNotFound(decisionId));
    }

    List<DecisionView> decisions(WorkspaceContext context, long checkInId) {
        List<Decision> found = decisions.findByCheckInIdOrderByIdAsc(checkInId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> initiatives = initiativeNames(context);
        Map<Long, String> goalNames = goalNames(context);
        return found.stream().map(d -> view(d, initiatives, goalNames)).toList();
    }

    @Transactional
    public DecisionView addDecision(String slug, long userId, long checkInId, DecisionInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        Map<Long, String> initiatives = initiativeNames(context);
        Map<Long, String> goalNames = goalNames(context);
        Decision decision = new Decision(context.id(), checkIn.id(), userId, clock.instant());
        define(decision, input, initiatives, goalNames);
        // (counted while the workspace is held, so that requests at once do not pass the limit together)
        workspaces.holdWorkspace(context);
        if (decisions.countByCheckInId(checkIn.id()) >= MAX_PER_CHECK_IN) {
            throw new InvalidInput("what", "A check-in records at most " + MAX_PER_CHECK_IN + " decisions.");
        }
        return view(decisions.save(decision), initiatives, goalNames);
    }

    @Transactional
    public DecisionView updateDecision(
            String slug, long userId, long checkInId, long decisionId, DecisionInput input, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        Decision decision = decision(checkIn, decisionId);
        ConcurrentChange.check("this decision", startedFrom, decision.version());
        Map<Long, String> initiatives = initiativeNames(context);
        Map<Long, String> goalNames = goalNames(context);
        define(decision, input, initiatives, goalNames);
        try {
            decisions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this decision", decision.version());
        }
        return view(decision, initiatives, goalNames);
    }

    /**
     * Deletes a decision recorded by mistake (or twice): it leaves the minutes, and the next agenda no
     * longer lists it as due. A cancelled check-in's minutes stay as they were ({@link CheckInCancelled}).
     */
    @Transactional
    public void deleteDecision(String slug, long userId, long checkInId, long decisionId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        Decision decision = decision(checkIn, decisionId);
        ConcurrentChange.checkDelete("this decision", startedFrom, decision.version());
        decisions.delete(decision);
    }

    /** Marks a decision due as made, from the version it was read at. */
    @Transactional
    public DecisionView markMade(String slug, long userId, long checkInId, long decisionId, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = checkIn(context, checkInId);
        Decision decision = decision(checkIn, decisionId);
        ConcurrentChange.check("this decision", startedFrom, decision.version());
        decision.made();
        try {
            decisions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this decision", decision.version());
        }
        return view(decision, initiativeNames(context), goalNames(context));
    }

    private void define(
            Decision decision, DecisionInput input, Map<Long, String> initiatives, Map<Long, String> goalNames) {
        String what = input.what() == null ? "" : input.what().strip();
        String why = blankToNull(input.why());
        String reprioritised = blankToNull(input.reprioritised());
        DecisionState state = input.state() == null ? DecisionState.MADE : input.state();
        List<@Nullable Long> initiativeIds = input.initiativeIds() == null ? List.of() : input.initiativeIds();
        List<@Nullable Long> goalIds = input.goalIds() == null ? List.of() : input.goalIds();
        InvalidInputs.Checks checks = InvalidInputs.checks()
                .check(() -> {
                    if (what.isEmpty()) {
                        throw new InvalidInput("what", "Say what was decided.");
                    }
                    if (what.length() > DecisionInput.WHAT_MAX) {
                        throw new InvalidInput(
                                "what", "Keep what was decided to " + DecisionInput.WHAT_MAX + " characters or fewer.");
                    }
                })
                .check(() -> {
                    if (why != null && why.length() > DecisionInput.WHY_MAX) {
                        throw new InvalidInput(
                                "why", "Keep the reasons to " + DecisionInput.WHY_MAX + " characters or fewer.");
                    }
                })
                .check(() -> {
                    if (reprioritised != null && reprioritised.length() > DecisionInput.REPRIORITISED_MAX) {
                        throw new InvalidInput(
                                "reprioritised",
                                "Keep what it re-prioritised to " + DecisionInput.REPRIORITISED_MAX
                                        + " characters or fewer.");
                    }
                })
                .check(() -> {
                    if (state == DecisionState.DUE && input.due() == null) {
                        throw new InvalidInput("due", "Give the date by which this decision is to be made.");
                    }
                    PlannedDates.check("due", input.due());
                })
                .check(() -> {
                    if (initiativeIds.size() > DecisionInput.LINKS_MAX || goalIds.size() > DecisionInput.LINKS_MAX) {
                        throw new InvalidInput(
                                initiativeIds.size() > DecisionInput.LINKS_MAX ? "initiativeIds" : "goalIds",
                                "Link at most " + DecisionInput.LINKS_MAX + " initiatives and goals each.");
                    }
                });
        for (int i = 0; i < initiativeIds.size(); i++) {
            Long id = initiativeIds.get(i);
            String field = "initiativeIds[" + i + "]";
            checks.check(() -> {
                if (id == null || !initiatives.containsKey(id)) {
                    throw new InvalidInput(field, "No initiative " + id + " in this workspace.");
                }
            });
        }
        for (int i = 0; i < goalIds.size(); i++) {
            Long id = goalIds.get(i);
            String field = "goalIds[" + i + "]";
            checks.check(() -> {
                if (id == null || !goalNames.containsKey(id)) {
                    throw new InvalidInput(field, "No business goal " + id + " in this workspace.");
                }
            });
        }
        checks.done();
        decision.define(
                what,
                why,
                reprioritised,
                initiativeIds.stream().map(Objects::requireNonNull).toList(),
                goalIds.stream().map(Objects::requireNonNull).toList(),
                input.due(),
                state);
    }

    private static DecisionView view(Decision decision, Map<Long, String> initiatives, Map<Long, String> goalNames) {
        return new DecisionView(
                decision.id(),
                decision.checkInId(),
                decision.what(),
                decision.why(),
                decision.reprioritised(),
                refs(decision.initiativeIds(), initiatives),
                refs(decision.goalIds(), goalNames),
                decision.due(),
                decision.state(),
                decision.version());
    }

    private static List<Ref> refs(Set<Long> ids, Map<Long, String> names) {
        return ids.stream()
                .filter(names::containsKey)
                .map(id -> new Ref(id, names.get(id)))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    // ---- action items --------------------------------------------------------------------------

    public List<ActionItemView> actionItems(String slug, long userId, long checkInId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return actionItems(context, checkIn(context, checkInId).id(), directory.of(context));
    }

    /** One action item of a check-in (the address a new action item's {@code Location} gives). */
    public ActionItemView actionItem(String slug, long userId, long checkInId, long actionItemId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        ActionItem item = actionItem(checkIn(context, checkInId), actionItemId);
        return view(item, directory.of(context).knowing(List.of(item.ownerUserId())), LocalDate.now(clock));
    }

    /** The action item {@code actionItemId} of {@code checkIn}; not found when it is another check-in's. */
    private ActionItem actionItem(CheckIn checkIn, long actionItemId) {
        return actionItems
                .findByIdAndCheckInId(actionItemId, checkIn.id())
                .orElseThrow(() -> new ActionItemNotFound(actionItemId));
    }

    List<ActionItemView> actionItems(WorkspaceContext context, long checkInId, MeetingDirectory.Snapshot names) {
        List<ActionItem> found = actionItems.findByCheckInIdOrderByIdAsc(checkInId);
        names.knowing(found.stream().map(ActionItem::ownerUserId).toList());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(a -> view(a, names, today)).toList();
    }

    /** Records an action item; its owner is told ({@link ActionItemAssigned}). */
    @Transactional
    public ActionItemView addActionItem(String slug, long userId, long checkInId, ActionItemInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        MeetingDirectory.Snapshot names = directory.of(context);
        ActionItem item = new ActionItem(context.id(), checkIn.id(), clock.instant());
        String text = check(input, names, null);
        // (counted while the workspace is held: twelve at once made 101 of at most 100, an API probe)
        workspaces.holdWorkspace(context);
        if (actionItems.countByCheckInId(checkIn.id()) >= MAX_PER_CHECK_IN) {
            throw new InvalidInput("text", "A check-in records at most " + MAX_PER_CHECK_IN + " action items.");
        }
        item.define(text, input.ownerId(), input.due(), stateOf(input));
        actionItems.save(item);
        announce(context, item);
        return view(item, names, LocalDate.now(clock));
    }

    /**
     * Changes an action item (its text, owner, due date, state), from the version it was read at; a
     * new owner is told ({@link ActionItemAssigned}).
     */
    @Transactional
    public ActionItemView updateActionItem(
            String slug, long userId, long checkInId, long actionItemId, ActionItemInput input, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = checkIn(context, checkInId);
        ActionItem item = actionItem(checkIn, actionItemId);
        ConcurrentChange.check("this action item", startedFrom, item.version());
        MeetingDirectory.Snapshot names = directory.of(context);
        String text = check(input, names, item.ownerUserId());
        boolean newOwner = item.define(text, input.ownerId(), input.due(), stateOf(input));
        try {
            actionItems.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this action item", item.version());
        }
        if (newOwner) {
            announce(context, item);
        }
        return view(item, names, LocalDate.now(clock));
    }

    /**
     * Deletes an action item recorded by mistake (or twice): it leaves the minutes, its owner's work and
     * the next agenda. A cancelled check-in's minutes stay as they were ({@link CheckInCancelled}).
     */
    @Transactional
    public void deleteActionItem(
            String slug, long userId, long checkInId, long actionItemId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = open(context, checkInId);
        ActionItem item = actionItem(checkIn, actionItemId);
        ConcurrentChange.checkDelete("this action item", startedFrom, item.version());
        actionItems.delete(item);
    }

    /** Marks an action item done, or open again, from the version it was read at. */
    @Transactional
    public ActionItemView changeState(
            String slug, long userId, long checkInId, long actionItemId, ActionItemState state, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        CheckIn checkIn = checkIn(context, checkInId);
        ActionItem item = actionItem(checkIn, actionItemId);
        ConcurrentChange.check("this action item", startedFrom, item.version());
        item.define(item.text(), item.ownerUserId(), item.due(), state);
        try {
            actionItems.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this action item", item.version());
        }
        MeetingDirectory.Snapshot names = directory.of(context).knowing(List.of(item.ownerUserId()));
        return view(item, names, LocalDate.now(clock));
    }

    private static ActionItemState stateOf(ActionItemInput input) {
        return input.state() == null ? ActionItemState.OPEN : input.state();
    }

    /**
     * Checks every field of an action item at once; {@code owner} is its owner now (null: a new one),
     * who keeps it though they became a viewer since (they are not given it anew).
     */
    private static String check(ActionItemInput input, MeetingDirectory.Snapshot names, @Nullable Long owner) {
        String text = input.text() == null ? "" : input.text().strip();
        InvalidInputs.checks()
                .check(() -> {
                    if (text.isEmpty()) {
                        throw new InvalidInput("text", "Say what is to be done.");
                    }
                    if (text.length() > ActionItemInput.TEXT_MAX) {
                        throw new InvalidInput(
                                "text", "Keep an action item to " + ActionItemInput.TEXT_MAX + " characters or fewer.");
                    }
                })
                .check(() -> {
                    if (input.ownerId() == null) {
                        throw new InvalidInput("ownerId", "Every action item needs an owner: choose a member.");
                    }
                    if (!names.isMember(input.ownerId())) {
                        throw new InvalidInput(
                                "ownerId",
                                "The owner must be a member of this workspace; " + input.ownerId() + " is not one.");
                    }
                    if (names.isViewer(input.ownerId()) && !input.ownerId().equals(owner)) {
                        throw new InvalidInput(
                                "ownerId",
                                names.person(input.ownerId()).name()
                                        + " is a viewer of this workspace, who cannot mark an action item done: make"
                                        + " them a member first, or choose another owner.");
                    }
                })
                .check(() -> PlannedDates.check("due", input.due()))
                .done();
        return text;
    }

    private void announce(WorkspaceContext context, ActionItem item) {
        events.publishEvent(new ActionItemAssigned(
                context.id(),
                item.id(),
                item.ownerUserId(),
                item.text(),
                item.due(),
                CheckIns.path(context, item.checkInId()) + "#action-item-" + item.id()));
    }

    private static ActionItemView view(ActionItem item, MeetingDirectory.Snapshot names, LocalDate today) {
        return new ActionItemView(
                item.id(),
                item.checkInId(),
                item.text(),
                names.person(item.ownerUserId()),
                item.due(),
                item.state(),
                item.overdue(today),
                item.version());
    }

    // ---- shared --------------------------------------------------------------------------------

    private CheckIn checkIn(WorkspaceContext context, long checkInId) {
        return checkIns.findByIdAndWorkspaceId(checkInId, context.id())
                .orElseThrow(() -> new CheckInNotFound(checkInId));
    }

    private CheckIn open(WorkspaceContext context, long checkInId) {
        CheckIn checkIn = checkIn(context, checkInId);
        if (checkIn.cancelled()) {
            throw new CheckInCancelled();
        }
        return checkIn;
    }

    /** The workspace's initiatives by id, with their titles (done and dropped ones too). */
    Map<Long, String> initiativeNames(WorkspaceContext context) {
        return roadmaps.work(context).initiatives().stream()
                .collect(Collectors.toMap(WorkspaceWork.Work::id, WorkspaceWork.Work::title));
    }

    Map<Long, String> goalNames(WorkspaceContext context) {
        return goals.all(context).stream().collect(Collectors.toMap(GoalView::id, GoalView::title));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

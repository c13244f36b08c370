package app.tandem.meeting.internal;

import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.initiative.Roadmaps;
import app.tandem.initiative.WorkspaceWork;
import app.tandem.meeting.ActionItemInput;
import app.tandem.meeting.ActionItemState;
import app.tandem.meeting.CadenceInput;
import app.tandem.meeting.CadenceView;
import app.tandem.meeting.CheckInSummary;
import app.tandem.meeting.CheckIns;
import app.tandem.meeting.DecisionInput;
import app.tandem.meeting.DecisionState;
import app.tandem.meeting.Frequency;
import app.tandem.meeting.Minutes;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Budgetly's monthly check-in (DESIGN.md, "Demo workspace"): a cadence whose first check-in was
 * {@link #HELD_DAYS_AGO} days ago (the nearest weekday of its month, when that was a weekend), with its minutes (who attended, the decision that put the
 * onboarding e-mail fix before the premium tier, a decision still to make before the next check-in,
 * two action items, one of them overdue), and the next check-in a week from today, whose agenda is
 * generated when it is first opened. Runs after the plan (50), so the agenda sees all of it.
 */
@Component
class DemoCheckIns {

    static final String TITLE = "Monthly check-in";
    static final int HELD_DAYS_AGO = 24;
    static final String DECISION = "Fix onboarding e-mail #2 before starting the premium tier";
    static final String OVERDUE = "Share the week-1 retention numbers per onboarding e-mail with Design";
    static final String OPEN = "Test the plain-words e-mail with five new users";

    /** The onboarding-email fix, and the initiative to link when the first is not there. */
    static final List<String> FIX =
            List.of("Rewrite onboarding e-mail #2 in plain words", "Re-onboarding e-mail campaign");

    static final List<String> ATTENDEES = List.of("Maya Ortiz", "Dev Patel", "Aiko Tanaka", "Sam Okafor", "Rui Costa");

    private final CheckIns checkIns;
    private final Minutes minutes;
    private final Workspaces workspaces;
    private final Goals goals;
    private final Roadmaps roadmaps;

    DemoCheckIns(CheckIns checkIns, Minutes minutes, Workspaces workspaces, Goals goals, Roadmaps roadmaps) {
        this.checkIns = checkIns;
        this.minutes = minutes;
        this.workspaces = workspaces;
        this.goals = goals;
        this.roadmaps = roadmaps;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Order(60)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        seed(event.slug(), event.creatorUserId());
    }

    void seed(String slug, long admin) {
        WorkspaceContext context = workspaces.access(slug, admin);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CadenceView cadence = checkIns.createCadenceHeldBefore(
                slug,
                admin,
                new CadenceInput(
                        TITLE,
                        null,
                        Frequency.MONTHLY,
                        today.minusDays(HELD_DAYS_AGO),
                        LocalTime.of(10, 0),
                        60,
                        "Room Tandem, or https://meet.example.com/budgetly-monthly",
                        "UTC"));
        // (a day on a weekend moved to the nearest weekday: the cadence says which)
        LocalDate first = cadence.firstDate();
        CheckInSummary held = checkIns.list(slug, admin, null, Pageable.ofSize(10)).getContent().stream()
                .filter(c -> c.cadenceId() == cadence.id() && c.date().equals(first))
                .findFirst()
                .orElseThrow();
        Map<String, Long> people = workspaces.members(slug, admin, Pageable.unpaged()).getContent().stream()
                .collect(Collectors.toMap(MemberView::displayName, MemberView::userId, (a, b) -> a));
        List<@Nullable Long> attendees = new ArrayList<>();
        for (String name : ATTENDEES) {
            if (people.containsKey(name)) {
                attendees.add(people.get(name));
            }
        }
        minutes.attend(slug, admin, held.id(), attendees, held.version());

        Map<String, Long> initiatives = roadmaps.work(context).initiatives().stream()
                .collect(Collectors.toMap(WorkspaceWork.Work::title, WorkspaceWork.Work::id, (a, b) -> a));
        List<@Nullable Long> fix = FIX.stream()
                .map(initiatives::get)
                .filter(Objects::nonNull)
                .limit(1)
                .map(id -> (@Nullable Long) id)
                .toList();
        List<@Nullable Long> conversion = goals.all(context).stream()
                .filter(g ->
                        g.title().startsWith("Grow trial-to-paid") || g.title().startsWith("Keep new users"))
                .map(GoalView::id)
                .map(id -> (@Nullable Long) id)
                .toList();
        minutes.addDecision(
                slug,
                admin,
                held.id(),
                new DecisionInput(
                        DECISION,
                        "People drop off after the second onboarding e-mail, and week-1 retention is off track:"
                                + " a premium tier sold to people who leave in week one would not convert.",
                        "The onboarding e-mail fix moves ahead of the premium tier; Design's guidance assets come"
                                + " after the e-mail copy.",
                        fix,
                        conversion,
                        null,
                        DecisionState.MADE));
        minutes.addDecision(
                slug,
                admin,
                held.id(),
                new DecisionInput(
                        "Price of the premium tier",
                        "Sales and Marketing bring the results of the price test.",
                        null,
                        List.of(),
                        conversion,
                        today.plusDays(5),
                        DecisionState.DUE));
        Long maya = people.getOrDefault("Maya Ortiz", admin);
        Long aiko = people.getOrDefault("Aiko Tanaka", admin);
        minutes.addActionItem(
                slug, admin, held.id(), new ActionItemInput(OVERDUE, maya, first.plusDays(7), ActionItemState.OPEN));
        minutes.addActionItem(
                slug, admin, held.id(), new ActionItemInput(OPEN, aiko, today.plusDays(14), ActionItemState.OPEN));
    }
}

package app.tandem.discovery.internal;

import app.tandem.discovery.DecisionInput;
import app.tandem.discovery.DiscoverySessions;
import app.tandem.discovery.KpiEffect;
import app.tandem.discovery.SessionInput;
import app.tandem.discovery.SessionView;
import app.tandem.discovery.StatementInput;
import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.time.LocalDateTime;
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
 * Budgetly's discovery session (DESIGN.md, "Demo workspace"): "Lead generation in Q3", held three
 * days before the instance starts, hosted by Marketing, on the conversion goal and the landing-page
 * goal. Marketing, Design and IT state their goals side by side: Marketing and IT both name the
 * landing-page goal (an overlap), Marketing raises the form completion IT expects to lower with a
 * bot check (a conflict), and the three together need more of IT than IT can give (a conflict too).
 * The people who execute the work were invited but only the leads came, so the page warns. One
 * decision is recorded. Runs after the goals (25) and the initiatives (40), through {@link
 * DiscoverySessions} as a person would.
 */
@Component
class DemoDiscovery {

    static final String TOPIC = "Lead generation in Q3";

    private final DiscoverySessions sessions;
    private final Workspaces workspaces;
    private final Goals goals;
    private final Kpis kpis;
    private final OutcomeRepository outcomes;

    DemoDiscovery(
            DiscoverySessions sessions, Workspaces workspaces, Goals goals, Kpis kpis, OutcomeRepository outcomes) {
        this.sessions = sessions;
        this.workspaces = workspaces;
        this.goals = goals;
        this.kpis = kpis;
        this.outcomes = outcomes;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Order(65)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        seed(event.slug(), event.creatorUserId());
    }

    void seed(String slug, long admin) {
        WorkspaceContext context = workspaces.access(slug, admin);
        Map<String, Long> teams =
                workspaces.allTeams(context).stream().collect(Collectors.toMap(TeamView::name, TeamView::id));
        Map<String, Long> people = workspaces.members(slug, admin, Pageable.unpaged()).getContent().stream()
                .collect(Collectors.toMap(MemberView::displayName, MemberView::userId, (a, b) -> a));
        Long conversion = goal(context, "Grow trial-to-paid");
        Long landing = goal(context, "A landing page");
        Long formCompletion = kpi(context, "Landing-page form completion");
        Long trialToPaid = kpi(context, "Trial-to-paid conversion");
        Long retention = kpi(context, "Week-1 retention");
        Long nps = kpi(context, "NPS");
        Long marketing = teams.get("Marketing");
        Long design = teams.get("Design");
        Long it = teams.get("IT");
        if (conversion == null
                || landing == null
                || formCompletion == null
                || trialToPaid == null
                || retention == null
                || nps == null
                || marketing == null
                || design == null
                || it == null) {
            return;
        }
        List<Long> invited = new ArrayList<>();
        for (String name : List.of("Maya Ortiz", "Jonas Berg", "Dev Patel", "Aiko Tanaka", "Sam Okafor")) {
            if (people.containsKey(name)) {
                invited.add(people.get(name));
            }
        }
        // three days ago at 10:00 in Berlin, where Budgetly's teams are
        LocalDateTime start = sessions.now().toLocalDate().minusDays(3).atTime(10, 0);
        SessionView session = sessions.create(
                slug,
                admin,
                new SessionInput(
                        TOPIC,
                        start,
                        start.plusHours(2),
                        marketing,
                        List.of(conversion, landing),
                        invited,
                        "Europe/Berlin",
                        SessionInput.TimesIn.TIME_ZONE));
        long id = session.id();
        sessions.putStatement(
                slug,
                admin,
                id,
                marketing,
                new StatementInput(
                        "Twice the trial sign-ups from the new landing page and the Q3 ads, without buying"
                                + " cheaper leads that never pay.",
                        List.of(conversion, landing),
                        List.of(),
                        List.of(
                                new StatementInput.KpiInput(formCompletion, KpiEffect.RAISE),
                                new StatementInput.KpiInput(trialToPaid, KpiEffect.RAISE)),
                        4.0,
                        List.of(
                                new StatementInput.NeedInput(marketing, 3.0),
                                new StatementInput.NeedInput(design, 1.5),
                                new StatementInput.NeedInput(it, 1.5))),
                null);
        sessions.putStatement(
                slug,
                admin,
                id,
                design,
                new StatementInput(
                        "A sign-up that a nervous first-time budgeter finishes: one question per step, no money"
                                + " jargon, and a first week that keeps them.",
                        List.of(conversion),
                        List.of(),
                        List.of(
                                new StatementInput.KpiInput(retention, KpiEffect.RAISE),
                                new StatementInput.KpiInput(nps, KpiEffect.GUARD)),
                        3.0,
                        List.of(new StatementInput.NeedInput(design, 2.0), new StatementInput.NeedInput(it, 1.0))),
                null);
        sessions.putStatement(
                slug,
                admin,
                id,
                it,
                new StatementInput(
                        "A form endpoint that stays up under the Q3 ad traffic, with a bot check so fake sign-ups"
                                + " stop flooding the trial numbers.",
                        List.of(landing),
                        List.of(),
                        List.of(new StatementInput.KpiInput(formCompletion, KpiEffect.LOWER)),
                        2.5,
                        List.of(new StatementInput.NeedInput(it, 1.5))),
                null);
        // only the leads came: the people who execute the work stayed away
        SessionView stated = sessions.get(slug, admin, id);
        List<DiscoverySessions.Attendance> attendance = new ArrayList<>();
        for (SessionView.InviteeView invitee : stated.invitees()) {
            attendance.add(
                    new DiscoverySessions.Attendance(invitee.person().id(), !"Executes".equals(invitee.involvement())));
        }
        sessions.recordAttendance(slug, admin, id, attendance, stated.version());
        // made by the host team's lead, at the end of the session
        sessions.recordDecision(
                slug,
                people.getOrDefault("Maya Ortiz", admin),
                id,
                new DecisionInput(
                        "The landing page launches without a bot check; IT adds one only if fake sign-ups pass 5%.",
                        "A bot check costs completions when Marketing needs them most; IT watches the fake share"
                                + " weekly instead.",
                        List.of(),
                        List.of(landing)));
        outcomes.madeAt(id, session.endsAt().toInstant(java.time.ZoneOffset.UTC));
    }

    private @Nullable Long goal(WorkspaceContext context, String prefix) {
        return goals.all(context).stream()
                .filter(g -> g.title().startsWith(prefix))
                .map(GoalView::id)
                .findFirst()
                .orElse(null);
    }

    private @Nullable Long kpi(WorkspaceContext context, String name) {
        return kpis.all(context).stream()
                .filter(k -> Objects.equals(k.name(), name))
                .map(KpiView::id)
                .findFirst()
                .orElse(null);
    }
}

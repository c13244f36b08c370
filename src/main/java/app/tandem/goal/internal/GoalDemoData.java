package app.tandem.goal.internal;

import app.tandem.goal.Direction;
import app.tandem.goal.GoalInput;
import app.tandem.goal.GoalStatus;
import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiInput;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.Kpis;
import app.tandem.support.ImportMode;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Budgetly's goals and KPIs (DESIGN.md, "Demo workspace"): "Grow trial-to-paid conversions",
 * shared by Marketing, Design and IT, with two sub-goals, and twelve months of measurements that
 * tell a story: week-1 retention climbs until the onboarding emails change in month seven, then
 * drops, drags conversions and NPS (below its guardrail for a month) with it, and only partly
 * recovers once the change is rolled back; the landing-page form, rebuilt by IT, keeps improving.
 *
 * <p>Runs just before the demo workspace's transaction commits, when its teams and people exist.
 * The months end with the current one, so the story is recent on any day the instance starts.
 */
@Component
class GoalDemoData {

    private final Workspaces workspaces;
    private final Goals goals;
    private final Kpis kpis;

    private final MeasurementRepository measurements;

    GoalDemoData(Workspaces workspaces, Goals goals, Kpis kpis, MeasurementRepository measurements) {
        this.workspaces = workspaces;
        this.goals = goals;
        this.kpis = kpis;
        this.measurements = measurements;
    }

    /** One KPI's story: a value and an optional note for each of the twelve months. */
    record Series(String kpi, double[] values, Map<Integer, String> notes) {}

    static final List<Series> SERIES = List.of(
            new Series(
                    "Trial-to-paid conversion",
                    new double[] {4.0, 4.2, 4.3, 4.5, 4.6, 4.8, 4.7, 4.4, 4.5, 4.7, 4.8, 4.9},
                    Map.of(7, "Fewer trials reach the paywall: they stop using the app in week one")),
            new Series(
                    "Week-1 retention",
                    new double[] {38, 39, 40.5, 42, 43, 44, 39.5, 36, 37, 38.5, 40, 41},
                    Map.of(
                            6,
                            "New onboarding emails: the second one pushes the premium tier",
                            7,
                            "Drop-off after the second onboarding email (campaign results)",
                            9,
                            "Second email rolled back to budgeting tips")),
            new Series(
                    "NPS",
                    new double[] {32, 33, 33, 34, 34, 35, 31, 29, 30, 32, 33, 35},
                    Map.of(7, "Below the guardrail: detractors call the emails pushy and the app full of jargon")),
            new Series(
                    "Landing-page form completion",
                    new double[] {52, 52, 53, 53, 54, 55, 56, 58, 60, 61, 62, 63},
                    Map.of(6, "IT's quick fix is live: three fields fewer on the old sign-up form")));

    // before the demo initiatives (order 40), which say which KPIs they are expected to move
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Order(25)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        String slug = event.slug();
        long admin = event.creatorUserId();
        WorkspaceContext context = workspaces.access(slug, admin);
        Map<String, Long> teams =
                workspaces.allTeams(context).stream().collect(Collectors.toMap(TeamView::name, TeamView::id));
        Map<String, Long> people = workspaces.members(slug, admin, Pageable.unpaged()).getContent().stream()
                .collect(Collectors.toMap(MemberView::email, MemberView::userId));

        LocalDate start = LocalDate.now().withDayOfMonth(1).minusMonths(11);
        LocalDate end = start.plusMonths(18);

        GoalView conversions = goals.create(
                slug,
                admin,
                new GoalInput(
                        "Grow trial-to-paid conversions",
                        "More of the people who try Budgetly should stay and pay, because the app helps them stop living paycheck "
                                + "to paycheck, not because we push harder. Marketing brings the right trials, Design makes the first "
                                + "week calm and jargon-free, IT makes sign-up and the landing page fast and reliable.",
                        start,
                        end.minusDays(1),
                        GoalStatus.ACTIVE,
                        null,
                        people.get("maya@budgetly.example"),
                        ids(teams, "Marketing", "Design", "IT")));
        GoalView firstWeek = goals.create(
                slug,
                admin,
                new GoalInput(
                        "Keep new users past their first week",
                        "Onboarding that a nervous first-time budgeter finishes: emails that help, screens without jargon.",
                        start,
                        end.minusDays(1),
                        GoalStatus.ACTIVE,
                        conversions.id(),
                        people.get("dev@budgetly.example"),
                        ids(teams, "Design", "Marketing")));
        GoalView landingPage = goals.create(
                slug,
                admin,
                new GoalInput(
                        "A landing page that converts",
                        "The campaign's landing page and its trial form, served by IT's new form endpoint.",
                        start,
                        end.minusDays(1),
                        GoalStatus.ACTIVE,
                        conversions.id(),
                        people.get("sam@budgetly.example"),
                        ids(teams, "IT", "Marketing")));

        kpis.create(
                slug,
                admin,
                new KpiInput(
                        "Trial-to-paid conversion",
                        KpiUnit.PERCENT,
                        Direction.HIGHER_IS_BETTER,
                        4.0,
                        start,
                        6.0,
                        end,
                        null,
                        null,
                        "Billing system: paid subscriptions ÷ trials started, per month",
                        Set.of(conversions.id()),
                        ids(teams, "Marketing", "Design", "Sales")));
        kpis.create(
                slug,
                admin,
                new KpiInput(
                        "Week-1 retention",
                        KpiUnit.PERCENT,
                        Direction.HIGHER_IS_BETTER,
                        38.0,
                        start,
                        50.0,
                        end,
                        null,
                        null,
                        "Product analytics: share of new users active on day 7",
                        Set.of(conversions.id(), firstWeek.id()),
                        ids(teams, "Design", "Marketing", "Support")));
        kpis.create(
                slug,
                admin,
                new KpiInput(
                        "NPS",
                        KpiUnit.SCORE,
                        Direction.HIGHER_IS_BETTER,
                        32.0,
                        start,
                        36.0,
                        end,
                        30.0,
                        null,
                        "In-app survey after 30 days. A guardrail: it must not drop below 30 while we push conversions.",
                        Set.of(conversions.id()),
                        ids(teams, "Support", "Design", "Marketing")));
        kpis.create(
                slug,
                admin,
                new KpiInput(
                        "Landing-page form completion",
                        KpiUnit.PERCENT,
                        Direction.HIGHER_IS_BETTER,
                        52.0,
                        start,
                        65.0,
                        end,
                        null,
                        null,
                        "Web analytics: forms submitted ÷ forms started",
                        Set.of(conversions.id(), landingPage.id()),
                        ids(teams, "IT", "Marketing", "Design")));

        kpis.importCsv(slug, admin, csv(start), null, ImportMode.ALL_OR_NOTHING);
        // twelve months of history, known month by month: the agenda and Home compare with what was
        // known at the last check-in or visit, not with an instance that had no values before today
        measurements.recordedOnTheirDays(context.id());
    }

    /** The twelve months of every series as one {@code kpi,date,value,note} file, as an analytics export would give. */
    static String csv(LocalDate start) {
        StringBuilder csv = new StringBuilder("kpi,date,value,note\n");
        for (Series series : SERIES) {
            for (int month = 0; month < series.values().length; month++) {
                String note = series.notes().getOrDefault(month, "");
                csv.append('"')
                        .append(series.kpi())
                        .append("\",")
                        .append(start.plusMonths(month))
                        .append(',')
                        .append(series.values()[month])
                        .append(",\"")
                        .append(note.replace("\"", "\"\""))
                        .append("\"\n");
            }
        }
        return csv.toString();
    }

    private static Set<Long> ids(Map<String, Long> teams, String... names) {
        return Arrays.stream(names).filter(teams::containsKey).map(teams::get).collect(Collectors.toSet());
    }
}

package app.tandem.initiative.internal;

import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiRef;
import app.tandem.initiative.Confidence;
import app.tandem.initiative.DependencyInput;
import app.tandem.initiative.DependencyKind;
import app.tandem.initiative.DependencyView;
import app.tandem.initiative.DesignStepInput;
import app.tandem.initiative.GoalLinkInput;
import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeLinks;
import app.tandem.initiative.InitiativeReviews;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.Initiatives;
import app.tandem.initiative.ItReviewInput;
import app.tandem.initiative.RaciRole;
import app.tandem.initiative.Readiness;
import app.tandem.initiative.UserGoalEffect;
import app.tandem.initiative.UserGoalLinkInput;
import app.tandem.initiative.rules.ItReviewRules;
import app.tandem.insight.EvidenceTarget;
import app.tandem.insight.InsightEvidence;
import app.tandem.insight.InsightView;
import app.tandem.journey.Journeys;
import app.tandem.journey.PainPointRef;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Budgetly's initiatives (DESIGN.md, "Demo workspace"): fifteen pieces of work of Marketing, Design,
 * IT, Sales and Support, with owners, contributors, effort per team and dates counted from the day
 * the instance starts (some started, some due in the coming quarter), one of each status and one
 * dropped with its reason; and the hand-offs of the story as typed dependencies. Exactly one hand-off
 * is at risk: the re-onboarding campaign starts before design's guidance assets are due.
 *
 * <p>Everything goes through {@link Initiatives}, as a person would: proposed by its owner's lead,
 * moved step by step by its owner (so each has a history), dependencies added and delivered. Runs
 * just before the demo workspace's transaction commits, after the personas (10), the journey map (20)
 * and the insights' evidence (30), so a later step can link initiatives to them by {@link #seed}'s
 * titles.
 */
@Component
class DemoInitiatives {

    /** Design's guidance assets the re-onboarding campaign needs: the hand-off at risk. */
    static final String GUIDANCE = "In-app guidance for new budgeters";

    static final String REONBOARDING = "Re-onboarding e-mail campaign";
    static final String FORM_ENDPOINT = "Landing-page form endpoint";
    static final String LANDING_PAGE = "New landing page";

    /**
     * The committed feature without an IT review: committed, kind FEATURE, and given no IT review
     * on purpose, so the demo shows what a missing review looks like. It is the only committed
     * feature. A later step links it to the usability-test insights.
     */
    static final String SAVINGS_FIX = "Savings-goals discoverability fix";

    static final String SAVINGS_CAMPAIGN = "Savings-goals campaign";
    /** A later step links it as hurting a user goal (plain pricing, no upsell in onboarding). */
    static final String PREMIUM_TIER = "Premium tier";

    static final String ANNUAL_DISCOUNT = "Annual-plan discount test";
    static final String DROP_REASON =
            "We test pricing once, with the premium tier: two price tests at the same time would blur both.";

    private final Initiatives initiatives;
    private final Workspaces workspaces;
    private final InitiativeReviews reviews;
    private final InitiativeLinks links;
    private final Goals goals;
    private final Personas personas;
    private final Journeys journeys;
    private final InsightEvidence evidence;

    DemoInitiatives(
            Initiatives initiatives,
            Workspaces workspaces,
            InitiativeReviews reviews,
            InitiativeLinks links,
            Goals goals,
            Personas personas,
            Journeys journeys,
            InsightEvidence evidence) {
        this.initiatives = initiatives;
        this.workspaces = workspaces;
        this.reviews = reviews;
        this.links = links;
        this.goals = goals;
        this.personas = personas;
        this.journeys = journeys;
        this.evidence = evidence;
    }

    /** Someone who works on it, by display name, for a team, in a role. */
    private record Helper(String person, String team, RaciRole role) {}

    /**
     * One initiative: the days are counted from today; {@code effort} is person-weeks per team name;
     * {@code status} is reached one step at a time (a dropped one from discovery, with {@link
     * #DROP_REASON}).
     */
    private record Seed(
            String title,
            String description,
            InitiativeKind kind,
            String team,
            String owner,
            int startInDays,
            int dueInDays,
            Confidence confidence,
            InitiativeStatus status,
            Map<String, Double> effort,
            List<Helper> helpers) {}

    /** A hand-off: the dependant needs {@code kind} from the provider, due in so many days; maybe delivered. */
    private record Handoff(String dependant, String provider, DependencyKind kind, int dueInDays, boolean delivered) {}

    static final List<Seed> SEEDS = List.of(
            new Seed(
                    GUIDANCE,
                    "Illustrated tips that explain envelopes, rollovers and goals the first time someone meets them,"
                            + " drawn so the e-mails can use the same pictures.",
                    InitiativeKind.CONTENT,
                    "Design",
                    "Dev Patel",
                    -30,
                    20,
                    Confidence.MEDIUM,
                    InitiativeStatus.IN_PROGRESS,
                    Map.of("Design", 6.0, "Marketing", 1.0),
                    List.of(
                            new Helper("Aiko Tanaka", "Design", RaciRole.RESPONSIBLE),
                            new Helper("Jonas Berg", "Marketing", RaciRole.CONSULTED),
                            new Helper("Rui Costa", "Support", RaciRole.INFORMED))),
            new Seed(
                    REONBOARDING,
                    "Win back the people who stopped after the second onboarding e-mail: three short e-mails in"
                            + " plain words, each with one next step and the new guidance pictures.",
                    InitiativeKind.CAMPAIGN,
                    "Marketing",
                    "Jonas Berg",
                    14,
                    56,
                    Confidence.MEDIUM,
                    InitiativeStatus.COMMITTED,
                    Map.of("Marketing", 4.0, "Design", 1.0),
                    List.of(
                            new Helper("Maya Ortiz", "Marketing", RaciRole.RESPONSIBLE),
                            new Helper("Dev Patel", "Design", RaciRole.CONSULTED),
                            new Helper("Lena Fischer", "Sales", RaciRole.INFORMED))),
            new Seed(
                    FORM_ENDPOINT,
                    "A sign-up endpoint with inline validation and one field per step, for the new landing page.",
                    InitiativeKind.INFRASTRUCTURE,
                    "IT",
                    "Sam Okafor",
                    -40,
                    13,
                    Confidence.HIGH,
                    InitiativeStatus.IN_PROGRESS,
                    Map.of("IT", 5.0),
                    List.of(new Helper("Maya Ortiz", "Marketing", RaciRole.CONSULTED))),
            new Seed(
                    LANDING_PAGE,
                    "\"Budgeting without spreadsheets\": the page the ads lead to, with the short sign-up form.",
                    InitiativeKind.CAMPAIGN,
                    "Marketing",
                    "Maya Ortiz",
                    14,
                    49,
                    Confidence.HIGH,
                    InitiativeStatus.COMMITTED,
                    Map.of("Marketing", 3.0, "Design", 2.0, "IT", 0.5),
                    List.of(
                            new Helper("Aiko Tanaka", "Design", RaciRole.RESPONSIBLE),
                            new Helper("Sam Okafor", "IT", RaciRole.CONSULTED))),
            new Seed(
                    "Usability tests of savings goals",
                    "Five moderated sessions with people new to budgeting: can they find and set a savings goal?",
                    InitiativeKind.RESEARCH,
                    "Design",
                    "Aiko Tanaka",
                    -70,
                    -45,
                    Confidence.HIGH,
                    InitiativeStatus.DONE,
                    Map.of("Design", 2.0),
                    List.of(new Helper("Dev Patel", "Design", RaciRole.CONSULTED))),
            new Seed(
                    SAVINGS_FIX,
                    "Testers could not find savings goals: put them on the home screen and in the first-week"
                            + " checklist.",
                    InitiativeKind.FEATURE,
                    "Design",
                    "Aiko Tanaka",
                    10,
                    40,
                    Confidence.MEDIUM,
                    InitiativeStatus.COMMITTED,
                    Map.of("Design", 3.0, "IT", 4.0),
                    List.of(
                            new Helper("Dev Patel", "Design", RaciRole.RESPONSIBLE),
                            new Helper("Sam Okafor", "IT", RaciRole.RESPONSIBLE),
                            new Helper("Rui Costa", "Support", RaciRole.INFORMED))),
            new Seed(
                    SAVINGS_CAMPAIGN,
                    "Tell trial users about savings goals once they are easy to find: \"Save for slow months\".",
                    InitiativeKind.CAMPAIGN,
                    "Marketing",
                    "Jonas Berg",
                    50,
                    85,
                    Confidence.LOW,
                    InitiativeStatus.DISCOVERY,
                    Map.of("Marketing", 3.0),
                    List.of(new Helper("Aiko Tanaka", "Design", RaciRole.CONSULTED))),
            new Seed(
                    PREMIUM_TIER,
                    "A paid tier with bank sync for several accounts and a yearly report for the accountant.",
                    InitiativeKind.MONETISATION,
                    "Sales",
                    "Lena Fischer",
                    30,
                    90,
                    Confidence.LOW,
                    InitiativeStatus.DISCOVERY,
                    Map.of("Sales", 4.0, "IT", 6.0, "Design", 2.0),
                    List.of(
                            new Helper("Sam Okafor", "IT", RaciRole.RESPONSIBLE),
                            new Helper("Maya Ortiz", "Marketing", RaciRole.CONSULTED),
                            new Helper("Grace Kim", "Support", RaciRole.INFORMED))),
            new Seed(
                    ANNUAL_DISCOUNT,
                    "Offer 30% off the annual plan at the end of the trial.",
                    InitiativeKind.MONETISATION,
                    "Sales",
                    "Lena Fischer",
                    -30,
                    30,
                    Confidence.LOW,
                    InitiativeStatus.DROPPED,
                    Map.of("Sales", 2.0),
                    List.of(new Helper("Jonas Berg", "Marketing", RaciRole.INFORMED))),
            new Seed(
                    "Plain-language glossary in the app",
                    "Every money word the app uses, explained in one sentence where it appears.",
                    InitiativeKind.CONTENT,
                    "Support",
                    "Rui Costa",
                    -14,
                    21,
                    Confidence.HIGH,
                    InitiativeStatus.IN_PROGRESS,
                    Map.of("Support", 3.0, "Design", 1.0),
                    List.of(
                            new Helper("Grace Kim", "Support", RaciRole.CONSULTED),
                            new Helper("Dev Patel", "Design", RaciRole.CONSULTED))),
            new Seed(
                    "Support macros for jargon questions",
                    "Ready answers for 'envelope allocation', 'rollover' and 'accrual', in plain words.",
                    InitiativeKind.CONTENT,
                    "Support",
                    "Rui Costa",
                    -90,
                    -50,
                    Confidence.HIGH,
                    InitiativeStatus.DONE,
                    Map.of("Support", 1.5),
                    List.of(new Helper("Grace Kim", "Support", RaciRole.RESPONSIBLE))),
            new Seed(
                    "Rewrite onboarding e-mail #2 in plain words",
                    "Roll the second e-mail back to budgeting tips, without accruals and envelopes.",
                    InitiativeKind.CONTENT,
                    "Marketing",
                    "Maya Ortiz",
                    -80,
                    -60,
                    Confidence.HIGH,
                    InitiativeStatus.DONE,
                    Map.of("Marketing", 1.0),
                    List.of(new Helper("Rui Costa", "Support", RaciRole.CONSULTED))),
            new Seed(
                    "Bank-sync reliability",
                    "Fewer failed bank syncs: retries, clearer errors, and an alert before a connection expires.",
                    InitiativeKind.INFRASTRUCTURE,
                    "IT",
                    "Sam Okafor",
                    -40,
                    40,
                    Confidence.MEDIUM,
                    InitiativeStatus.IN_PROGRESS,
                    Map.of("IT", 8.0),
                    List.of(new Helper("Rui Costa", "Support", RaciRole.INFORMED))),
            new Seed(
                    "Weekly number on the home screen",
                    "Start with one number a week instead of a table: what is left to spend until payday.",
                    InitiativeKind.FEATURE,
                    "Design",
                    "Dev Patel",
                    60,
                    120,
                    Confidence.LOW,
                    InitiativeStatus.PROPOSED,
                    Map.of("Design", 4.0, "IT", 5.0),
                    List.of(new Helper("Aiko Tanaka", "Design", RaciRole.RESPONSIBLE))),
            new Seed(
                    "Trial win-back calls",
                    "Call the trial users who set a budget but did not pay, and ask what held them back.",
                    InitiativeKind.CAMPAIGN,
                    "Sales",
                    "Lena Fischer",
                    40,
                    70,
                    Confidence.MEDIUM,
                    InitiativeStatus.PROPOSED,
                    Map.of("Sales", 2.0, "Support", 1.0),
                    List.of(new Helper("Rui Costa", "Support", RaciRole.RESPONSIBLE))));

    /**
     * The hand-offs: only the guidance assets are at risk (due a week after the campaign starts);
     * the others are due before their dependant starts, from providers on time or done.
     */
    static final List<Handoff> HANDOFFS = List.of(
            new Handoff(REONBOARDING, GUIDANCE, DependencyKind.NEEDS_DESIGN_ASSETS, 21, false),
            new Handoff(LANDING_PAGE, FORM_ENDPOINT, DependencyKind.NEEDS_INFRASTRUCTURE, 13, false),
            new Handoff(SAVINGS_CAMPAIGN, SAVINGS_FIX, DependencyKind.NEEDS_FEATURE, 40, false),
            new Handoff(
                    "Plain-language glossary in the app",
                    "Support macros for jargon questions",
                    DependencyKind.NEEDS_CONTENT,
                    -50,
                    true),
            new Handoff(
                    "Weekly number on the home screen",
                    "Bank-sync reliability",
                    DependencyKind.NEEDS_INFRASTRUCTURE,
                    45,
                    false));

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Order(40)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        seed(event.slug(), event.creatorUserId());
    }

    /**
     * Creates the initiatives and their hand-offs; answers each initiative's id by title, so links to
     * goals, user goals and insights can be added as {@code ids.get(SAVINGS_FIX)}.
     */
    Map<String, Long> seed(String slug, long admin) {
        WorkspaceContext context = workspaces.access(slug, admin);
        Map<String, Long> teams =
                workspaces.allTeams(context).stream().collect(Collectors.toMap(TeamView::name, TeamView::id));
        Map<String, Long> people = workspaces.members(slug, admin, Pageable.unpaged()).getContent().stream()
                .collect(Collectors.toMap(MemberView::displayName, MemberView::userId, (a, b) -> a));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Seed seed : SEEDS) {
            Long team = teams.get(seed.team());
            Long owner = people.get(seed.owner());
            if (team == null || owner == null) {
                continue;
            }
            long id = initiatives
                    .propose(slug, admin, input(seed, team, owner, teams, people, today))
                    .id();
            walk(slug, owner, id, seed, people);
            ids.put(seed.title(), id);
        }
        for (Handoff handoff : HANDOFFS) {
            Long dependant = ids.get(handoff.dependant());
            Long provider = ids.get(handoff.provider());
            if (dependant == null || provider == null) {
                continue;
            }
            DependencyView added = initiatives.addDependency(
                    slug,
                    admin,
                    dependant,
                    new DependencyInput(provider, handoff.kind(), today.plusDays(handoff.dueInDays())));
            if (handoff.delivered()) {
                initiatives.markDelivered(slug, admin, provider, added.id());
            }
        }
        link(context, slug, admin, ids, today);
        return Map.copyOf(ids);
    }

    /**
     * What the story's initiatives serve and what backs them: the savings-goals fix and the
     * re-onboarding campaign move the conversion goal's KPIs, help the shared persona's user goals,
     * address the journey's pain points and are backed by the insights that prove those; the premium
     * tier serves conversion but hurts an important user goal (the plan weighs that). The savings fix
     * has two of its five information-design steps answered.
     */
    private void link(WorkspaceContext context, String slug, long admin, Map<String, Long> ids, LocalDate today) {
        GoalView conversion = goals.all(context).stream()
                .filter(g -> g.title().startsWith("Grow trial-to-paid"))
                .findFirst()
                .orElse(null);
        Long savingsFix = ids.get(SAVINGS_FIX);
        Long reonboarding = ids.get(REONBOARDING);
        Long premium = ids.get(PREMIUM_TIER);
        if (conversion == null || savingsFix == null || reonboarding == null || premium == null) {
            return;
        }
        Long trialToPaid = kpi(conversion, "Trial-to-paid");
        Long retention = kpi(conversion, "Week-1 retention");
        links.putGoal(
                slug,
                admin,
                savingsFix,
                conversion.id(),
                new GoalLinkInput(trialToPaid, trialToPaid == null ? null : 1.5, null));
        links.putGoal(
                slug,
                admin,
                reonboarding,
                conversion.id(),
                new GoalLinkInput(retention, retention == null ? null : 3.0, null));
        links.putGoal(
                slug,
                admin,
                premium,
                conversion.id(),
                new GoalLinkInput(trialToPaid, trialToPaid == null ? null : 2.0, today.plusDays(180)));

        // the rest of the work serves the conversion goal or one of its sub-goals, so the plan can rank it;
        // the usability tests and the support macros serve none (the plan lists them)
        for (String title : List.of(SAVINGS_CAMPAIGN, "Trial win-back calls")) {
            Long id = ids.get(title);
            if (id != null) {
                links.putGoal(slug, admin, id, conversion.id(), GoalLinkInput.NONE);
            }
        }
        goals.all(context).stream()
                .filter(g -> g.title().startsWith("Keep new users"))
                .findFirst()
                .ifPresent(firstWeek -> {
                    Long weekOne = kpi(firstWeek, "Week-1 retention");
                    serve(slug, admin, ids.get("Rewrite onboarding e-mail #2 in plain words"), firstWeek, weekOne, 2.0);
                    serve(slug, admin, ids.get("Weekly number on the home screen"), firstWeek, weekOne, 1.5);
                    serve(slug, admin, ids.get(GUIDANCE), firstWeek, null, null);
                    serve(slug, admin, ids.get("Plain-language glossary in the app"), firstWeek, null, null);
                    serve(slug, admin, ids.get("Bank-sync reliability"), firstWeek, null, null);
                });
        goals.all(context).stream()
                .filter(g -> g.title().startsWith("A landing page"))
                .findFirst()
                .ifPresent(landing -> {
                    serve(slug, admin, ids.get(LANDING_PAGE), landing, kpi(landing, "Landing-page form"), 10.0);
                    serve(slug, admin, ids.get(FORM_ENDPOINT), landing, null, null);
                });

        Long slowMonths = userGoal(context, "slow months");
        Long plainWords = userGoal(context, "plain language");
        Long noSpreadsheet = userGoal(context, "without a spreadsheet");
        if (slowMonths != null) {
            links.putUserGoal(slug, admin, savingsFix, slowMonths, new UserGoalLinkInput(UserGoalEffect.HELPS, 3));
        }
        if (plainWords != null) {
            links.putUserGoal(slug, admin, reonboarding, plainWords, new UserGoalLinkInput(UserGoalEffect.HELPS, 2));
        }
        if (noSpreadsheet != null) {
            // the weekly spending view behind the paywall: the plan lists this as a conflict
            links.putUserGoal(slug, admin, premium, noSpreadsheet, new UserGoalLinkInput(UserGoalEffect.HURTS, 3));
        }

        painPoint(context, "savings-goal feature").ifPresent(p -> {
            links.addPainPoint(slug, admin, savingsFix, p);
            provedBy(slug, admin, new EvidenceTarget(EvidenceTarget.Kind.PAIN_POINT, p))
                    .forEach(insight -> links.addInsight(slug, admin, savingsFix, insight));
        });
        painPoint(context, "second onboarding email").ifPresent(p -> {
            links.addPainPoint(slug, admin, reonboarding, p);
            provedBy(slug, admin, new EvidenceTarget(EvidenceTarget.Kind.PAIN_POINT, p))
                    .forEach(insight -> links.addInsight(slug, admin, reonboarding, insight));
        });
        journeys.findStages(context, "Onboard", 5).stream()
                .filter(stage -> stage.name().equals("Onboard"))
                .findFirst()
                .ifPresent(stage -> links.addStage(slug, admin, reonboarding, stage.id()));

        reviews.answerStep(
                slug,
                admin,
                savingsFix,
                "PROBLEM",
                new DesignStepInput(
                        "6 of 8 testers did not find savings goals within 3 minutes: the entry sits in the profile menu.",
                        slowMonths),
                null);
        reviews.answerStep(
                slug,
                admin,
                savingsFix,
                "DATA",
                new DesignStepInput(
                        "Each goal's target, what is put aside so far, and the date it is wanted by.", slowMonths),
                null);
    }

    /** Links the initiative (when the demo has it) to the goal, through the KPI with the change when one is given. */
    private void serve(
            String slug,
            long admin,
            @Nullable Long initiative,
            GoalView goal,
            @Nullable Long kpiId,
            @Nullable Double change) {
        if (initiative != null) {
            links.putGoal(
                    slug, admin, initiative, goal.id(), new GoalLinkInput(kpiId, kpiId == null ? null : change, null));
        }
    }

    private static @Nullable Long kpi(GoalView goal, String prefix) {
        return goal.kpis().stream()
                .filter(k -> k.name().startsWith(prefix))
                .map(KpiRef::id)
                .findFirst()
                .orElse(null);
    }

    private @Nullable Long userGoal(WorkspaceContext context, String words) {
        return personas.findUserGoals(context, words, 1).stream()
                .findFirst()
                .map(UserGoalView::id)
                .orElse(null);
    }

    private java.util.Optional<Long> painPoint(WorkspaceContext context, String words) {
        return journeys.findPainPoints(context, words, 1).stream().findFirst().map(PainPointRef::id);
    }

    /** The insights that prove a target, strongest first (at most three). */
    private List<Long> provedBy(String slug, long admin, EvidenceTarget target) {
        return evidence.of(slug, admin, target, 3).strongest().stream()
                .map(InsightView::id)
                .toList();
    }

    /**
     * Moves an initiative, as its owner, one step at a time to its status. Work that needs an IT
     * review gets one from IT before it is committed, but for the savings-goals fix, which is
     * committed without one.
     */
    private void walk(String slug, long owner, long id, Seed seed, Map<String, Long> people) {
        List<InitiativeStatus> steps = switch (seed.status()) {
            case PROPOSED -> List.of();
            case DISCOVERY -> List.of(InitiativeStatus.DISCOVERY);
            case COMMITTED -> List.of(InitiativeStatus.DISCOVERY, InitiativeStatus.COMMITTED);
            case IN_PROGRESS ->
                List.of(InitiativeStatus.DISCOVERY, InitiativeStatus.COMMITTED, InitiativeStatus.IN_PROGRESS);
            case DONE ->
                List.of(
                        InitiativeStatus.DISCOVERY,
                        InitiativeStatus.COMMITTED,
                        InitiativeStatus.IN_PROGRESS,
                        InitiativeStatus.DONE);
            case DROPPED -> List.of(InitiativeStatus.DISCOVERY, InitiativeStatus.DROPPED);
        };
        boolean needsReview =
                ItReviewRules.needsItReview(seed.kind(), seed.title().equals(LANDING_PAGE));
        boolean skipsReview = seed.title().equals(SAVINGS_FIX);
        for (InitiativeStatus step : steps) {
            if (step == InitiativeStatus.COMMITTED && needsReview && !skipsReview) {
                reviews.recordItReview(
                        slug,
                        owner,
                        id,
                        new ItReviewInput(
                                "Runs on the current stack; no new service.",
                                "None beyond the app servers.",
                                Readiness.READY,
                                people.get("Sam Okafor"),
                                null,
                                null),
                        null);
            }
            initiatives.changeStatus(
                    slug,
                    owner,
                    id,
                    step,
                    step == InitiativeStatus.DROPPED ? DROP_REASON : null,
                    null,
                    step == InitiativeStatus.COMMITTED && skipsReview);
        }
    }

    private static InitiativeInput input(
            Seed seed, long team, long owner, Map<String, Long> teams, Map<String, Long> people, LocalDate today) {
        List<InitiativeInput.Effort> effort = seed.effort().entrySet().stream()
                .filter(e -> teams.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new InitiativeInput.Effort(teams.get(e.getKey()), e.getValue()))
                .toList();
        List<InitiativeInput.Contributor> contributors = seed.helpers().stream()
                .filter(h -> people.containsKey(h.person()))
                .map(h ->
                        new InitiativeInput.Contributor(people.get(h.person()), teamOrNone(teams, h.team()), h.role()))
                .toList();
        return new InitiativeInput(
                seed.title(),
                seed.description(),
                seed.kind(),
                team,
                owner,
                today.plusDays(seed.startInDays()),
                today.plusDays(seed.dueInDays()),
                seed.confidence(),
                effort,
                contributors,
                // the landing page has a form: IT reviews it before it is committed
                seed.title().equals(LANDING_PAGE));
    }

    private static @Nullable Long teamOrNone(Map<String, Long> teams, String name) {
        return teams.get(name);
    }
}

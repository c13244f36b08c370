package app.tandem.insight.internal;

import app.tandem.insight.EvidenceStrength;
import app.tandem.insight.InsightDraft;
import app.tandem.insight.InsightSearch;
import app.tandem.insight.InsightView;
import app.tandem.insight.Insights;
import app.tandem.insight.SourceType;
import app.tandem.insight.ThemeRef;
import app.tandem.insight.routing.Routing;
import app.tandem.insight.routing.RoutingRule;
import app.tandem.insight.theme.Themes;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Sixty Budgetly insights from every source type for the demo workspace (resource demo/budgetly-insights.json). */
@Component
class DemoInsights {

    private static final Logger log = LoggerFactory.getLogger(DemoInsights.class);

    /** The names the teams give the themes the grouping finds, each by an insight the theme holds. */
    private static final Map<String, String> THEME_NAMES = new LinkedHashMap<>();

    static {
        THEME_NAMES.put(
                "Users drop off after the second onboarding email",
                "Onboarding emails lose users after the second one");
        THEME_NAMES.put(
                "Testers cannot find the new savings-goal feature",
                "Savings goals: hard to find, motivating once found");
        THEME_NAMES.put("Landing page form loses typed data on error", "Sign-up forms lose people");
        THEME_NAMES.put("Users fear linking their bank", "Bank connection: failures and fears");
        THEME_NAMES.put("Trial users rarely open reports", "Reports are rarely opened or understood");
        THEME_NAMES.put("Budget categories feel judgmental", "Categories confuse and judge");
        THEME_NAMES.put("Setup asks for income before users know it", "Irregular income does not fit the setup");
        THEME_NAMES.put("Spreadsheet-style budget grid causes anxiety", "The budget grid overwhelms");
    }

    record Seed(
            String title,
            String body,
            SourceType sourceType,
            String team,
            int daysAgo,
            String externalRef,
            int sentiment,
            int reach,
            EvidenceStrength evidenceStrength,
            List<String> tags) {}

    private final Insights insights;
    private final Routing routing;
    private final Workspaces workspaces;
    private final JsonMapper json;
    private final Themes themes;
    private final TransactionTemplate newTransaction;

    DemoInsights(
            Insights insights,
            Routing routing,
            Workspaces workspaces,
            JsonMapper json,
            Themes themes,
            PlatformTransactionManager transactionManager) {
        this.insights = insights;
        this.routing = routing;
        this.workspaces = workspaces;
        this.json = json;
        this.themes = themes;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        WorkspaceContext context = workspaces.access(event.slug(), event.creatorUserId());
        Map<String, Long> teams =
                workspaces.allTeams(context).stream().collect(Collectors.toMap(TeamView::name, TeamView::id));
        String slug = event.slug();
        long admin = event.creatorUserId();
        routing.addRule(
                slug,
                admin,
                teams.get("Design"),
                new RoutingRule.RuleCriteria(SourceType.USABILITY_TEST, null, null, null, null, null));
        routing.addRule(
                slug, admin, teams.get("Design"), new RoutingRule.RuleCriteria(null, "jargon", null, null, null, null));
        routing.addRule(
                slug,
                admin,
                teams.get("Support"),
                new RoutingRule.RuleCriteria(null, "bank-sync", null, null, null, null));
        routing.addRule(
                slug,
                admin,
                teams.get("Marketing"),
                new RoutingRule.RuleCriteria(SourceType.SALES_CALL, null, null, null, null, null));
        routing.addRule(
                slug,
                admin,
                teams.get("IT"),
                new RoutingRule.RuleCriteria(null, null, null, null, null, "form, endpoint, sign-up"));
        Map<String, Long> ids = new HashMap<>();
        for (Seed seed : seeds()) {
            InsightView captured = insights.capture(
                    slug,
                    admin,
                    new InsightDraft(
                            seed.title(),
                            seed.body(),
                            seed.sourceType(),
                            teams.get(seed.team()),
                            LocalDate.now().minusDays(seed.daysAgo()),
                            seed.externalRef(),
                            seed.sentiment(),
                            seed.reach(),
                            seed.evidenceStrength(),
                            seed.tags(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of()));
            routing.routeByRules(context.id(), captured.id());
            ids.put(seed.title(), captured.id());
        }
        long dropOff = ids.get("Users drop off after the second onboarding email");
        long savings = ids.get("Testers cannot find the new savings-goal feature");
        routing.routeByHand(
                slug,
                admin,
                dropOff,
                teams.get("Design"),
                "design: email 2 teaches categories before the first budget");
        routing.acknowledge(slug, admin, dropOff, teams.get("Design"));
        routing.routeByHand(
                slug,
                admin,
                savings,
                teams.get("Marketing"),
                "marketing: don't promote savings goals until testers can find them");
        routing.acknowledge(slug, admin, savings, teams.get("Design"));
        routing.close(
                slug,
                admin,
                ids.get("Tickets ask what 'envelope allocation' means"),
                teams.get("Design"),
                "Renamed 'envelope allocation' to 'money for this' in the app; support macro updated.");
        routing.close(
                slug,
                admin,
                ids.get("Bank connection fails silently for two regional banks"),
                teams.get("Support"),
                "Status banner for affected banks; IT opened a ticket with the aggregator.");
    }

    /**
     * Once the demo insights are committed (and so in the full-text index), groups them as a person
     * would press "Group similar insights", then gives the themes the story's names.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void groupIntoThemes(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        newTransaction.executeWithoutResult(status -> {
            Themes.Discovery run = themes.discover(event.slug(), event.creatorUserId());
            log.info(
                    "Demo themes: {} of {} insights grouped into {} themes in {} ms.",
                    run.grouped(),
                    run.examined(),
                    run.themesCreated(),
                    run.tookMillis());
            Map<String, Long> ids =
                    insights.search(event.slug(), event.creatorUserId(), InsightSearch.all(), 0, 1000).hits().stream()
                            .collect(Collectors.toMap(
                                    h -> h.insight().title(), h -> h.insight().id(), (a, b) -> a));
            THEME_NAMES.forEach((title, name) -> {
                Long id = ids.get(title);
                ThemeRef theme = id == null
                        ? null
                        : insights.get(event.slug(), event.creatorUserId(), id).theme();
                if (theme != null) {
                    themes.rename(
                            event.slug(),
                            event.creatorUserId(),
                            theme.id(),
                            name,
                            themes.get(event.slug(), event.creatorUserId(), theme.id())
                                    .version());
                }
            });
        });
    }

    List<Seed> seeds() {
        try (InputStream in = new ClassPathResource("demo/budgetly-insights.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<Seed>>() {});
        } catch (IOException e) {
            throw new IllegalStateException("The demo insights cannot be read", e);
        }
    }
}

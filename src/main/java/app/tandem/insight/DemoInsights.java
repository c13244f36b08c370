package app.tandem.insight;

import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Sixty Budgetly insights from every source type for the demo workspace (resource demo/budgetly-insights.json). */
@Component
class DemoInsights {

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

    DemoInsights(Insights insights, Routing routing, Workspaces workspaces, JsonMapper json) {
        this.insights = insights;
        this.routing = routing;
        this.workspaces = workspaces;
        this.json = json;
    }

    @EventListener
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        WorkspaceContext context = workspaces.access(event.slug(), event.creatorUserId());
        Map<String, Long> teams = workspaces.allTeams(context).stream().collect(Collectors.toMap(TeamView::name, TeamView::id));
        String slug = event.slug();
        long admin = event.creatorUserId();
        routing.addRule(slug, admin, teams.get("Design"), new RoutingRule.RuleCriteria(SourceType.USABILITY_TEST, null, null, null, null, null));
        routing.addRule(slug, admin, teams.get("Design"), new RoutingRule.RuleCriteria(null, "jargon", null, null, null, null));
        routing.addRule(slug, admin, teams.get("Support"), new RoutingRule.RuleCriteria(null, "bank-sync", null, null, null, null));
        routing.addRule(slug, admin, teams.get("Marketing"), new RoutingRule.RuleCriteria(SourceType.SALES_CALL, null, null, null, null, null));
        routing.addRule(slug, admin, teams.get("IT"), new RoutingRule.RuleCriteria(null, null, null, null, null, "form, endpoint, sign-up"));
        Map<String, Long> ids = new java.util.HashMap<>();
        for (Seed seed : seeds()) {
            InsightView captured = insights.capture(slug, admin, new InsightDraft(
                    seed.title(), seed.body(), seed.sourceType(), teams.get(seed.team()),
                    LocalDate.now().minusDays(seed.daysAgo()), seed.externalRef(), seed.sentiment(), seed.reach(),
                    seed.evidenceStrength(), seed.tags(), List.of(), List.of(), List.of()));
            routing.routeByRules(context.id(), captured.id());
            ids.put(seed.title(), captured.id());
        }
        long dropOff = ids.get("Users drop off after the second onboarding email");
        long savings = ids.get("Testers cannot find the new savings-goal feature");
        routing.routeByHand(slug, admin, dropOff, teams.get("Design"), "design: email 2 teaches categories before the first budget");
        routing.acknowledge(slug, admin, dropOff, teams.get("Design"));
        routing.routeByHand(slug, admin, savings, teams.get("Marketing"), "marketing: don't promote savings goals until testers can find them");
        routing.acknowledge(slug, admin, savings, teams.get("Design"));
        routing.close(slug, admin, ids.get("Tickets ask what 'envelope allocation' means"), teams.get("Design"),
                "Renamed 'envelope allocation' to 'money for this' in the app; support macro updated.");
        routing.close(slug, admin, ids.get("Bank connection fails silently for two regional banks"), teams.get("Support"),
                "Status banner for affected banks; IT opened a ticket with the aggregator.");
    }

    List<Seed> seeds() {
        try (InputStream in = new ClassPathResource("demo/budgetly-insights.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<Seed>>() {});
        } catch (IOException e) {
            throw new IllegalStateException("The demo insights cannot be read", e);
        }
    }
}

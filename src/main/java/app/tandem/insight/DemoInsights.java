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
    private final Workspaces workspaces;
    private final JsonMapper json;

    DemoInsights(Insights insights, Workspaces workspaces, JsonMapper json) {
        this.insights = insights;
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
        for (Seed seed : seeds()) {
            insights.capture(event.slug(), event.creatorUserId(), new InsightDraft(
                    seed.title(), seed.body(), seed.sourceType(), teams.get(seed.team()),
                    LocalDate.now().minusDays(seed.daysAgo()), seed.externalRef(), seed.sentiment(), seed.reach(),
                    seed.evidenceStrength(), seed.tags(), List.of(), List.of(), List.of()));
        }
    }

    List<Seed> seeds() {
        try (InputStream in = new ClassPathResource("demo/budgetly-insights.json").getInputStream()) {
            return json.readValue(in, new TypeReference<List<Seed>>() {});
        } catch (IOException e) {
            throw new IllegalStateException("The demo insights cannot be read", e);
        }
    }
}

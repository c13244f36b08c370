package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import app.tandem.workspace.Workspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Budgetly starts with its shared goal, four KPIs and a year of measurements that tell the retention-dip story. */
class GoalDemoDataIT extends TandemIT {

    private static final String BUDGETLY = "/api/v1/workspaces/budgetly";

    @Autowired
    Kpis kpis;

    @Autowired
    Workspaces workspaces;

    /**
     * The year of measurements is known month by month, though loaded at once: an agenda or Home
     * comparing with three weeks ago finds the KPIs' health then, not "no values recorded then".
     */
    @Test
    void theHistoryWasKnownAsItsMonthsWent() {
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        List<Kpis.HealthThen> then = kpis.healthSince(
                workspaces.access("budgetly", me), Instant.now().minus(Duration.ofDays(21)), null);
        assertThat(then.stream()
                        .filter(h -> List.of(
                                        "Trial-to-paid conversion",
                                        "Week-1 retention",
                                        "NPS",
                                        "Landing-page form completion")
                                .contains(h.kpi().name()))
                        .map(Kpis.HealthThen::then))
                .hasSize(4)
                .doesNotContain(Health.NO_DATA);
    }

    @Test
    void budgetlySharesTheConversionGoalAcrossMarketingDesignAndIt() {
        JsonNode goal = admin().get(BUDGETLY + "/goals?size=100")
                .json()
                .path("items")
                .valueStream()
                .filter(g -> g.path("title").asString().equals("Grow trial-to-paid conversions"))
                .findFirst()
                .orElseThrow();
        assertThat(goal.path("teams").valueStream().map(t -> t.path("name").asString()))
                .containsExactly("Design", "IT", "Marketing");
        assertThat(goal.path("owner").path("name").asString()).isEqualTo("Maya Ortiz");
        assertThat(goal.path("subGoals").size()).isEqualTo(2);
        assertThat(goal.path("kpis").valueStream().map(k -> k.path("name").asString()))
                .contains("Trial-to-paid conversion", "Week-1 retention", "NPS", "Landing-page form completion");
    }

    @Test
    void retentionDipsWhenTheOnboardingEmailsChangeAndNpsCrossesItsGuardrailOnce() {
        List<JsonNode> kpis = admin().get(BUDGETLY + "/kpis?size=100")
                .json()
                .path("items")
                .valueStream()
                .toList();
        JsonNode retention = kpis.stream()
                .filter(k -> k.path("name").asString().equals("Week-1 retention"))
                .findFirst()
                .orElseThrow();
        JsonNode nps = kpis.stream()
                .filter(k -> k.path("name").asString().equals("NPS"))
                .findFirst()
                .orElseThrow();

        List<JsonNode> months = admin().get(
                        BUDGETLY + "/kpis/" + retention.path("id").asLong() + "/measurements")
                .json()
                .path("items")
                .valueStream()
                .toList();
        assertThat(months).hasSize(12);
        assertThat(months.get(6).path("note").asString()).contains("onboarding emails");
        assertThat(months.get(7).path("value").asDouble())
                .isLessThan(months.get(5).path("value").asDouble());
        assertThat(retention.path("health").path("status").asString()).isEqualTo("OFF_TRACK");

        assertThat(nps.path("guardrailMin").asDouble()).isEqualTo(30.0);
        assertThat(admin().get(BUDGETLY + "/kpis/" + nps.path("id").asLong() + "/measurements")
                        .json()
                        .path("items")
                        .valueStream()
                        .filter(m -> m.path("value").asDouble() < 30))
                .hasSize(1);
    }
}

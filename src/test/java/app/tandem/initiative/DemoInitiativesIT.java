package app.tandem.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Budgetly starts with about fifteen initiatives of five teams, current on any day, and the hand-offs
 * of its story: exactly one at risk (the re-onboarding campaign starts before design's guidance
 * assets are due), and a committed feature.
 */
class DemoInitiativesIT extends TandemIT {

    private static final String BUDGETLY = "/api/v1/workspaces/budgetly";

    private Map<String, JsonNode> initiatives() {
        JsonNode page = admin().get(BUDGETLY + "/initiatives?size=100").json();
        return page.path("items")
                .valueStream()
                .collect(Collectors.toMap(i -> i.path("title").asString(), Function.identity()));
    }

    private long id(Map<String, JsonNode> initiatives, String title) {
        assertThat(initiatives).containsKey(title);
        return initiatives.get(title).path("id").asLong();
    }

    private List<JsonNode> needs(long initiativeId) {
        return admin().get(BUDGETLY + "/initiatives/" + initiativeId + "/dependencies")
                .json()
                .path("needs")
                .valueStream()
                .toList();
    }

    @Test
    void budgetlyPlansWorkOfEveryTeamInEveryStatusAroundToday() {
        Map<String, JsonNode> all = initiatives();
        assertThat(all).hasSizeBetween(13, 17);
        assertThat(all.values().stream()
                        .map(i -> i.path("proposingTeam").path("name").asString()))
                .contains("Marketing", "Design", "IT", "Sales", "Support");
        assertThat(all.values().stream().map(i -> i.path("status").asString()))
                .contains("PROPOSED", "DISCOVERY", "COMMITTED", "IN_PROGRESS", "DONE", "DROPPED");
        assertThat(all.values().stream().map(i -> i.path("confidence").asString()))
                .contains("LOW", "MEDIUM", "HIGH");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(all.values().stream()
                        .filter(i -> i.path("status").asString().equals("IN_PROGRESS"))
                        .map(i -> LocalDate.parse(i.path("startDate").asString())))
                .isNotEmpty()
                .allMatch(start -> !start.isAfter(today));
        assertThat(all.values().stream()
                        .map(i -> LocalDate.parse(i.path("startDate").asString()))
                        .filter(start -> start.isAfter(today) && !start.isAfter(today.plusDays(92))))
                .hasSizeGreaterThanOrEqualTo(3);

        JsonNode dropped = admin().get(BUDGETLY + "/initiatives/" + id(all, "Annual-plan discount test"))
                .json();
        assertThat(dropped.path("status").asString()).isEqualTo("DROPPED");
        List<JsonNode> history = dropped.path("history").valueStream().toList();
        assertThat(history.stream().map(h -> h.path("to").asString()))
                .containsExactly("PROPOSED", "DISCOVERY", "DROPPED");
        assertThat(history.getLast().path("reason").asString()).contains("premium tier");
        assertThat(history.getLast().path("by").path("name").asString()).isEqualTo("Lena Fischer");

        JsonNode guidance = admin().get(BUDGETLY + "/initiatives/" + id(all, "In-app guidance for new budgeters"))
                .json();
        assertThat(guidance.path("owner").path("name").asString()).isEqualTo("Dev Patel");
        assertThat(guidance.path("contributors")
                        .valueStream()
                        .map(c -> c.path("role").asString()))
                .contains("RESPONSIBLE", "CONSULTED", "INFORMED");
        assertThat(guidance.path("effort")
                        .valueStream()
                        .map(e -> e.path("team").path("name").asString()))
                .containsExactly("Design", "Marketing");
    }

    @Test
    void theStorysHandOffsAreTypedDependenciesAndOnlyTheGuidanceAssetsAreAtRisk() {
        Map<String, JsonNode> all = initiatives();

        List<JsonNode> campaign = needs(id(all, "Re-onboarding e-mail campaign"));
        assertThat(campaign).hasSize(1);
        assertThat(campaign.getFirst().path("provider").path("title").asString())
                .isEqualTo("In-app guidance for new budgeters");
        assertThat(campaign.getFirst().path("kind").asString()).isEqualTo("NEEDS_DESIGN_ASSETS");
        assertThat(campaign.getFirst().path("atRisk").asBoolean()).isTrue();
        assertThat(campaign.getFirst().path("riskReasons").get(0).asString())
                .contains("after “Re-onboarding e-mail campaign” starts");

        List<JsonNode> landing = needs(id(all, "New landing page"));
        assertThat(landing).singleElement().satisfies(d -> {
            assertThat(d.path("provider").path("title").asString()).isEqualTo("Landing-page form endpoint");
            assertThat(d.path("kind").asString()).isEqualTo("NEEDS_INFRASTRUCTURE");
            assertThat(d.path("atRisk").asBoolean()).isFalse();
        });

        List<JsonNode> promotion = needs(id(all, "Savings-goals campaign"));
        assertThat(promotion).singleElement().satisfies(d -> {
            assertThat(d.path("provider").path("title").asString()).isEqualTo("Savings-goals discoverability fix");
            assertThat(d.path("kind").asString()).isEqualTo("NEEDS_FEATURE");
            assertThat(d.path("atRisk").asBoolean()).isFalse();
        });

        long atRiskHandoffs = all.values().stream()
                .flatMap(i -> needs(i.path("id").asLong()).stream())
                .filter(d -> d.path("atRisk").asBoolean())
                .count();
        assertThat(atRiskHandoffs).isEqualTo(1);
        assertThat(admin().get(BUDGETLY + "/initiatives?atRisk=true")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("title").asString()))
                .containsExactly("Re-onboarding e-mail campaign");
    }

    @Test
    void theSavingsGoalsFixIsTheCommittedFeatureAndThePremiumTierIsMonetisation() {
        Map<String, JsonNode> all = initiatives();
        assertThat(all.values().stream()
                        .filter(i -> i.path("kind").asString().equals("FEATURE")
                                && i.path("status").asString().equals("COMMITTED"))
                        .map(i -> i.path("title").asString()))
                .containsExactly("Savings-goals discoverability fix");
        assertThat(all.get("Savings-goals discoverability fix")
                        .path("proposingTeam")
                        .path("name")
                        .asString())
                .isEqualTo("Design");
        assertThat(all).containsKey("Premium tier");
        assertThat(all.get("Premium tier").path("kind").asString()).isEqualTo("MONETISATION");
        assertThat(all.get("Premium tier").path("proposingTeam").path("name").asString())
                .isEqualTo("Sales");
    }

    @Test
    void theStorysInitiativesServeTheConversionGoalAndThePremiumTierHurtsAnImportantUserGoal() {
        Map<String, JsonNode> all = initiatives();
        JsonNode fix = admin().get(BUDGETLY + "/initiatives/" + id(all, "Savings-goals discoverability fix") + "/links")
                .json();
        assertThat(fix.path("goals").valueStream().map(g -> g.path("kpiName").asString()))
                .containsExactly("Trial-to-paid conversion");
        assertThat(fix.path("userGoals").valueStream().map(g -> g.path("effect").asString()))
                .containsExactly("HELPS");
        assertThat(fix.path("insights").valueStream().map(i -> i.path("title").asString()))
                .contains("Testers cannot find the new savings-goal feature");
        assertThat(fix.path("painPoints").valueStream().map(p -> p.path("text").asString()))
                .singleElement()
                .asString()
                .contains("savings-goal feature");
        assertThat(all.get("Savings-goals discoverability fix").path("itReview").asString())
                .isEqualTo("SKIPPED");

        JsonNode premium = admin().get(BUDGETLY + "/initiatives/" + id(all, "Premium tier") + "/links")
                .json();
        assertThat(premium.path("userGoals").valueStream()).singleElement().satisfies(g -> {
            assertThat(g.path("effect").asString()).isEqualTo("HURTS");
            assertThat(g.path("strength").asInt()).isEqualTo(3);
            assertThat(g.path("importance").asInt()).isEqualTo(5);
        });

        JsonNode campaign = admin().get(
                        BUDGETLY + "/initiatives/" + id(all, "Re-onboarding e-mail campaign") + "/links")
                .json();
        assertThat(campaign.path("goals")
                        .valueStream()
                        .map(g -> g.path("kpiName").asString()))
                .containsExactly("Week-1 retention");
        assertThat(campaign.path("stages")
                        .valueStream()
                        .map(st -> st.path("name").asString()))
                .containsExactly("Onboard");

        // the list's goal filter keeps the work serving the conversion goal
        long conversion = admin().get(BUDGETLY + "/goals?size=100")
                .json()
                .path("items")
                .valueStream()
                .filter(g -> g.path("title").asString().startsWith("Grow trial-to-paid"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();
        assertThat(admin().get(BUDGETLY + "/initiatives?goal=" + conversion)
                        .json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("title").asString()))
                .containsExactlyInAnyOrder(
                        "Savings-goals discoverability fix",
                        "Re-onboarding e-mail campaign",
                        "Premium tier",
                        "Savings-goals campaign",
                        "Trial win-back calls");

        // every other committed feature, infrastructure or campaign with a form was reviewed by IT
        assertThat(all.values().stream()
                        .filter(i -> i.path("itReview").asString().equals("MISSING")
                                && !i.path("status").asString().matches("PROPOSED|DISCOVERY|DROPPED")))
                .isEmpty();
        assertThat(admin().get(BUDGETLY + "/initiatives/" + id(all, "Savings-goals discoverability fix") + "/checklist")
                        .json()
                        .path("done")
                        .asInt())
                .isEqualTo(2);
    }
}

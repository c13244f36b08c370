package app.tandem.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Budgetly's discovery session as the demo workspace shows it on first start. */
class DemoDiscoveryIT extends TandemIT {

    @Test
    void budgetlysLeadGenerationSessionLaysThreeTeamsSideBySideAndWarnsThatOnlyLeadsCame() {
        String base = "/api/v1/workspaces/budgetly/discovery-sessions";
        JsonNode listed = admin().get(base)
                .json()
                .path("items")
                .valueStream()
                .filter(s -> s.path("topic").asString().equals("Lead generation in Q3"))
                .findFirst()
                .orElseThrow();
        JsonNode session = admin().get(base + "/" + listed.path("id").asLong()).json();

        assertThat(session.path("hostTeam").path("name").asString()).isEqualTo("Marketing");
        assertThat(session.path("statements")
                        .valueStream()
                        .map(s -> s.path("team").path("name").asString()))
                .containsExactly("Design", "IT", "Marketing");
        assertThat(session.path("findings")
                        .valueStream()
                        .filter(f -> f.path("kind").asString().equals("OVERLAP"))
                        .map(f -> f.path("sentence").asString()))
                .contains("IT and Marketing both name the business goal “A landing page that converts”: work on it"
                        + " together.");
        assertThat(session.path("findings")
                        .valueStream()
                        .filter(f -> f.path("kind").asString().equals("CONFLICT"))
                        .map(f -> f.path("sentence").asString()))
                .contains("Marketing wants to raise “Landing-page form completion”, and IT expects to lower it.");
        assertThat(session.path("warningsFrom").asString()).isEqualTo("attendance");
        assertThat(session.path("warnings").get(0).path("kind").asString()).isEqualTo("ONLY_LEADS");
        assertThat(session.path("warnings").get(0).path("sentence").asString()).startsWith("Only leads attended");
        assertThat(session.path("invitees")
                        .valueStream()
                        .filter(i -> i.path("attended").asBoolean())
                        .map(i -> i.path("person").path("name").asString()))
                .containsExactly("Dev Patel", "Maya Ortiz", "Sam Okafor");
        assertThat(session.path("outcomes").get(0).path("kind").asString()).isEqualTo("DECISION");
        // made at the session by its host team's lead, not by whoever loaded the demo, days later
        assertThat(session.path("outcomes").get(0).path("by").path("name").asString())
                .isEqualTo("Maya Ortiz");
        assertThat(session.path("outcomes").get(0).path("at").asString())
                .startsWith(session.path("endsAt").asString().substring(0, 16));
    }
}

package app.tandem.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "My work" lists what needs the signed-in person across their workspaces, with the count beside
 * the link in every page's header: here the insights routed to their team until the team
 * acknowledges them, and nothing of a team they are not in.
 */
class MyWorkIT extends TandemIT {

    @Test
    void anInsightRoutedToMyTeamWaitsInMyWorkUntilTheTeamAcknowledgesIt() {
        String slug = "work-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Work & <Co>\",\"slug\":\"" + slug + "\"}");
        Person sam = newPerson("Sam Support");
        Person dee = newPerson("Dee Design");
        for (Person person : new Person[] {sam, dee}) {
            admin().post(base + "/members", "{\"email\":\"" + person.email() + "\",\"role\":\"MEMBER\"}");
        }
        long support = admin().post(base + "/teams", "{\"name\":\"Support\"}")
                .json()
                .path("id")
                .asLong();
        long design = admin().post(base + "/teams", "{\"name\":\"Design\"}")
                .json()
                .path("id")
                .asLong();
        admin().post(
                        base + "/teams/" + support + "/members",
                        "{\"userId\":" + sam.id() + ",\"involvement\":\"EXECUTES\"}");
        admin().post(base + "/teams/" + design + "/members", "{\"userId\":" + dee.id() + ",\"involvement\":\"LEADS\"}");
        assertThat(insights(sam.api()).path("count").asLong()).isZero();

        long insight = admin().post(
                        base + "/insights",
                        "{\"title\":\"Bank sync <fails> every Monday\",\"body\":\"text\",\"sourceType\":\"SUPPORT_TICKET\"}")
                .json()
                .path("id")
                .asLong();
        assertThat(admin().post(base + "/insights/" + insight + "/routes", "{\"team\":" + support + "}")
                        .status())
                .isEqualTo(201);

        JsonNode mine = insights(sam.api());
        assertThat(mine.path("count").asLong()).isEqualTo(1);
        JsonNode item = mine.path("items").get(0);
        assertThat(item.path("title").asString()).isEqualTo("Bank sync <fails> every Monday");
        assertThat(item.path("workspaceSlug").asString()).isEqualTo(slug);
        assertThat(item.path("path").asString()).isEqualTo("/w/" + slug + "/inbox?team=" + support);
        assertThat(item.path("overdue").asBoolean()).isFalse();
        assertThat(item.path("detail").asString()).startsWith("Routed to Support on ");
        assertThat(insights(dee.api()).path("count").asLong())
                .as("not Dee's team")
                .isZero();

        WebSession session = new WebSession(baseUrl());
        session.login(sam.email(), sam.password());
        String page = session.get("/me/work").html();
        assertThat(page).contains("Bank sync &lt;fails&gt; every Monday").doesNotContain("<fails>");
        assertThat(page).contains("Work &amp; &lt;Co&gt;");
        assertThat(page).containsPattern("My work\\s*<span class=\"badge\">1</span>");

        admin().post(base + "/insights/" + insight + "/routes/" + support + "/acknowledge", "{}");
        assertThat(insights(sam.api()).path("count").asLong()).isZero();
        assertThat(session.get("/me/work").html()).contains("Nothing needs you right now");
    }

    @Test
    void myWorkNeedsASignedInPerson() {
        assertThat(anonymous().get("/api/v1/me/work").status()).isEqualTo(401);
    }

    @Test
    void aLimitOutsideOneToAHundredIsRefusedNamingIt() {
        for (String limit : java.util.List.of("0", "101", "99999999", "-1")) {
            Api.Response refused = admin().get("/api/v1/me/work?limit=" + limit);
            assertThat(refused.status()).as(limit + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.text()).as(limit).contains("limit");
        }
        assertThat(admin().get("/api/v1/me/work?limit=100").status()).isEqualTo(200);
    }

    private static JsonNode insights(Api api) {
        Api.Response work = api.get("/api/v1/me/work?limit=5");
        assertThat(work.status()).as(work.text()).isEqualTo(200);
        for (JsonNode section : work.json().path("sections")) {
            if (section.path("heading").asString().equals("Insights for my teams")) {
                return section;
            }
        }
        throw new AssertionError("no section of insights in " + work.text());
    }
}

package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A form with a value that is not even of its kind (letters for a number) or a field the form
 * checks itself (no team chosen, no name) still shows what the service would refuse in the rest,
 * beside each field, on the same page: a person fixes every field in one go, not one per try.
 * Nothing is saved while any field is wrong.
 */
class FormsShowEveryErrorIT extends TandemIT {

    private String slug;
    private long team;
    private long initiative;
    private long session;
    private WebSession web;

    @BeforeEach
    void workspace() {
        slug = "forms-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Forms\",\"slug\":\"" + slug + "\"}");
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        team = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        initiative = id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"Savings goal wizard\",\"kind\":\"FEATURE\",\"proposingTeamId\":" + team
                                + ",\"ownerId\":" + me + ",\"startDate\":\"2027-02-01\",\"dueDate\":\"2027-04-30\"}"));
        session = id(
                admin().post(
                                base + "/discovery-sessions",
                                "{\"topic\":\"Onboarding\",\"startsAt\":\"2027-03-01T10:00\",\"endsAt\":\"2027-03-01T12:00\"}"));
        web = new WebSession(baseUrl());
        web.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void aNewWorkspaceWithoutANameAndAWrongSlugSaysBoth() {
        web.get("/workspaces");
        WebSession.Page page = web.post("/workspaces", Map.of("name", " ", "slug", "Our Company!"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html())
                .contains("Give the workspace a name")
                .contains("A slug has 1 to 40 lowercase letters")
                .contains("value=\"Our Company!\"");
        assertThat(admin().get("/api/v1/workspaces/our-company").status()).isEqualTo(404);

        // a slug another workspace has is said beside the missing name too
        page = web.post("/workspaces", Map.of("name", "", "slug", slug));
        assertThat(page.html()).contains("Give the workspace a name").contains("is taken. Choose another slug.");
    }

    @Test
    void settingsWithoutANameAndATakenSlugSayBoth() {
        String other = "forms-other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + other + "\"}");
        WebSession.Page settings = web.get("/w/" + slug + "/settings");
        String version = settings.html().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        WebSession.Page page =
                web.post("/w/" + slug + "/settings", Map.of("name", "", "slug", other, "version", version));

        assertThat(page.html())
                .contains("Give the workspace a name")
                .contains("The address &#39;" + other + "&#39; is taken");
        // its own slug is no error
        page = web.post("/w/" + slug + "/settings", Map.of("name", "", "slug", slug, "version", version));
        assertThat(page.html()).contains("Give the workspace a name").doesNotContain("is taken");
    }

    @Test
    void aWhatIfWithLettersForACapacityAlsoSaysTheDueDateIsBeforeTheStart() {
        web.get("/w/" + slug + "/plan/what-if");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("teamId", String.valueOf(team));
        fields.put("capacity", "two");
        fields.put("dateInitiativeId", String.valueOf(initiative));
        fields.put("start", "2027-05-01");
        fields.put("due", "2027-03-01");

        WebSession.Page page = web.post("/w/" + slug + "/plan/what-if", fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html())
                .contains("Give a number, such as 4.2")
                .contains("Give a due date on or after the start.")
                .doesNotContain("outcome-title");
        assertThat(page.html())
                .as("what was typed is kept in its box")
                .containsPattern("name=\"capacity\" value=\"two\"")
                .containsPattern("name=\"start\" value=\"2027-05-01\"");
        fields.put("capacity", "2");
        fields.put("weight", "2.5");
        WebSession.Page fraction = web.post("/w/" + slug + "/plan/what-if", fields);
        assertThat(fraction.html()).contains("Give a whole number").containsPattern("name=\"weight\" value=\"2.5\"");
        // nothing filled in is not "nothing moves"
        WebSession.Page empty = web.post("/w/" + slug + "/plan/what-if", Map.of("model", ""));
        assertThat(empty.html()).contains("Fill in a change to try").doesNotContain("outcome-title");
    }

    @Test
    void aKpiWithLettersForItsBaselineAlsoSaysItsDatesAndGuardrailsAreWrong() {
        web.get("/w/" + slug + "/kpis/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Trial-to-paid conversion");
        fields.put("unit", "PERCENT");
        fields.put("direction", "HIGHER_IS_BETTER");
        fields.put("baselineValue", "ten");
        fields.put("baselineDate", "2026-01-01");
        fields.put("targetValue", "20");
        fields.put("targetDate", "2025-01-01");
        fields.put("guardrailMin", "9");
        fields.put("guardrailMax", "1");

        WebSession.Page page = web.post("/w/" + slug + "/kpis", fields);

        // (each was said only once the one before was put right)
        assertThat(page.html())
                .contains("Give a number, such as 4.2")
                .contains("Give a target date after the baseline date")
                .contains("The upper guardrail is above the lower one.")
                .containsPattern("name=\"baselineValue\" value=\"ten\"");
    }

    @Test
    void aMeasurementWithLettersForItsValueAlsoSaysItsDayIsToCome() {
        long kpi = id(admin().post(
                        "/api/v1/workspaces/" + slug + "/kpis",
                        "{\"name\":\"Conversion\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":10,\"baselineDate\":\"2026-01-01\",\"targetValue\":20,"
                                + "\"targetDate\":\"2027-06-30\"}"));
        web.get("/w/" + slug + "/kpis/" + kpi);

        WebSession.Page page =
                web.post("/w/" + slug + "/kpis/" + kpi + "/measurements", Map.of("date", "2199-01-01", "value", "abc"));

        // (the day was said only once the value was put right)
        assertThat(page.html())
                .contains("Give a number, such as 4.2")
                .contains("2199-01-01 is after today: give the day the value was measured.");
    }

    @Test
    void anInsightWithLettersForItsWholeNumbersKeepsWhatWasTyped() {
        web.get("/w/" + slug + "/insights/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Letters for numbers");
        fields.put("sourceType", "INTERVIEW");
        fields.put("evidenceStrength", "ANECDOTE");
        fields.put("sentiment", "abc");
        fields.put("reach", "1e99");

        WebSession.Page page = web.post("/w/" + slug + "/insights", fields);

        // (a whole number held in an int was shown as 0, its box a number box)
        assertThat(page.html())
                .contains("Give a whole number from -2 to +2.")
                .contains("Give a whole number of users, such as 120 (at most 2,147,483,647).")
                .containsPattern("type=\"text\"[^>]*name=\"sentiment\" value=\"abc\"")
                .containsPattern("name=\"reach\" value=\"1e99\"");
    }

    @Test
    void planSettingsWithLettersForACapacityAlsoSayTheFormulaIsBroken() {
        WebSession.Page settings = web.get("/w/" + slug + "/plan/settings");
        String version = settings.html().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("model", "CUSTOM");
        fields.put("formula", "goalValue * (userValue + ");
        fields.put("capacities[0].teamId", String.valueOf(team));
        fields.put("capacities[0].personWeeksPerWeek", "lots");

        WebSession.Page page = web.post("/w/" + slug + "/plan/settings", fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Give a number, such as 4.2").contains(" at character ");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/plan/settings")
                        .json()
                        .path("model")
                        .asString())
                .isEqualTo("GOAL_CONTRIBUTION");
    }

    @Test
    void anInitiativeWithLettersForAnEffortAlsoSaysItsTitleIsTooLong() {
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        web.get("/w/" + slug + "/initiatives/new");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "t".repeat(5000));
        fields.put("kind", "FEATURE");
        fields.put("proposingTeamId", String.valueOf(team));
        fields.put("ownerId", String.valueOf(me));
        fields.put("startDate", "2027-01-04");
        fields.put("dueDate", "2027-02-26");
        fields.put("effort[0].teamId", String.valueOf(team));
        fields.put("effort[0].personWeeks", "three");

        WebSession.Page page = web.post("/w/" + slug + "/initiatives", fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"i-title-error\"").contains("Give a number");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/initiatives")
                        .json()
                        .path("items"))
                .hasSize(1);
    }

    @Test
    void aStatementWithoutATeamAlsoSaysTheAimIsMissingAndThePersonWeeksAreTooMany() {
        String form = "/w/" + slug + "/discovery/" + session + "/statement";
        web.get(form);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("aim", "");
        fields.put("capacity", "20000");

        WebSession.Page page = web.post(form, fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html())
                .contains("Choose the team whose goals these are.")
                .contains("Say what the team wants to achieve for this topic.")
                .contains("Person-weeks between 0 and 10,000, or none.")
                .contains("value=\"20000.0\"");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/discovery-sessions/" + session)
                        .json()
                        .path("statements"))
                .isEmpty();
    }
}

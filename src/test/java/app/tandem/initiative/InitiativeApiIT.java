package app.tandem.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tandem.Api;
import app.tandem.TandemIT;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * The initiatives API over real HTTP: proposing, bad input named field by field, status moves with
 * their history, dependencies with why they are at risk, cycles refused naming the cycle, another
 * workspace's ids, viewers, and a replace from a stale version; and the events other modules will
 * hear (recorded from calls to {@link Initiatives} on the test's thread).
 */
@RecordApplicationEvents
class InitiativeApiIT extends TandemIT {

    @Autowired
    Initiatives initiatives;

    @Autowired
    ApplicationEvents events;

    private String slug;
    private String base;
    private long me;
    private long marketing;
    private long design;
    private long it;

    @BeforeEach
    void workspaceWithTeams() {
        slug = "initiatives-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Budgetly\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        me = admin().get("/api/v1/me").json().path("id").asLong();
        marketing = team(base, "Marketing");
        design = team(base, "Design");
        it = team(base, "IT");
    }

    private long team(String workspace, String name) {
        return admin().post(workspace + "/teams", "{\"name\":\"" + name + "\"}")
                .json()
                .path("id")
                .asLong();
    }

    private static String body(
            String title, String kind, long team, long owner, String start, String due, String extra) {
        return "{\"title\":\"" + title + "\",\"kind\":\"" + kind + "\",\"proposingTeamId\":" + team + ",\"ownerId\":"
                + owner + ",\"startDate\":\"" + start + "\",\"dueDate\":\"" + due + "\"" + extra + "}";
    }

    private long propose(String title, long team, String start, String due) {
        Api.Response created = admin().post(base + "/initiatives", body(title, "FEATURE", team, me, start, due, ""));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private Api.Response status(long id, String status, String reason) {
        return admin().patchAsRead(
                        base + "/initiatives/" + id,
                        base + "/initiatives/" + id + "/status",
                        "{\"status\":\"" + status + "\",\"reason\":\"" + reason + "\"}");
    }

    private Api.Response needs(long dependant, long provider, String kind, String handoffDue) {
        return admin().post(
                        base + "/initiatives/" + dependant + "/dependencies",
                        "{\"providerId\":" + provider + ",\"kind\":\"" + kind + "\",\"handoffDue\":\"" + handoffDue
                                + "\"}");
    }

    private static List<String> titles(Api.Response list) {
        return list.json()
                .path("items")
                .valueStream()
                .map(i -> i.path("title").asString())
                .toList();
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json()
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
    }

    @Test
    void proposesReadsFiltersAndDeletesAnInitiative() {
        // a contributor works for one of their own teams: not yet in Design, then in it
        Api.Response notInTeam = admin().post(
                        base + "/initiatives",
                        body(
                                "Re-onboarding e-mail campaign",
                                "CAMPAIGN",
                                marketing,
                                me,
                                "2027-03-01",
                                "2027-04-30",
                                ",\"contributors\":[{\"userId\":" + me + ",\"teamId\":" + design
                                        + ",\"role\":\"CONSULTED\"}]"));
        assertThat(notInTeam.status()).as(notInTeam.text()).isEqualTo(400);
        assertThat(fields(notInTeam)).containsExactly("contributors[0].teamId");
        assertThat(notInTeam.json().path("errors").get(0).path("message").asString())
                .isEqualTo("This person is not in that team: choose one of their teams, or no team.");
        admin().post(base + "/teams/" + design + "/members", "{\"userId\":" + me + ",\"involvement\":\"EXECUTES\"}");
        Api.Response created = admin().post(
                        base + "/initiatives",
                        body(
                                "Re-onboarding e-mail campaign",
                                "CAMPAIGN",
                                marketing,
                                me,
                                "2027-03-01",
                                "2027-04-30",
                                ",\"description\":\"Calmer *e-mails* after day two\",\"confidence\":\"HIGH\","
                                        + "\"effort\":[{\"teamId\":" + marketing + ",\"personWeeks\":4},{\"teamId\":"
                                        + design + ",\"personWeeks\":1.5}],"
                                        + "\"contributors\":[{\"userId\":" + me + ",\"teamId\":" + design
                                        + ",\"role\":\"CONSULTED\"}]"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode campaign = created.json();
        long id = campaign.path("id").asLong();
        assertThat(campaign.path("status").asString()).isEqualTo("PROPOSED");
        assertThat(campaign.path("proposingTeam").path("name").asString()).isEqualTo("Marketing");
        assertThat(campaign.path("owner").path("id").asLong()).isEqualTo(me);
        assertThat(campaign.path("confidence").asString()).isEqualTo("HIGH");
        assertThat(campaign.path("effort")
                        .valueStream()
                        .map(e -> e.path("team").path("name").asString() + " "
                                + e.path("personWeeks").asDouble()))
                .containsExactly("Design 1.5", "Marketing 4.0");
        assertThat(campaign.path("totalPersonWeeks").asDouble()).isEqualTo(5.5);
        assertThat(campaign.path("contributors").get(0).path("role").asString()).isEqualTo("CONSULTED");
        assertThat(campaign.path("contributors")
                        .get(0)
                        .path("team")
                        .path("name")
                        .asString())
                .isEqualTo("Design");
        assertThat(campaign.path("nextStatuses").valueStream().map(JsonNode::asString))
                .containsExactly("DISCOVERY", "DROPPED");
        assertThat(campaign.path("history")).hasSize(1);
        assertThat(campaign.path("history").get(0).path("from").isNull()).isTrue();
        assertThat(campaign.path("history").get(0).path("to").asString()).isEqualTo("PROPOSED");
        assertThat(campaign.path("history").get(0).path("by").path("id").asLong())
                .isEqualTo(me);

        assertThat(admin().get(base + "/initiatives/" + id)
                        .json()
                        .path("description")
                        .asString())
                .isEqualTo("Calmer *e-mails* after day two");
        propose("Form endpoint", it, "2027-01-10", "2027-02-15");
        // a title is the initiative's name in lists, the plan and the what-if: one per workspace, in any case
        Api.Response again = admin().post(
                        base + "/initiatives",
                        body(
                                " re-onboarding E-MAIL campaign ",
                                "CAMPAIGN",
                                marketing,
                                me,
                                "2027-03-01",
                                "2027-04-30",
                                ""));
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(fields(again)).containsExactly("title");
        assertThat(again.json().path("errors").get(0).path("message").asString())
                .isEqualTo(
                        "There is an initiative titled 're-onboarding E-MAIL campaign' already. Give this one its own title.");

        assertThat(titles(admin().get(base + "/initiatives")))
                .containsExactly("Form endpoint", "Re-onboarding e-mail campaign");
        // Design puts effort into the campaign; "design" in any case names the team
        assertThat(titles(admin().get(base + "/initiatives?team=design")))
                .containsExactly("Re-onboarding e-mail campaign");
        assertThat(titles(admin().get(base + "/initiatives?team=" + it))).containsExactly("Form endpoint");
        assertThat(titles(admin().get(base + "/initiatives?kind=FEATURE"))).containsExactly("Form endpoint");
        assertThat(titles(admin().get(base + "/initiatives?status=PROPOSED&owner=" + me)))
                .hasSize(2);
        assertThat(titles(admin().get(base + "/initiatives?status=DONE"))).isEmpty();
        Api.Response paged = admin().get(base + "/initiatives?size=1&page=1");
        assertThat(titles(paged)).containsExactly("Re-onboarding e-mail campaign");
        assertThat(paged.json().path("totalItems").asLong()).isEqualTo(2);
        Api.Response unknownTeam = admin().get(base + "/initiatives?team=Finance");
        assertThat(unknownTeam.status()).isEqualTo(400);
        assertThat(unknownTeam.field()).isEqualTo("team");

        assertThat(admin().delete(base + "/initiatives/" + id).status()).isEqualTo(204);
        assertThat(admin().get(base + "/initiatives/" + id).status()).isEqualTo(404);

        assertThat(admin().get("/v3/api-docs").json().path("paths").propertyNames())
                .contains(
                        "/api/v1/workspaces/{slug}/initiatives",
                        "/api/v1/workspaces/{slug}/initiatives/{initiativeId}/status",
                        "/api/v1/workspaces/{slug}/initiatives/{initiativeId}/dependencies/{dependencyId}/delivered");
    }

    @Test
    void refusesBadInputNamingEveryWrongFieldAndSavesNothing() {
        String otherSlug = "other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        long otherTeam = team("/api/v1/workspaces/" + otherSlug, "Sales");
        long stranger = admin().post(
                        "/api/v1/users",
                        "{\"email\":\"stranger." + unique()
                                + "@example.com\",\"displayName\":\"Stranger\",\"password\":\"long-enough-password\"}")
                .json()
                .path("id")
                .asLong();

        Api.Response refused = admin().post(
                        base + "/initiatives",
                        body(
                                "Landing page",
                                "CAMPAIGN",
                                otherTeam,
                                stranger,
                                "2027-03-01",
                                "2027-02-01",
                                ",\"effort\":[{\"teamId\":" + marketing + ",\"personWeeks\":-2}],"
                                        + "\"contributors\":[{\"userId\":" + stranger
                                        + ",\"role\":\"RESPONSIBLE\"}]"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused))
                .containsExactly(
                        "proposingTeamId", "ownerId", "dueDate", "effort[0].personWeeks", "contributors[0].userId");
        assertThat(refused.json().path("errors").get(2).path("message").asString())
                .isEqualTo("It is due on 1 Feb 2027, before it starts on 1 Mar 2027.");
        assertThat(refused.json().path("errors").get(3).path("message").asString())
                .isEqualTo("Effort cannot be negative: give 0 or more person-weeks.");

        Api.Response missing = admin().post(base + "/initiatives", "{\"title\":\"\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing))
                .containsExactly("title", "kind", "proposingTeamId", "ownerId", "startDate", "dueDate");

        Api.Response badKind = admin().post(
                        base + "/initiatives",
                        body("Landing page", "PARTY", marketing, me, "2027-03-01", "2027-03-02", ""));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.field()).isEqualTo("kind");

        // a year typed short (0202 for 2026), as a date field lets one
        Api.Response shortYear = admin().post(
                        base + "/initiatives",
                        body("Landing page", "CAMPAIGN", marketing, me, "0202-03-01", "2027-03-02", ""));
        assertThat(shortYear.status()).isEqualTo(400);
        assertThat(shortYear.field()).isEqualTo("startDate");
        assertThat(shortYear.json().path("detail").asString())
                .contains("0202-03-01")
                .contains("check its year");

        assertThat(admin().get(base + "/initiatives").json().path("totalItems").asLong())
                .isZero();
    }

    @Test
    void aStatusChangeSendsTheVersionItWasMadeOn() {
        long id = propose("Budget alerts", marketing, "2027-01-01", "2027-03-31");
        long read =
                admin().get(base + "/initiatives/" + id).json().path("version").asLong();

        Api.Response blind = admin().patch(base + "/initiatives/" + id + "/status", "{\"status\":\"DISCOVERY\"}");
        assertThat(blind.status()).isEqualTo(400);
        assertThat(blind.field()).isEqualTo("version");

        Api.Response moved = admin().patch(
                        base + "/initiatives/" + id + "/status", "{\"status\":\"DISCOVERY\",\"version\":" + read + "}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        Api.Response stale = admin().patch(
                        base + "/initiatives/" + id + "/status",
                        "{\"status\":\"DROPPED\",\"reason\":\"No budget\",\"version\":" + read + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin().get(base + "/initiatives/" + id)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("DISCOVERY");
    }

    @Test
    void statusMovesOneStepAtATimeAndEveryMoveIsKept() {
        long id = propose("Savings-goal discoverability", design, "2027-02-01", "2027-03-31");

        Api.Response skipped = status(id, "COMMITTED", "We like it");
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.field()).isEqualTo("status");
        assertThat(skipped.json().path("detail").asString())
                .isEqualTo("Commit it only after discovery: move it to discovery first.");
        assertThat(skipped.json().path("allowed").valueStream().map(JsonNode::asString))
                .containsExactly("DISCOVERY", "DROPPED");

        assertThat(status(id, "DISCOVERY", "Testers cannot find it").status()).isEqualTo(200);
        assertThat(status(id, "IN_PROGRESS", "").json().path("detail").asString())
                .isEqualTo("Start it only after it is committed.");
        // a feature is committed once IT reviewed it (InitiativeReviewIT commits one without)
        admin().send("PUT", base + "/initiatives/" + id + "/it-review", "{\"readiness\":\"READY\"}");
        assertThat(status(id, "COMMITTED", "Backed by the usability test").status())
                .isEqualTo(200);
        JsonNode started = status(id, "IN_PROGRESS", "").json();
        assertThat(started.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(started.path("history")
                        .valueStream()
                        .map(h ->
                                (h.path("from").isNull() ? "-" : h.path("from").asString()) + ">"
                                        + h.path("to").asString() + ":"
                                        + (h.path("reason").isNull()
                                                ? ""
                                                : h.path("reason").asString())))
                .containsExactly(
                        "->PROPOSED:",
                        "PROPOSED>DISCOVERY:Testers cannot find it",
                        "DISCOVERY>COMMITTED:Backed by the usability test",
                        "COMMITTED>IN_PROGRESS:");

        Api.Response dropWithoutReason = status(id, "DROPPED", " ");
        assertThat(dropWithoutReason.status()).isEqualTo(400);
        assertThat(dropWithoutReason.field()).isEqualTo("reason");

        assertThat(status(id, "DONE", "Shipped").status()).isEqualTo(200);
        Api.Response afterDone = status(id, "DROPPED", "Changed our minds");
        assertThat(afterDone.status()).isEqualTo(409);
        assertThat(afterDone.json().path("detail").asString())
                .isEqualTo("It is done: a finished initiative keeps its status.");
        assertThat(admin().get(base + "/initiatives/" + id).json().path("history"))
                .hasSize(5);
    }

    /** A hand-off's day and an IT review's day are refused outside the years work is planned for, naming the field. */
    @Test
    void aHandOffAndAnItReviewOutsideThePlannedYearsAreRefused() {
        long campaign = propose("Spring campaign", marketing, "2027-03-01", "2027-04-30");
        long assets = propose("Spring assets", design, "2027-01-10", "2027-02-15");
        for (String day : List.of("+999999999-01-10", "0000-01-01", "2200-01-01")) {
            Api.Response handOff = needs(campaign, assets, "NEEDS_DESIGN_ASSETS", day);
            assertThat(handOff.status()).as(day + ": " + handOff.text()).isEqualTo(400);
            assertThat(handOff.field()).isEqualTo("handoffDue");
            Api.Response review = admin().send(
                            "PUT",
                            base + "/initiatives/" + assets + "/it-review",
                            "{\"readiness\":\"READY\",\"reviewedOn\":\"" + day + "\"}");
            assertThat(review.status()).as(day + ": " + review.text()).isEqualTo(400);
            assertThat(review.field()).isEqualTo("reviewedOn");
        }
        assertThat(admin().get(base + "/initiatives/" + campaign + "/dependencies")
                        .json()
                        .path("needs")
                        .size())
                .isZero();
    }

    @Test
    void aDependencyIsListedBothWaysWithWhyItIsAtRiskUntilDelivered() {
        long campaign = propose("Re-onboarding campaign", marketing, "2027-03-01", "2027-04-30");
        long assets = propose("In-app guidance assets", design, "2027-01-10", "2027-02-15");

        Api.Response added = needs(campaign, assets, "NEEDS_DESIGN_ASSETS", "2027-03-05");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        long dependency = added.json().path("id").asLong();
        assertThat(added.json().path("state").asString()).isEqualTo("OPEN");
        assertThat(added.json().path("atRisk").asBoolean()).isTrue();
        assertThat(added.json().path("riskReasons").valueStream().map(JsonNode::asString))
                .containsExactly(
                        "The hand-off is due on 5 Mar 2027, after “Re-onboarding campaign” starts on 1 Mar 2027.");
        // its address answers a GET from either initiative's side, and from no other
        assertThat(added.location()).isEqualTo(base + "/initiatives/" + campaign + "/dependencies/" + dependency);
        assertThat(admin().get(added.location()).json().path("riskReasons"))
                .isEqualTo(added.json().path("riskReasons"));
        assertThat(admin().get(base + "/initiatives/" + assets + "/dependencies/" + dependency)
                        .json()
                        .path("id")
                        .asLong())
                .isEqualTo(dependency);
        long unrelated = propose("Unrelated", design, "2027-01-10", "2027-02-15");
        assertThat(admin().get(base + "/initiatives/" + unrelated + "/dependencies/" + dependency)
                        .status())
                .isEqualTo(404);
        assertThat(admin().delete(base + "/initiatives/" + unrelated).status()).isEqualTo(204);

        JsonNode fromCampaign =
                admin().get(base + "/initiatives/" + campaign + "/dependencies").json();
        assertThat(fromCampaign.path("needs")).hasSize(1);
        assertThat(fromCampaign
                        .path("needs")
                        .get(0)
                        .path("provider")
                        .path("title")
                        .asString())
                .isEqualTo("In-app guidance assets");
        assertThat(fromCampaign.path("neededBy")).isEmpty();
        JsonNode fromAssets =
                admin().get(base + "/initiatives/" + assets + "/dependencies").json();
        assertThat(fromAssets.path("needs")).isEmpty();
        assertThat(fromAssets
                        .path("neededBy")
                        .get(0)
                        .path("dependant")
                        .path("id")
                        .asLong())
                .isEqualTo(campaign);

        assertThat(admin().get(base + "/initiatives/" + campaign)
                        .json()
                        .path("atRisk")
                        .asBoolean())
                .isTrue();
        assertThat(titles(admin().get(base + "/initiatives?atRisk=true"))).containsExactly("Re-onboarding campaign");
        assertThat(titles(admin().get(base + "/initiatives?atRisk=false"))).containsExactly("In-app guidance assets");

        // a provider long past its due date and not done puts its dependant at risk too
        long landing = propose("Landing page", marketing, "2027-05-01", "2027-05-31");
        long form = propose("Form endpoint", it, "2020-01-01", "2020-02-01");
        assertThat(needs(landing, form, "NEEDS_INFRASTRUCTURE", "2027-04-15")
                        .json()
                        .path("riskReasons")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly("“Form endpoint” was due on 1 Feb 2020 and is not done (it is proposed).");

        Api.Response delivered =
                admin().post(base + "/initiatives/" + assets + "/dependencies/" + dependency + "/delivered", "");
        assertThat(delivered.status()).as(delivered.text()).isEqualTo(200);
        assertThat(delivered.json().path("state").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.json().path("atRisk").asBoolean()).isFalse();
        assertThat(titles(admin().get(base + "/initiatives?atRisk=true"))).containsExactly("Landing page");
        assertThat(admin().post(base + "/initiatives/" + campaign + "/dependencies/" + dependency + "/delivered", "")
                        .status())
                .isEqualTo(409);

        assertThat(admin().delete(base + "/initiatives/" + campaign + "/dependencies/" + dependency)
                        .status())
                .isEqualTo(204);
        assertThat(admin().get(base + "/initiatives/" + campaign + "/dependencies")
                        .json()
                        .path("needs"))
                .isEmpty();
    }

    @Test
    void aDependencyThatClosesACycleIsRefusedNamingTheCycle() {
        long campaign = propose("Campaign", marketing, "2027-03-01", "2027-04-30");
        long assets = propose("Assets", design, "2027-01-10", "2027-02-15");
        long research = propose("Research", design, "2026-11-01", "2026-12-15");
        assertThat(needs(campaign, assets, "NEEDS_DESIGN_ASSETS", "2027-02-20").status())
                .isEqualTo(201);
        assertThat(needs(assets, research, "NEEDS_DECISION", "2027-01-05").status())
                .isEqualTo(201);

        Api.Response cycle = needs(research, campaign, "NEEDS_FEATURE", "2026-11-01");
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.field()).isEqualTo("providerId");
        assertThat(cycle.json().path("detail").asString())
                .isEqualTo("This would close a cycle: “Research” needs “Campaign”, “Campaign” needs “Assets”, and"
                        + " “Assets” needs “Research”.");
        assertThat(cycle.json()
                        .path("cycle")
                        .valueStream()
                        .map(i -> i.path("id").asLong()))
                .containsExactly(research, campaign, assets);
        assertThat(admin().get(base + "/initiatives/" + research + "/dependencies")
                        .json()
                        .path("needs"))
                .isEmpty();

        Api.Response twice = needs(campaign, assets, "NEEDS_DESIGN_ASSETS", "2027-02-25");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.field()).isEqualTo("providerId");
        Api.Response itself = needs(campaign, campaign, "OTHER", "2027-02-25");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.field()).isEqualTo("providerId");
        Api.Response incomplete =
                admin().post(base + "/initiatives/" + campaign + "/dependencies", "{\"providerId\":" + research + "}");
        assertThat(fields(incomplete)).containsExactly("kind", "handoffDue");

        // deleting an initiative takes its dependencies both ways with it
        assertThat(admin().delete(base + "/initiatives/" + assets).status()).isEqualTo(204);
        assertThat(admin().get(base + "/initiatives/" + campaign + "/dependencies")
                        .json()
                        .path("needs"))
                .isEmpty();
        assertThat(admin().get(base + "/initiatives/" + research + "/dependencies")
                        .json()
                        .path("neededBy"))
                .isEmpty();
        assertThat(needs(research, campaign, "NEEDS_FEATURE", "2026-11-01").status())
                .isEqualTo(201);
    }

    @Test
    void anotherWorkspacesInitiativesCannotBeReachedOrNamed() {
        String otherSlug = "other-" + unique();
        String other = "/api/v1/workspaces/" + otherSlug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        long otherTeam = team(other, "Sales");
        long foreign = admin().post(
                        other + "/initiatives",
                        body("Secret deal", "OTHER", otherTeam, me, "2027-01-01", "2027-02-01", ""))
                .json()
                .path("id")
                .asLong();
        long foreignNeed = propose("Here", marketing, "2027-01-01", "2027-02-01");
        long otherDependant = admin().post(
                        other + "/initiatives",
                        body("Other dependant", "OTHER", otherTeam, me, "2027-01-01", "2027-02-01", ""))
                .json()
                .path("id")
                .asLong();
        long otherDependency = admin().post(
                        other + "/initiatives/" + otherDependant + "/dependencies",
                        "{\"providerId\":" + foreign + ",\"kind\":\"OTHER\",\"handoffDue\":\"2027-01-01\"}")
                .json()
                .path("id")
                .asLong();

        assertThat(admin().get(base + "/initiatives/" + foreign).status()).isEqualTo(404);
        assertThat(admin().get(base + "/initiatives/" + foreign + "/dependencies")
                        .status())
                .isEqualTo(404);
        assertThat(status(foreign, "DISCOVERY", "").status()).isEqualTo(404);
        assertThat(admin().delete(base + "/initiatives/" + foreign).status()).isEqualTo(404);
        Api.Response provider = needs(foreignNeed, foreign, "OTHER", "2027-01-01");
        assertThat(provider.status()).isEqualTo(400);
        assertThat(provider.field()).isEqualTo("providerId");
        assertThat(admin().post(
                                base + "/initiatives/" + foreignNeed + "/dependencies/" + otherDependency
                                        + "/delivered",
                                "")
                        .status())
                .isEqualTo(404);
        assertThat(admin().delete(base + "/initiatives/" + foreignNeed + "/dependencies/" + otherDependency)
                        .status())
                .isEqualTo(404);
        assertThat(admin().get(other + "/initiatives/" + foreign)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("PROPOSED");

        Person outsider = newPerson("Olga Outsider");
        assertThat(outsider.api().get(base + "/initiatives").status()).isEqualTo(404);
        assertThat(outsider.api().get(base + "/initiatives/" + foreignNeed).status())
                .isEqualTo(404);
    }

    @Test
    void aViewerReadsInitiativesButCannotChangeThem() {
        long id = propose("Premium tier", marketing, "2027-06-01", "2027-09-30");
        long provider = propose("Billing", it, "2027-03-01", "2027-05-30");
        Person viewer = newPerson("Vic Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        Api api = viewer.api();

        assertThat(api.get(base + "/initiatives/" + id).status()).isEqualTo(200);
        assertThat(api.get(base + "/initiatives/" + id + "/dependencies").status())
                .isEqualTo(200);
        Api.Response propose = api.post(
                base + "/initiatives",
                body("Viewer's idea", "OTHER", marketing, viewer.id(), "2027-01-01", "2027-02-01", ""));
        assertThat(propose.status()).isEqualTo(403);
        assertThat(propose.contentType()).startsWith("application/problem+json");
        assertThat(api.send(
                                "PUT",
                                base + "/initiatives/" + id,
                                body("Mine", "OTHER", marketing, me, "2027-01-01", "2027-02-01", ",\"version\":0"))
                        .status())
                .isEqualTo(403);
        assertThat(api.patchAsRead(
                                base + "/initiatives/" + id,
                                base + "/initiatives/" + id + "/status",
                                "{\"status\":\"DISCOVERY\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                base + "/initiatives/" + id + "/dependencies",
                                "{\"providerId\":" + provider
                                        + ",\"kind\":\"NEEDS_FEATURE\",\"handoffDue\":\"2027-05-01\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.delete(base + "/initiatives/" + id).status()).isEqualTo(403);
        assertThat(admin().get(base + "/initiatives/" + id).json().path("title").asString())
                .isEqualTo("Premium tier");
    }

    @Test
    void aReplaceFromAStaleVersionIsRefusedAndChangesNothing() {
        long id = propose("Jargon-free copy", design, "2027-02-01", "2027-03-01");
        long version =
                admin().get(base + "/initiatives/" + id).json().path("version").asLong();

        Api.Response first = admin().send(
                        "PUT",
                        base + "/initiatives/" + id,
                        body(
                                "Jargon-free copy everywhere",
                                "CONTENT",
                                design,
                                me,
                                "2027-02-01",
                                "2027-03-15",
                                ",\"effort\":[{\"teamId\":" + design + ",\"personWeeks\":2}],\"version\":" + version));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().path("kind").asString()).isEqualTo("CONTENT");
        assertThat(first.json().path("totalPersonWeeks").asDouble()).isEqualTo(2.0);
        assertThat(first.json().path("status").asString()).isEqualTo("PROPOSED");
        long current = first.json().path("version").asLong();
        assertThat(current).isGreaterThan(version);

        Api.Response stale = admin().send(
                        "PUT",
                        base + "/initiatives/" + id,
                        body(
                                "Overwritten",
                                "OTHER",
                                design,
                                me,
                                "2027-02-01",
                                "2027-03-01",
                                ",\"version\":" + version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).endsWith("/concurrent-change");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(current);
        assertThat(admin().get(base + "/initiatives/" + id).json().path("title").asString())
                .isEqualTo("Jargon-free copy everywhere");

        Api.Response withoutVersion = admin().send(
                        "PUT",
                        base + "/initiatives/" + id,
                        body("No version", "OTHER", design, me, "2027-02-01", "2027-03-01", ""));
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.field()).isEqualTo("version");
    }

    @Test
    void proposingCommittingAndDeliveringArePublishedForOtherModules() {
        InitiativeView assets = initiatives.propose(
                slug,
                me,
                new InitiativeInput(
                        "In-app guidance assets",
                        null,
                        InitiativeKind.CONTENT,
                        design,
                        me,
                        LocalDate.of(2027, 1, 10),
                        LocalDate.of(2027, 2, 15),
                        null,
                        null,
                        null));
        long campaign = propose("Re-onboarding campaign", marketing, "2027-03-01", "2027-04-30");
        initiatives.changeStatus(slug, me, assets.id(), InitiativeStatus.DISCOVERY, null, null);
        initiatives.changeStatus(slug, me, assets.id(), InitiativeStatus.COMMITTED, "Design has the time", null);
        DependencyView need = initiatives.addDependency(
                slug,
                me,
                campaign,
                new DependencyInput(assets.id(), DependencyKind.NEEDS_DESIGN_ASSETS, LocalDate.of(2027, 2, 20)));
        initiatives.markDelivered(slug, me, assets.id(), need.id());

        assertThat(events.stream(InitiativeProposed.class).filter(e -> e.initiativeId() == assets.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.title()).isEqualTo("In-app guidance assets");
                    assertThat(e.proposingTeamId()).isEqualTo(design);
                    assertThat(e.proposedBy()).isEqualTo(me);
                });
        assertThat(events.stream(InitiativeStatusChanged.class).filter(e -> e.initiativeId() == assets.id()))
                .extracting(InitiativeStatusChanged::from, InitiativeStatusChanged::to, InitiativeStatusChanged::reason)
                .containsExactly(
                        tuple(InitiativeStatus.PROPOSED, InitiativeStatus.DISCOVERY, null),
                        tuple(InitiativeStatus.DISCOVERY, InitiativeStatus.COMMITTED, "Design has the time"));
        assertThat(events.stream(InitiativeCommitted.class).filter(e -> e.initiativeId() == assets.id()))
                .hasSize(1);
        assertThat(events.stream(DependencyDelivered.class).filter(e -> e.dependencyId() == need.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.dependantId()).isEqualTo(campaign);
                    assertThat(e.providerId()).isEqualTo(assets.id());
                    assertThat(e.kind()).isEqualTo(DependencyKind.NEEDS_DESIGN_ASSETS);
                });
    }

    @Test
    void aDependencyThatBecomesAtRiskIsAnnouncedOnce() {
        InitiativeInput assetsInput = new InitiativeInput(
                "Guidance assets",
                null,
                InitiativeKind.CONTENT,
                design,
                me,
                LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 2, 15),
                null,
                null,
                null);
        InitiativeView assets = initiatives.propose(slug, me, assetsInput);
        long campaign = propose("Welcome-back campaign", marketing, "2027-03-01", "2027-04-30");
        DependencyView need = initiatives.addDependency(
                slug,
                me,
                campaign,
                new DependencyInput(assets.id(), DependencyKind.NEEDS_DESIGN_ASSETS, LocalDate.of(2027, 2, 20)));
        assertThat(events.stream(DependencyAtRisk.class).filter(e -> e.dependencyId() == need.id()))
                .as("a hand-off in time is not at risk")
                .isEmpty();

        // design's work now ends after the campaign starts
        InitiativeView later = initiatives.replace(
                slug,
                me,
                assets.id(),
                new InitiativeInput(
                        "Guidance assets",
                        null,
                        InitiativeKind.CONTENT,
                        design,
                        me,
                        LocalDate.of(2027, 1, 10),
                        LocalDate.of(2027, 3, 31),
                        null,
                        null,
                        null),
                assets.version());
        assertThat(events.stream(DependencyAtRisk.class).filter(e -> e.dependencyId() == need.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.dependantId()).isEqualTo(campaign);
                    assertThat(e.providerTitle()).isEqualTo("Guidance assets");
                    assertThat(e.kind()).isEqualTo(DependencyKind.NEEDS_DESIGN_ASSETS);
                    assertThat(e.reasons())
                            .containsExactly(
                                    "“Guidance assets” is due on 31 Mar 2027, after “Welcome-back campaign” starts on 1 Mar 2027.");
                });

        // at risk already: dropping it adds a reason but is not announced again
        initiatives.changeStatus(slug, me, assets.id(), InitiativeStatus.DROPPED, "No designer free", later.version());
        assertThat(events.stream(DependencyAtRisk.class).filter(e -> e.dependencyId() == need.id()))
                .hasSize(1);

        // a need added at risk is announced at once
        long other = propose("Late provider", it, "2027-01-01", "2027-06-30");
        DependencyView risky = initiatives.addDependency(
                slug, me, campaign, new DependencyInput(other, DependencyKind.NEEDS_FEATURE, LocalDate.of(2027, 5, 1)));
        assertThat(events.stream(DependencyAtRisk.class).filter(e -> e.dependencyId() == risky.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.reasons()).isNotEmpty());
    }

    @Test
    void twoNeedsAddedAtTheSameMomentCannotCloseACycleTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long a = propose("Race A " + round, marketing, "2027-01-01", "2027-02-01");
                long b = propose("Race B " + round, design, "2027-01-01", "2027-02-01");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Api.Response> aNeedsB = pool.submit(() -> {
                    together.await();
                    return needs(a, b, "NEEDS_DECISION", "2026-12-20");
                });
                Future<Api.Response> bNeedsA = pool.submit(() -> {
                    together.await();
                    return needs(b, a, "NEEDS_DECISION", "2026-12-20");
                });
                assertThat(List.of(
                                aNeedsB.get(60, TimeUnit.SECONDS).status(),
                                bNeedsA.get(60, TimeUnit.SECONDS).status()))
                        .as("one need is added, the other would close a cycle")
                        .containsExactlyInAnyOrder(201, 409);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

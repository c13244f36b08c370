package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import app.tandem.insight.theme.Themes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Themes over real HTTP with the real Lucene index: grouping, reach, rename, merge, split, remove, delete. */
class ThemeApiIT extends TandemIT {

    private String slug;
    private String base;
    private String themes;
    private long email1;
    private long email2;
    private long email3;
    private long savings1;
    private long savings2;
    private long darkMode;
    private long invoices;

    @BeforeEach
    void workspaceWithInsights() {
        slug = "themes-" + unique();
        base = "/api/v1/workspaces/" + slug;
        themes = base + "/themes";
        admin().post("/api/v1/workspaces", "{\"name\":\"Themes\",\"slug\":\"" + slug + "\"}");
        email1 = capture(
                "Users drop off after the second onboarding email",
                "Opens fall by half at email two.",
                4200,
                "onboarding",
                "email");
        email2 = capture(
                "Second onboarding email loses trial users",
                "Unsubscribes peak after the second email.",
                300,
                "onboarding",
                "email");
        email3 = capture(
                "Few users open the second onboarding email",
                "Open rate of the second email is 12%.",
                50,
                "onboarding",
                "email");
        savings1 = capture(
                "Testers cannot find the savings goal feature",
                "Six of eight looked under Budget.",
                8,
                "savings-goals");
        savings2 = capture(
                "Savings goal feature is hidden in the profile menu",
                "Nobody opens the profile menu to find savings goals.",
                12,
                "savings-goals");
        darkMode = capture("Dark mode requests", "Night owls want a dark theme.", 35, "dark-mode");
        invoices = capture("Accountants want invoices as PDF", "Export of invoices is missing.", 5, "export");
    }

    private long capture(String title, String body, int reach, String... tags) {
        String tagList = Arrays.stream(tags).map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
        Api.Response created = admin().post(
                        base + "/insights",
                        "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"sourceType\":\"SURVEY\",\"reach\":"
                                + reach + ",\"tags\":[" + tagList + "]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private Api.Response discover() {
        Api.Response run = admin().post(themes + "/discover", "");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        return run;
    }

    /** Theme name by theme id, from the list. */
    private Map<Long, String> themeNames() {
        return admin().get(themes)
                .json()
                .path("items")
                .valueStream()
                .collect(Collectors.toMap(
                        t -> t.path("id").asLong(), t -> t.path("name").asString()));
    }

    private JsonNode themeOf(long insightId) {
        return admin().get(base + "/insights/" + insightId).json().path("theme");
    }

    private List<Long> insightIdsOf(long themeId) {
        return admin().get(themes + "/" + themeId)
                .json()
                .path("insights")
                .path("items")
                .valueStream()
                .map(i -> i.path("id").asLong())
                .toList();
    }

    @Test
    void groupsSimilarInsightsAndKeepsUnrelatedOnesApart() {
        Api.Response run = discover();
        assertThat(run.json().path("examined").asInt()).isEqualTo(7);
        assertThat(run.json().path("grouped").asInt()).isEqualTo(5);
        assertThat(run.json().path("themesCreated").asInt()).isEqualTo(2);
        assertThat(run.json().path("remaining").asInt()).isZero();

        long emails = themeOf(email1).path("id").asLong();
        long savings = themeOf(savings1).path("id").asLong();
        assertThat(emails).isNotEqualTo(savings);
        assertThat(themeOf(email2).path("id").asLong()).isEqualTo(emails);
        assertThat(themeOf(email3).path("id").asLong()).isEqualTo(emails);
        assertThat(themeOf(savings2).path("id").asLong()).isEqualTo(savings);
        assertThat(themeOf(darkMode).isNull() || themeOf(darkMode).isMissingNode())
                .as("dark mode stays alone")
                .isTrue();
        assertThat(themeOf(invoices).isNull() || themeOf(invoices).isMissingNode())
                .as("invoices stay alone")
                .isTrue();

        Api.Response list = admin().get(themes);
        assertThat(list.json().path("totalItems").asInt()).isEqualTo(2);
        JsonNode first = list.json().path("items").get(0);
        assertThat(first.path("id").asLong()).as("widest reach first").isEqualTo(emails);
        assertThat(first.path("insightCount").asInt()).isEqualTo(3);
        assertThat(first.path("totalReach").asLong()).isEqualTo(4200 + 300 + 50);
        assertThat(first.path("name").asString())
                .as("the tag all of them carry")
                .isIn("Email", "Onboarding");
        JsonNode second = list.json().path("items").get(1);
        assertThat(second.path("name").asString()).isEqualTo("Savings goals");
        assertThat(second.path("totalReach").asLong()).isEqualTo(20);
        assertThat(themeOf(savings1).path("name").asString()).isEqualTo("Savings goals");

        Api.Response theme = admin().get(themes + "/" + emails + "?size=2");
        assertThat(theme.status()).isEqualTo(200);
        assertThat(theme.json().path("insights").path("totalItems").asInt()).isEqualTo(3);
        assertThat(theme.json()
                        .path("insights")
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("id").asLong()))
                .as("widest reach first, paged")
                .containsExactly(email1, email2);

        Api.Response again = discover();
        assertThat(again.json().path("examined").asInt())
                .as("nothing new to look at")
                .isZero();
        assertThat(again.json().path("grouped").asInt()).isZero();
    }

    @Test
    void newInsightsJoinTheExistingThemeTheyClearlyBelongToAndTheRestFormNewThemes() {
        // as in the demo: usability tests found that testers cannot find savings goals, and the theme
        // of those reports was named by the team; its reports are so alike that each one's own
        // most similar insights are the others, so no single report names a newcomer among its best
        // hits: only the theme as a whole (its name and the tags its insights share) does
        for (int tester = 1; tester <= 10; tester++) {
            capture(
                    "Tester " + tester + " could not find the savings goal feature",
                    "Usability session " + tester + ": looked for the savings goal feature under Budget.",
                    1,
                    "savings-goals");
        }
        discover();
        long savings = themeOf(savings1).path("id").asLong();
        int members = insightIdsOf(savings).size();
        assertThat(members).as("the reports form one theme").isGreaterThanOrEqualTo(11);
        admin().patchAsRead(
                        themes + "/" + savings,
                        themes + "/" + savings,
                        "{\"name\":\"Savings goals: hard to find, motivating once found\"}");
        long emails = themeOf(email1).path("id").asLong();

        long homeScreen = capture(
                "Savings goals should be on the home screen",
                "Asked by three people in the beta.",
                40,
                "savings-goals");
        long pause = capture(
                "Users want to pause a savings goal",
                "A month with a big bill breaks the streak.",
                25,
                "savings-goals");
        long watch = capture("Users ask for a smartwatch app", "To glance at what is left today.", 7, "watch");
        long wrist = capture("Smartwatch app should show the daily budget", "A glance on the wrist.", 4, "watch");

        Api.Response run = discover();
        assertThat(run.json().path("examined").asInt()).isEqualTo(4);
        assertThat(themeOf(homeScreen).path("name").asString())
                .as("a new savings insight joins the savings theme")
                .isEqualTo("Savings goals: hard to find, motivating once found");
        assertThat(themeOf(pause).path("id").asLong()).isEqualTo(savings);
        JsonNode watchTheme = themeOf(watch);
        assertThat(watchTheme.isObject()).as("the rest still form a new theme").isTrue();
        assertThat(watchTheme.path("id").asLong()).isNotIn(savings, emails);
        assertThat(themeOf(wrist).path("id").asLong())
                .isEqualTo(watchTheme.path("id").asLong());
        assertThat(run.json().path("themesCreated").asInt()).isEqualTo(1);
        assertThat(run.json().path("themesJoined").asInt()).isEqualTo(1);
        assertThat(insightIdsOf(savings))
                .hasSizeGreaterThanOrEqualTo(members + 2)
                .contains(homeScreen, pause);
        assertThat(themeOf(darkMode).isNull() || themeOf(darkMode).isMissingNode())
                .as("an unrelated insight still stays alone")
                .isTrue();
    }

    @Test
    void aNewGroupThatWouldCarryTheNameOfAThemeThereIsJoinsIt() {
        discover();
        long emails = themeOf(email1).path("id").asLong();
        String name = themeNames().get(emails);
        // alike each other, not the emails theme's insights: a group of their own, named by their tag
        long receipts = capture(
                "Receipts show the wrong currency symbol for euro accounts",
                "Euro accounts see dollar signs on receipts.",
                20,
                "email");
        long symbols = capture(
                "Wrong currency symbol on receipts of euro accounts",
                "The receipts of euro accounts show a dollar sign.",
                10,
                "email");

        Api.Response run = discover();
        assertThat(themeOf(receipts).path("id").asLong())
                .as("one theme called " + name + ", not " + name + " (2)")
                .isEqualTo(emails);
        assertThat(themeOf(symbols).path("id").asLong()).isEqualTo(emails);
        assertThat(themeNames().values()).doesNotContain(name + " (2)");
        assertThat(run.json().path("themesCreated").asInt()).isZero();
        assertThat(run.json().path("themesJoined").asInt()).isEqualTo(1);
    }

    @Test
    void renamesMergesSplitsRemovesAndDeletes() {
        discover();
        long emails = themeOf(email1).path("id").asLong();
        long savings = themeOf(savings1).path("id").asLong();

        Api.Response renamed = admin().patchAsRead(
                        themes + "/" + emails, themes + "/" + emails, "{\"name\":\"  Email two loses users \"}");
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.json().path("name").asString()).isEqualTo("Email two loses users");
        long renamedAt = renamed.json().path("version").asLong();
        Api.Response stale =
                admin().patch(themes + "/" + emails, "{\"name\":\"Stale\",\"version\":" + (renamedAt - 1) + "}");
        assertThat(stale.status()).as("a rename made on an older version").isEqualTo(409);
        Api.Response blind = admin().patch(themes + "/" + emails, "{\"name\":\"Blind\"}");
        assertThat(blind.status()).isEqualTo(400);
        assertThat(blind.field()).isEqualTo("version");
        assertThat(themeOf(email2).path("name").asString()).isEqualTo("Email two loses users");

        Api.Response split = admin().post(
                        themes + "/" + emails + "/split",
                        "{\"name\":\"Open rates\",\"insightIds\":[" + email2 + "," + email3 + "]}");
        assertThat(split.status()).as(split.text()).isEqualTo(201);
        long openRates = split.json().path("id").asLong();
        assertThat(split.json().path("insightCount").asInt()).isEqualTo(2);
        assertThat(split.json().path("totalReach").asLong()).isEqualTo(350);
        assertThat(insightIdsOf(emails)).containsExactly(email1);
        assertThat(insightIdsOf(openRates)).containsExactly(email2, email3);

        Api.Response merged = admin().post(themes + "/" + emails + "/merge", "{\"themeId\":" + openRates + "}");
        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.json().path("insightCount").asInt()).isEqualTo(3);
        assertThat(merged.json().path("totalReach").asLong()).isEqualTo(4550);
        assertThat(admin().get(themes + "/" + openRates).status())
                .as("the merged theme is gone")
                .isEqualTo(404);

        assertThat(admin().delete(themes + "/" + emails + "/insights/" + email3).status())
                .isEqualTo(204);
        assertThat(insightIdsOf(emails)).containsExactly(email1, email2);
        assertThat(themeOf(email3).isNull()).isTrue();
        assertThat(admin().delete(themes + "/" + emails + "/insights/" + email3).status())
                .as("no longer in it")
                .isEqualTo(404);

        Api.Response added = admin().post(themes + "/" + savings + "/insights", "{\"insightIds\":[" + darkMode + "]}");
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        assertThat(added.json().path("insightCount").asInt()).isEqualTo(3);

        // a delete that names the version it was asked from: not one the theme has left behind
        long savingsAt = added.json().path("version").asLong();
        Api.Response staleDelete =
                admin().send("DELETE", themes + "/" + savings, null, Map.of("If-Match", "\"" + (savingsAt - 1) + "\""));
        assertThat(staleDelete.status()).as(staleDelete.text()).isEqualTo(409);
        assertThat(staleDelete.json().path("currentVersion").asLong()).isEqualTo(savingsAt);
        assertThat(admin().get(themes + "/" + savings).status()).isEqualTo(200);
        assertThat(admin().send("DELETE", themes + "/" + savings, null, Map.of("If-Match", "\"" + savingsAt + "\""))
                        .status())
                .isEqualTo(204);
        assertThat(admin().get(themes + "/" + savings).status()).isEqualTo(404);
        assertThat(admin().get(base + "/insights/" + savings1).status())
                .as("its insights stay")
                .isEqualTo(200);
        assertThat(themeOf(savings1).isNull()).isTrue();
        assertThat(admin().get(themes).json().path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aSecondRunDoesNotUndoWhatPeopleDid() {
        discover();
        long emails = themeOf(email1).path("id").asLong();
        long savings = themeOf(savings1).path("id").asLong();
        admin().patchAsRead(themes + "/" + emails, themes + "/" + emails, "{\"name\":\"Email two\"}");
        admin().delete(themes + "/" + emails + "/insights/" + email3);
        admin().delete(themes + "/" + savings);
        long another = capture(
                "Second onboarding email unsubscribes spike",
                "Unsubscribes double at the second onboarding email.",
                90,
                "onboarding",
                "email");

        Api.Response run = discover();
        assertThat(run.json().path("examined").asInt())
                .as("only the new insight")
                .isEqualTo(1);
        assertThat(run.json().path("themesCreated").asInt()).isZero();
        assertThat(run.json().path("themesJoined").asInt()).isEqualTo(1);
        assertThat(themeOf(another).path("id").asLong())
                .as("the new one joins the renamed theme")
                .isEqualTo(emails);
        assertThat(themeOf(another).path("name").asString()).isEqualTo("Email two");
        assertThat(themeOf(email3).isNull())
                .as("taken out by a person: stays out")
                .isTrue();
        assertThat(themeOf(savings1).isNull())
                .as("its theme was deleted by a person: stays unthemed")
                .isTrue();
        assertThat(themeOf(savings2).isNull()).isTrue();
        assertThat(themeNames()).containsOnlyKeys(emails);
    }

    @Test
    void refusesWrongRequestsNamingTheField() {
        discover();
        long emails = themeOf(email1).path("id").asLong();
        long savings = themeOf(savings1).path("id").asLong();

        Api.Response blank = admin().patchAsRead(themes + "/" + emails, themes + "/" + emails, "{\"name\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.field()).isEqualTo("name");
        Api.Response tooLong = admin().patchAsRead(
                        themes + "/" + emails, themes + "/" + emails, "{\"name\":\"" + "x".repeat(121) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.field()).isEqualTo("name");
        Api.Response taken =
                admin().patchAsRead(themes + "/" + emails, themes + "/" + emails, "{\"name\":\"savings GOALS\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.field()).isEqualTo("name");

        Api.Response itself = admin().post(themes + "/" + emails + "/merge", "{\"themeId\":" + emails + "}");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.field()).isEqualTo("themeId");
        Api.Response unknown = admin().post(themes + "/" + emails + "/merge", "{\"themeId\":999999999}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field()).isEqualTo("themeId");
        Api.Response missing = admin().post(themes + "/" + emails + "/merge", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.field()).isEqualTo("themeId");

        Api.Response none = admin().post(themes + "/" + emails + "/split", "{\"name\":\"Part\",\"insightIds\":[]}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.field()).isEqualTo("insightIds");
        Api.Response notMember =
                admin().post(themes + "/" + emails + "/split", "{\"name\":\"Part\",\"insightIds\":[" + savings1 + "]}");
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.field()).isEqualTo("insightIds");
        Api.Response all = admin().post(
                        themes + "/" + emails + "/split",
                        "{\"name\":\"Part\",\"insightIds\":[" + email1 + "," + email2 + "," + email3 + "]}");
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.field()).isEqualTo("insightIds");
        String tooMany = LongStream.rangeClosed(1, Themes.MOVE_MAX + 1)
                .mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
        Api.Response tooManySplit =
                admin().post(themes + "/" + emails + "/split", "{\"name\":\"Part\",\"insightIds\":[" + tooMany + "]}");
        assertThat(tooManySplit.status()).isEqualTo(400);
        assertThat(tooManySplit.field()).isEqualTo("insightIds");
        assertThat(tooManySplit.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Move at most 1000 insights at a time; 1001 were sent.");
        Api.Response tooManyAdded =
                admin().post(themes + "/" + emails + "/insights", "{\"insightIds\":[" + tooMany + "]}");
        assertThat(tooManyAdded.status()).as(tooManyAdded.text()).isEqualTo(400);
        assertThat(tooManyAdded.field()).isEqualTo("insightIds");
        Api.Response noName = admin().post(themes + "/" + emails + "/split", "{\"insightIds\":[" + email2 + "]}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.field()).isEqualTo("name");
        Api.Response takenName = admin().post(
                        themes + "/" + emails + "/split",
                        "{\"name\":\"Savings goals\",\"insightIds\":[" + email2 + "]}");
        assertThat(takenName.status()).isEqualTo(409);
        assertThat(takenName.field()).isEqualTo("name");
        Api.Response wrongType =
                admin().post(themes + "/" + emails + "/split", "{\"name\":\"Part\",\"insightIds\":[\"many\"]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.field()).startsWith("insightIds");
        Api.Response badSize = admin().get(themes + "?size=1000");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.field()).isEqualTo("size");

        assertThat(insightIdsOf(emails)).as("nothing changed").containsExactly(email1, email2, email3);
        assertThat(admin().get(themes + "/" + savings).json().path("name").asString())
                .isEqualTo("Savings goals");
        assertThat(admin().get(themes + "/999999999").status()).isEqualTo(404);
    }

    @Test
    void viewersReadAndOtherWorkspacesSeeNothing() {
        discover();
        long emails = themeOf(email1).path("id").asLong();
        Person viewer = newPerson("Vera Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        assertThat(viewer.api().get(themes).json().path("totalItems").asInt()).isEqualTo(2);
        assertThat(viewer.api().get(themes + "/" + emails).status()).isEqualTo(200);
        assertThat(viewer.api().post(themes + "/discover", "").status()).isEqualTo(403);
        assertThat(viewer.api()
                        .patch(themes + "/" + emails, "{\"name\":\"Mine\"}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.api()
                        .post(themes + "/" + emails + "/split", "{\"name\":\"Mine\",\"insightIds\":[" + email2 + "]}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.api().delete(themes + "/" + emails).status()).isEqualTo(403);

        Person outsider = newPerson("Olga Outsider");
        assertThat(outsider.api().get(themes).status()).isEqualTo(404);
        assertThat(outsider.api().get(themes + "/" + emails).status()).isEqualTo(404);
        assertThat(outsider.api().post(themes + "/discover", "").status()).isEqualTo(404);
        assertThat(outsider.api().delete(themes + "/" + emails).status()).isEqualTo(404);
        String own = "own-" + unique();
        outsider.api().post("/api/v1/workspaces", "{\"name\":\"Own\",\"slug\":\"" + own + "\"}");
        assertThat(outsider.api()
                        .get("/api/v1/workspaces/" + own + "/themes/" + emails)
                        .status())
                .as("a theme of another workspace")
                .isEqualTo(404);
        assertThat(outsider.api()
                        .patch("/api/v1/workspaces/" + own + "/themes/" + emails, "{\"name\":\"Stolen\",\"version\":0}")
                        .status())
                .isEqualTo(404);
        String ownThemes = "/api/v1/workspaces/" + own + "/themes";
        Api.Response mine = outsider.api().post(ownThemes + "/discover", "");
        assertThat(mine.json().path("examined").asInt())
                .as("another workspace's insights are never grouped")
                .isZero();
        assertThat(admin().get(themes + "/" + emails).json().path("name").asString())
                .isNotEqualTo("Stolen");
    }

    @Test
    void thePagesFollowTheSameRules() {
        discover();
        long emails = themeOf(email1).path("id").asLong();
        Person viewer = newPerson("Wim Viewer");
        admin().post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        WebSession asViewer = new WebSession(baseUrl());
        asViewer.login(viewer.email(), viewer.password());
        WebSession.Page list = asViewer.open("/w/" + slug + "/themes");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains("Savings goals").doesNotContain("Group similar insights</button>");
        WebSession.Page theme = asViewer.open("/w/" + slug + "/themes/" + emails);
        assertThat(theme.status()).isEqualTo(200);
        assertThat(theme.html())
                .contains("Users drop off after the second onboarding email")
                .doesNotContain("Split into new theme");
        assertThat(asViewer.post("/w/" + slug + "/themes/" + emails + "/rename", Map.of("name", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(asViewer.post("/w/" + slug + "/themes/discover", Map.of()).status())
                .isEqualTo(403);

        Person outsider = newPerson("Oskar Outsider");
        WebSession asOutsider = new WebSession(baseUrl());
        asOutsider.login(outsider.email(), outsider.password());
        assertThat(asOutsider.open("/w/" + slug + "/themes").status()).isEqualTo(404);
        assertThat(asOutsider.open("/w/" + slug + "/themes/" + emails).status()).isEqualTo(404);
        asOutsider.open("/workspaces");
        assertThat(asOutsider
                        .post("/w/" + slug + "/themes/" + emails + "/delete", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(admin().get(themes + "/" + emails).json().path("name").asString())
                .isNotEqualTo("Mine");
    }

    @Test
    void newSinceGroupsByThemeWithTheUnthemedLast() {
        discover();
        Api.Response recent = admin().get(
                        base + "/insights/new-since?since=" + LocalDate.now().minusDays(1));
        assertThat(recent.status()).isEqualTo(200);
        assertThat(recent.json().path("total").asInt()).isEqualTo(7);
        List<JsonNode> groups = recent.json().path("themes").valueStream().toList();
        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).path("themeName").asString()).isIn("Email", "Onboarding");
        assertThat(groups.get(0).path("insights").size()).isEqualTo(3);
        assertThat(groups.get(1).path("themeName").asString()).isEqualTo("Savings goals");
        assertThat(groups.get(2).path("themeId").isNull()).isTrue();
        assertThat(groups.get(2).path("themeName").asString()).isEqualTo("Unthemed");
        assertThat(groups.get(2)
                        .path("insights")
                        .valueStream()
                        .map(i -> i.path("id").asLong()))
                .containsExactlyInAnyOrder(darkMode, invoices);
        assertThat(recent.json().path("teams").get(0).path("teamName").asString())
                .isEqualTo("No team");
    }

    @Test
    void theDemoWorkspaceHasNamedThemes() {
        Map<String, Long> reach = admin().get("/api/v1/workspaces/budgetly/themes?size=100")
                .json()
                .path("items")
                .valueStream()
                .collect(Collectors.toMap(
                        t -> t.path("name").asString(),
                        t -> t.path("totalReach").asLong()));
        assertThat(reach)
                .containsKeys(
                        "Onboarding emails lose users after the second one",
                        "Savings goals: hard to find, motivating once found");
        assertThat(reach.get("Onboarding emails lose users after the second one"))
                .as("the widest reach of the demo")
                .isEqualTo(
                        reach.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    }
}

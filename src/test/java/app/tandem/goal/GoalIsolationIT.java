package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Goals, KPIs and measurements of one workspace stay invisible and untouchable from another, by API or UI. */
class GoalIsolationIT extends TandemIT {

    private String otherSlug;
    private long otherGoal;
    private long otherKpi;
    private Person outsider;
    private String ownSlug;

    @BeforeEach
    void twoWorkspaces() {
        otherSlug = "secret-goals-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Secret Goals\",\"slug\":\"" + otherSlug + "\"}");
        String other = "/api/v1/workspaces/" + otherSlug;
        otherGoal = admin().post(
                        other + "/goals",
                        "{\"title\":\"Secret goal\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}")
                .json()
                .path("id")
                .asLong();
        otherKpi = admin().post(
                        other + "/kpis",
                        "{\"name\":\"Secret KPI\",\"unit\":\"COUNT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":1,\"baselineDate\":\"2026-01-01\",\"targetValue\":2,\"targetDate\":\"2027-01-01\"}")
                .json()
                .path("id")
                .asLong();
        admin().post(other + "/kpis/" + otherKpi + "/measurements", "{\"date\":\"2026-02-01\",\"value\":1.5}");
        outsider = newPerson("Olga Outsider");
        ownSlug = "own-goals-" + unique();
        outsider.api().post("/api/v1/workspaces", "{\"name\":\"Own\",\"slug\":\"" + ownSlug + "\"}");
    }

    @Test
    void theApiAnswersNotFoundForEveryPathIntoAnotherWorkspace() {
        Api api = outsider.api();
        String other = "/api/v1/workspaces/" + otherSlug;
        assertThat(api.get(other + "/goals").status()).isEqualTo(404);
        assertThat(api.get(other + "/goals/" + otherGoal).status()).isEqualTo(404);
        assertThat(api.send(
                                "PUT",
                                other + "/goals/" + otherGoal,
                                "{\"title\":\"Mine\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\","
                                        + "\"version\":0}")
                        .status())
                .isEqualTo(404);
        assertThat(api.delete(other + "/goals/" + otherGoal).status()).isEqualTo(404);
        assertThat(api.get(other + "/kpis").status()).isEqualTo(404);
        assertThat(api.get(other + "/kpis/" + otherKpi).status()).isEqualTo(404);
        assertThat(api.get(other + "/kpis/" + otherKpi + "/measurements").status())
                .isEqualTo(404);
        assertThat(api.post(other + "/kpis/" + otherKpi + "/measurements", "{\"date\":\"2026-03-01\",\"value\":9}")
                        .status())
                .isEqualTo(404);
        assertThat(api.delete(other + "/kpis/" + otherKpi).status()).isEqualTo(404);

        // the other workspace's ids, guessed under the outsider's own workspace
        String own = "/api/v1/workspaces/" + ownSlug;
        assertThat(api.get(own + "/goals/" + otherGoal).status()).isEqualTo(404);
        // ... and as list filters: refused naming the filter, not an empty list
        for (String list : new String[] {own + "/kpis?goal=" + otherGoal, own + "/initiatives?goal=" + otherGoal}) {
            Api.Response filtered = api.get(list);
            assertThat(filtered.status()).as(list).isEqualTo(404);
            assertThat(filtered.field()).as(list).isEqualTo("goal");
        }
        assertThat(api.get(own + "/kpis/" + otherKpi).status()).isEqualTo(404);
        assertThat(api.get(own + "/kpis/" + otherKpi + "/measurements").status())
                .isEqualTo(404);
        assertThat(api.post(own + "/kpis/" + otherKpi + "/measurements", "{\"date\":\"2026-03-01\",\"value\":9}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                own + "/goals",
                                "{\"title\":\"Child\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\",\"parentId\":"
                                        + otherGoal + "}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                own + "/kpis",
                                "{\"name\":\"Spy\",\"unit\":\"COUNT\",\"direction\":\"HIGHER_IS_BETTER\",\"baselineValue\":1,"
                                        + "\"baselineDate\":\"2026-01-01\",\"targetValue\":2,\"targetDate\":\"2027-01-01\",\"goalIds\":["
                                        + otherGoal + "]}")
                        .field())
                .isEqualTo("goalIds");

        assertThat(admin().get(other + "/kpis/" + otherKpi + "/measurements")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(m -> m.path("value").asDouble()))
                .containsExactly(1.5);
        assertThat(admin().get(other + "/goals/" + otherGoal)
                        .json()
                        .path("title")
                        .asString())
                .isEqualTo("Secret goal");
    }

    @Test
    void theUiAnswersNotFoundAndChangesNothing() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(outsider.email(), outsider.password());
        assertThat(browser.get("/w/" + otherSlug + "/goals").status()).isEqualTo(404);
        assertThat(browser.get("/w/" + otherSlug + "/goals/" + otherGoal).status())
                .isEqualTo(404);
        assertThat(browser.get("/w/" + otherSlug + "/kpis/" + otherKpi).status())
                .isEqualTo(404);
        assertThat(browser.get("/w/" + ownSlug + "/goals/" + otherGoal).status())
                .isEqualTo(404);
        assertThat(browser.get("/w/" + ownSlug + "/kpis/" + otherKpi).status()).isEqualTo(404);

        browser.get("/w/" + ownSlug + "/goals");
        assertThat(browser.post(
                                "/w/" + ownSlug + "/kpis/" + otherKpi + "/measurements",
                                Map.of("date", "2026-03-01", "value", "9"))
                        .status())
                .isEqualTo(404);
        assertThat(browser.post("/w/" + otherSlug + "/goals/" + otherGoal + "/delete", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(admin().get("/api/v1/workspaces/" + otherSlug + "/kpis/" + otherKpi + "/measurements")
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aViewerReadsGoalsAndKpisButCannotChangeThem() {
        Person viewer = newPerson("Vic Viewer");
        admin().post(
                        "/api/v1/workspaces/" + otherSlug + "/members",
                        "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        String other = "/api/v1/workspaces/" + otherSlug;
        assertThat(viewer.api()
                        .get(other + "/kpis/" + otherKpi)
                        .json()
                        .path("latest")
                        .path("value")
                        .asDouble())
                .isEqualTo(1.5);
        assertThat(viewer.api()
                        .post(other + "/kpis/" + otherKpi + "/measurements", "{\"date\":\"2026-03-01\",\"value\":9}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.api()
                        .post(
                                other + "/goals",
                                "{\"title\":\"Viewer's\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.api().delete(other + "/goals/" + otherGoal).status()).isEqualTo(403);

        WebSession browser = new WebSession(baseUrl());
        browser.login(viewer.email(), viewer.password());
        WebSession.Page kpi = browser.get("/w/" + otherSlug + "/kpis/" + otherKpi);
        assertThat(kpi.status()).isEqualTo(200);
        assertThat(kpi.html()).contains("Secret KPI").doesNotContain("Add a measurement");
        assertThat(browser.get("/w/" + otherSlug + "/kpis/import").status()).isEqualTo(403);
        assertThat(browser.post(
                                "/w/" + otherSlug + "/kpis/" + otherKpi + "/measurements",
                                Map.of("date", "2026-03-01", "value", "9"))
                        .status())
                .isEqualTo(403);
    }
}

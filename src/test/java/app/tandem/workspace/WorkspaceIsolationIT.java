package app.tandem.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A member of one workspace can neither read nor change another's data, by API or UI, guessing ids or slugs. */
class WorkspaceIsolationIT extends TandemIT {

    private String otherSlug;
    private long otherTeamId;
    private Person outsider;
    private String ownSlug;

    @BeforeEach
    void twoWorkspaces() {
        otherSlug = "secret-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Secret Plans\",\"slug\":\"" + otherSlug + "\"}");
        otherTeamId = admin().post("/api/v1/workspaces/" + otherSlug + "/teams", "{\"name\":\"Skunkworks\"}")
                .json()
                .path("id")
                .asLong();
        outsider = newPerson("Olive Outsider");
        ownSlug = "own-" + unique();
        assertThat(outsider.api()
                        .post("/api/v1/workspaces", "{\"name\":\"Own\",\"slug\":\"" + ownSlug + "\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theApiAnswersNotFoundForEveryPathIntoAnotherWorkspace() {
        Api api = outsider.api();
        String base = "/api/v1/workspaces/" + otherSlug;
        assertThat(api.get(base).status()).isEqualTo(404);
        assertThat(api.get(base + "/teams").status()).isEqualTo(404);
        assertThat(api.get(base + "/members").status()).isEqualTo(404);
        assertThat(api.get(base + "/teams/" + otherTeamId).status()).isEqualTo(404);
        assertThat(api.patch(base, "{\"name\":\"Mine now\"}").status()).isEqualTo(404);
        assertThat(api.delete(base).status()).isEqualTo(404);
        assertThat(api.post(base + "/teams", "{\"name\":\"Intruders\"}").status())
                .isEqualTo(404);
        assertThat(api.post(base + "/members", "{\"email\":\"" + outsider.email() + "\",\"role\":\"ADMIN\"}")
                        .status())
                .isEqualTo(404);
        // the other workspace's team id, guessed under the outsider's own workspace
        assertThat(api.get("/api/v1/workspaces/" + ownSlug + "/teams/" + otherTeamId)
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/workspaces/" + ownSlug + "/teams/" + otherTeamId)
                        .status())
                .isEqualTo(404);
        // ... and as list filters: refused naming the filter, not an empty list
        long otherPersona = admin().post(
                        base + "/personas",
                        "{\"name\":\"Secret persona\",\"kind\":\"TEAM\",\"teamId\":" + otherTeamId + "}")
                .json()
                .path("id")
                .asLong();
        String own = "/api/v1/workspaces/" + ownSlug;
        Api.Response personas = api.get(own + "/personas?team=" + otherTeamId);
        assertThat(personas.status()).isEqualTo(400);
        assertThat(personas.field()).isEqualTo("team");
        Api.Response journeys = api.get(own + "/journeys?persona=" + otherPersona);
        assertThat(journeys.status()).isEqualTo(404);
        assertThat(journeys.field()).isEqualTo("persona");
        Api.Response userGoals = api.get(own + "/user-goals?persona=" + otherPersona);
        assertThat(userGoals.status()).isEqualTo(404);
        assertThat(userGoals.field()).isEqualTo("persona");
        assertThat(api.get("/api/v1/workspaces")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(w -> w.path("slug").asString()))
                .contains(ownSlug)
                .doesNotContain(otherSlug, "budgetly");

        assertThat(admin().get(base).json().path("name").asString()).isEqualTo("Secret Plans");
        assertThat(admin().get(base + "/teams/" + otherTeamId)
                        .json()
                        .path("name")
                        .asString())
                .isEqualTo("Skunkworks");
    }

    @Test
    void theUiAnswersNotFoundAndChangesNothing() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(outsider.email(), outsider.password());
        WebSession.Page notTheirs = browser.get("/w/" + otherSlug);
        assertThat(notTheirs.status()).isEqualTo(404);
        // the error page keeps the header: the way to "My work", the workspaces and signing out
        assertThat(notTheirs.html()).contains("Sign out", "My work");
        assertThat(browser.get("/w/" + otherSlug + "/teams").status()).isEqualTo(404);
        assertThat(browser.get("/w/" + otherSlug + "/teams/" + otherTeamId).status())
                .isEqualTo(404);
        assertThat(browser.get("/w/" + otherSlug + "/settings").status()).isEqualTo(404);
        assertThat(browser.get("/w/" + ownSlug + "/teams/" + otherTeamId).status())
                .isEqualTo(404);

        browser.get("/w/" + ownSlug + "/teams");
        assertThat(browser.post("/w/" + otherSlug + "/teams", Map.of("name", "Intruders", "description", ""))
                        .status())
                .isEqualTo(404);
        assertThat(browser.post("/w/" + otherSlug + "/delete", Map.of("confirmName", "Secret Plans"))
                        .status())
                .isEqualTo(404);
        assertThat(browser.post("/w/" + ownSlug + "/teams/" + otherTeamId + "/delete", Map.of())
                        .status())
                .isEqualTo(404);

        assertThat(admin().get("/api/v1/workspaces/" + otherSlug + "/teams")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(t -> t.path("name").asString()))
                .containsExactly("Skunkworks");
    }

    @Test
    void aViewerReadsButCannotChangeAndAMemberCannotAdminister() {
        Person viewer = newPerson("Vera Viewer");
        Person member = newPerson("Max Member");
        admin().post(
                        "/api/v1/workspaces/" + otherSlug + "/members",
                        "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        admin().post(
                        "/api/v1/workspaces/" + otherSlug + "/members",
                        "{\"email\":\"" + member.email() + "\",\"role\":\"MEMBER\"}");
        String base = "/api/v1/workspaces/" + otherSlug;

        assertThat(viewer.api().get(base + "/teams").status()).isEqualTo(200);
        Api.Response refused = viewer.api().post(base + "/teams", "{\"name\":\"Viewers\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(viewer.api().patch(base, "{\"name\":\"Viewed\"}").status()).isEqualTo(403);

        assertThat(member.api().get(base + "/members").status()).isEqualTo(200);
        assertThat(member.api().delete(base).status()).isEqualTo(403);
        assertThat(member.api()
                        .post(base + "/members", "{\"email\":\"" + viewer.email() + "\",\"role\":\"ADMIN\"}")
                        .status())
                .isEqualTo(403);

        WebSession browser = new WebSession(baseUrl());
        browser.login(viewer.email(), viewer.password());
        WebSession.Page teams = browser.get("/w/" + otherSlug + "/teams");
        assertThat(teams.status()).isEqualTo(200);
        assertThat(teams.html()).contains("Skunkworks").doesNotContain("Add a team");
        WebSession.Page refusedPage =
                browser.post("/w/" + otherSlug + "/teams", Map.of("name", "Viewers", "description", ""));
        assertThat(refusedPage.status()).isEqualTo(403);
        assertThat(refusedPage.html()).contains("Sign out", "My work");
        WebSession.Page settings = browser.get("/w/" + otherSlug + "/settings");
        assertThat(settings.status()).isEqualTo(403);
        assertThat(settings.html()).contains("Sign out", "My work");
        assertThat(admin().get(base + "/teams")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(t -> t.path("name").asString()))
                .containsExactly("Skunkworks");
    }
}

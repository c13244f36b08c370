package app.tandem.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An instance admin sees every workspace of the instance, member or not, with how many members it
 * has and who administers it; nobody else does.
 */
class InstanceWorkspacesIT extends TandemIT {

    @Test
    void anInstanceAdminSeesEveryWorkspaceWithItsAdminsAndNobodyElseDoes() {
        Person owner = newPerson("Olga Owner");
        String slug = "elsewhere-" + unique();
        // (a name that comes first by name, so that it is on the first page however many there are)
        String name = "000 Elsewhere " + slug;
        assertThat(owner.api()
                        .post("/api/v1/workspaces", "{\"name\":\"" + name + "\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        Person viewer = newPerson("Vic Viewer");
        owner.api()
                .post(
                        "/api/v1/workspaces/" + slug + "/members",
                        "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        // the instance admin is no member of it
        assertThat(admin().get("/api/v1/workspaces/" + slug).status()).isEqualTo(404);

        Api.Response every = admin().get("/api/v1/admin/workspaces?size=100");
        assertThat(every.status()).isEqualTo(200);
        JsonNode listed = every.json()
                .path("items")
                .valueStream()
                .filter(w -> w.path("slug").asString().equals(slug))
                .findFirst()
                .orElseThrow();
        assertThat(listed.path("name").asString()).isEqualTo(name);
        assertThat(listed.path("members").asInt()).isEqualTo(2);
        assertThat(listed.path("admins").size()).isEqualTo(1);
        assertThat(listed.path("admins").get(0).path("email").asString()).isEqualTo(owner.email());
        assertThat(listed.path("admins").get(0).path("displayName").asString()).isEqualTo("Olga Owner");

        WebSession pages = new WebSession(baseUrl());
        pages.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = pages.get("/admin/workspaces").html();
        assertThat(page)
                .contains("Every workspace of this Tandem")
                .contains(name)
                .contains("/w/" + slug)
                .contains("Olga Owner");

        assertThat(owner.api().get("/api/v1/admin/workspaces").status()).isEqualTo(403);
        WebSession theirs = new WebSession(baseUrl());
        theirs.login(owner.email(), owner.password());
        assertThat(theirs.get("/admin/workspaces").status()).isEqualTo(403);
    }
}

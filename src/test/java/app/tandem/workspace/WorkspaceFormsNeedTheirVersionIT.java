package app.tandem.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workspace's settings, a member's role and a team's IT mark, changed on their pages: each form
 * carries the version it was opened at, so a change made since by another admin is not silently
 * undone; sent without it or from an older version, nothing changes and the page says why.
 */
class WorkspaceFormsNeedTheirVersionIT extends TandemIT {

    private static final String WITHOUT_VERSION = "This form was sent without the version it was opened at";
    private static final String CHANGED_SINCE = "Someone else changed";

    private String slug;
    private String base;
    private long team;
    private Person member;
    private WebSession browser;

    @BeforeEach
    void workspaceWithATeamAndAMember() {
        slug = "forms-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Forms\",\"slug\":\"" + slug + "\"}");
        team = admin().post(base + "/teams", "{\"name\":\"Platform\"}")
                .json()
                .path("id")
                .asLong();
        member = newMember(slug, "Mia Member", "MEMBER");
        browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private long version(String path) {
        return admin().get(path).json().path("version").asLong();
    }

    @Test
    void theSettingsFormSendsItsVersionAndAStaleOneIsRefusedKeepingWhatWasTyped() {
        String settings = browser.get("/w/" + slug + "/settings").html();
        long readAt = version(base);
        assertThat(settings).contains("name=\"version\"").contains("value=\"" + readAt + "\"");

        Map<String, String> blind = new LinkedHashMap<>();
        blind.put("name", "Forms renamed");
        blind.put("slug", slug);
        WebSession.Page refused = browser.post("/w/" + slug + "/settings", blind);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains(WITHOUT_VERSION).contains("value=\"Forms renamed\"");

        Api.Response other = admin().patch(base, "{\"name\":\"Forms by another admin\",\"version\":" + readAt + "}");
        assertThat(other.status()).as(other.text()).isEqualTo(200);
        Map<String, String> stale = new LinkedHashMap<>(blind);
        stale.put("version", String.valueOf(readAt));
        WebSession.Page late = browser.post("/w/" + slug + "/settings", stale);
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.html()).contains(CHANGED_SINCE).contains("value=\"Forms renamed\"");
        assertThat(admin().get(base).json().path("name").asString()).isEqualTo("Forms by another admin");

        browser.get("/w/" + slug + "/settings");
        Map<String, String> fresh = new LinkedHashMap<>(blind);
        fresh.put("version", String.valueOf(version(base)));
        WebSession.Page saved = browser.post("/w/" + slug + "/settings", fresh);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin().get(base).json().path("name").asString()).isEqualTo("Forms renamed");
    }

    @Test
    void aRoleChangeFromAnOlderVersionOrWithoutOneChangesNothing() {
        String memberPath = base + "/members/" + member.id();
        String members = browser.get("/w/" + slug + "/members").html();
        long readAt = version(memberPath);
        assertThat(members).contains("name=\"version\" value=\"" + readAt + "\"");
        String role = "/w/" + slug + "/members/" + member.id() + "/role";

        WebSession.Page blind = browser.post(role, Map.of("role", "VIEWER"));
        assertThat(blind.status()).isEqualTo(302);
        assertThat(browser.get(blind.redirectPath()).html()).contains(WITHOUT_VERSION);

        Api.Response other = admin().patch(memberPath, "{\"role\":\"ADMIN\",\"version\":" + readAt + "}");
        assertThat(other.status()).as(other.text()).isEqualTo(200);
        WebSession.Page late = browser.post(role, Map.of("role", "VIEWER", "version", String.valueOf(readAt)));
        assertThat(browser.get(late.redirectPath()).html()).contains(CHANGED_SINCE);
        assertThat(admin().get(memberPath).json().path("role").asString()).isEqualTo("ADMIN");

        WebSession.Page changed =
                browser.post(role, Map.of("role", "VIEWER", "version", String.valueOf(version(memberPath))));
        assertThat(browser.get(changed.redirectPath()).html()).contains("Mia Member is now viewer.");
        assertThat(admin().get(memberPath).json().path("role").asString()).isEqualTo("VIEWER");
    }

    @Test
    void theItTeamButtonSendsTheTeamsVersion() {
        String teamPath = base + "/teams/" + team;
        String page = browser.get("/w/" + slug + "/teams/" + team).html();
        long readAt = version(teamPath);
        assertThat(page).contains("name=\"version\" value=\"" + readAt + "\"");
        String it = "/w/" + slug + "/teams/" + team + "/it";

        WebSession.Page blind = browser.post(it, Map.of("itTeam", "true"));
        assertThat(browser.get(blind.redirectPath()).html()).contains(WITHOUT_VERSION);
        Api.Response renamed = admin().patch(teamPath, "{\"name\":\"Platform team\",\"version\":" + readAt + "}");
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        WebSession.Page late = browser.post(it, Map.of("itTeam", "true", "version", String.valueOf(readAt)));
        assertThat(browser.get(late.redirectPath()).html()).contains(CHANGED_SINCE);
        assertThat(admin().get(teamPath).json().path("itTeam").asBoolean()).isFalse();

        Api.Response staleApi = admin().patch(teamPath, "{\"itTeam\":true,\"version\":" + readAt + "}");
        assertThat(staleApi.status()).isEqualTo(409);
        Api.Response blindApi = admin().patch(teamPath, "{\"itTeam\":true}");
        assertThat(blindApi.status()).isEqualTo(400);
        assertThat(blindApi.field()).isEqualTo("version");

        WebSession.Page marked =
                browser.post(it, Map.of("itTeam", "true", "version", String.valueOf(version(teamPath))));
        assertThat(browser.get(marked.redirectPath()).html()).contains("Platform team is an IT team.");
        assertThat(admin().get(teamPath).json().path("itTeam").asBoolean()).isTrue();
    }

    /** A team is renamed on its page; a name another team has comes back beside the field, with what was typed. */
    @Test
    void aTeamIsRenamedOnItsPageAndANameTakenComesBackBesideTheField() {
        admin().post(base + "/teams", "{\"name\":\"Support\"}");
        String teamPath = base + "/teams/" + team;
        String page = "/w/" + slug + "/teams/" + team;
        assertThat(browser.get(page).html()).contains("Rename or describe the team");

        WebSession.Page taken = browser.post(
                page,
                Map.of(
                        "name",
                        "support",
                        "description",
                        "Runs the platform",
                        "version",
                        String.valueOf(version(teamPath))));
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.html())
                .contains("There is already a team called")
                .contains("value=\"support\"")
                .contains("Runs the platform");
        assertThat(admin().get(teamPath).json().path("name").asString()).isEqualTo("Platform");

        WebSession.Page saved = browser.post(
                page,
                Map.of(
                        "name",
                        "Platform and data",
                        "description",
                        "Runs the platform",
                        "version",
                        String.valueOf(version(teamPath))));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.get(saved.redirectPath()).html()).contains("Team Platform and data saved.");
        assertThat(admin().get(teamPath).json().path("name").asString()).isEqualTo("Platform and data");
        assertThat(admin().get(teamPath).json().path("description").asString()).isEqualTo("Runs the platform");

        Person viewer = newMember(slug, "Val Viewer", "VIEWER");
        WebSession theirs = new WebSession(baseUrl());
        theirs.login(viewer.email(), viewer.password());
        assertThat(theirs.get(page).html()).doesNotContain("Rename or describe the team");
    }
}

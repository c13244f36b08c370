package app.tandem.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An initiative's edit form, its status buttons (on its page and on the board), committing without
 * an IT review, and an insight's edit form, each sent without the version it was opened at: refused
 * with the reason, and nothing changes. (Tandem's pages always send it; a hand-made post without it
 * would otherwise overwrite whatever was saved since.)
 */
class EditFormsNeedTheirVersionIT extends TandemIT {

    private static final String WITHOUT_VERSION = "This form was sent without the version it was opened at";

    private String slug;
    private String base;
    private long initiative;
    private long insight;
    private WebSession browser;

    @BeforeEach
    void workspaceWithAnInitiativeAndAnInsight() {
        slug = "versions-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Versions\",\"slug\":\"" + slug + "\"}");
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long team = admin().post(base + "/teams", "{\"name\":\"Marketing\"}")
                .json()
                .path("id")
                .asLong();
        Api.Response proposed = admin().post(
                        base + "/initiatives",
                        "{\"title\":\"Spring campaign\",\"kind\":\"FEATURE\",\"proposingTeamId\":" + team
                                + ",\"ownerId\":" + me + ",\"startDate\":\"2027-03-01\",\"dueDate\":\"2027-04-30\"}");
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        initiative = proposed.json().path("id").asLong();
        Api.Response captured = admin().post(
                        base + "/insights",
                        "{\"title\":\"Export is hard to find\",\"sourceType\":\"SUPPORT_TICKET\",\"teamId\":" + team
                                + ",\"sentiment\":-1,\"reach\":3}");
        assertThat(captured.status()).as(captured.text()).isEqualTo(201);
        insight = captured.json().path("id").asLong();
        browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private Api.Response initiative() {
        return admin().get(base + "/initiatives/" + initiative);
    }

    @Test
    void theInitiativeFormWithoutItsVersionIsRefusedAboveTheFormKeepingWhatWasTyped() {
        browser.get("/w/" + slug + "/initiatives/" + initiative + "/edit");
        long before = initiative().json().path("version").asLong();

        WebSession.Page blind = browser.post(
                "/w/" + slug + "/initiatives/" + initiative, Map.of("title", "Summer campaign", "kind", "FEATURE"));

        assertThat(blind.status()).isEqualTo(200);
        assertThat(blind.html()).contains(WITHOUT_VERSION).contains("value=\"Summer campaign\"");
        assertThat(initiative().json().path("title").asString()).isEqualTo("Spring campaign");
        assertThat(initiative().json().path("version").asLong()).isEqualTo(before);
    }

    @Test
    void statusButtonsWithoutTheVersionMoveNothing() {
        browser.get("/w/" + slug + "/initiatives/" + initiative);
        Map<String, String> onItsPage = new LinkedHashMap<>();
        onItsPage.put("status", "DISCOVERY");
        WebSession.Page page = browser.post("/w/" + slug + "/initiatives/" + initiative + "/status", onItsPage);
        assertThat(page.status()).isEqualTo(302);
        assertThat(browser.get(page.redirectPath()).html()).contains(WITHOUT_VERSION);

        Map<String, String> onTheBoard = new LinkedHashMap<>();
        onTheBoard.put("initiative", String.valueOf(initiative));
        onTheBoard.put("status", "DROPPED");
        onTheBoard.put("reason", "No budget");
        WebSession.Page board = browser.post("/w/" + slug + "/initiatives/board/status", onTheBoard);
        assertThat(board.status()).isEqualTo(302);
        assertThat(browser.get(board.redirectPath()).html()).contains(WITHOUT_VERSION);

        WebSession.Page commit =
                browser.post("/w/" + slug + "/initiatives/" + initiative + "/commit", new LinkedHashMap<>());
        assertThat(commit.status()).isEqualTo(302);
        assertThat(browser.get(commit.redirectPath()).html()).contains(WITHOUT_VERSION);

        assertThat(initiative().json().path("status").asString()).isEqualTo("PROPOSED");
    }

    /** The insight's edit form as a browser sends it, without its version. */
    private static Map<String, String> insightForm(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", "");
        fields.put("sourceType", "SUPPORT_TICKET");
        fields.put("sentiment", "-1");
        fields.put("reach", "3");
        fields.put("evidenceStrength", "ANECDOTE");
        fields.put("externalRef", "");
        fields.put("tags", "");
        return fields;
    }

    @Test
    void theInsightFormWithoutItsVersionIsRefusedKeepingWhatWasTyped() {
        browser.get("/w/" + slug + "/insights/" + insight + "/edit");
        Map<String, String> fields = insightForm("Export is hidden in settings");

        WebSession.Page blind = browser.post("/w/" + slug + "/insights/" + insight + "/edit", fields);

        assertThat(blind.status()).isEqualTo(200);
        assertThat(blind.html()).contains(WITHOUT_VERSION).contains("value=\"Export is hidden in settings\"");
        assertThat(admin().get(base + "/insights/" + insight)
                        .json()
                        .path("title")
                        .asString())
                .isEqualTo("Export is hard to find");
    }

    /** Two people edited the insight at once: the second is told, keeps what they typed, and may save it knowingly. */
    @Test
    void theInsightFormChangedSinceItOpenedSavesAgainOnceItSaidSo() {
        browser.get("/w/" + slug + "/insights/" + insight + "/edit");
        long opened = admin().get(base + "/insights/" + insight)
                .json()
                .path("version")
                .asLong();
        Map<String, String> fields = insightForm("Export is hidden in settings");
        fields.put("version", String.valueOf(opened));
        assertThat(browser.post("/w/" + slug + "/insights/" + insight + "/edit", fields)
                        .status())
                .isEqualTo(302);

        fields.put("title", "Export sits under Settings, Data");
        WebSession.Page stale = browser.post("/w/" + slug + "/insights/" + insight + "/edit", fields);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.html())
                .contains("Someone else changed this insight since you opened it.")
                .contains("save again to replace their change with yours")
                .contains("value=\"Export sits under Settings, Data\"")
                .containsPattern("name=\"version\" value=\"" + (opened + 1) + "\"");

        fields.put("version", String.valueOf(opened + 1));
        assertThat(browser.post("/w/" + slug + "/insights/" + insight + "/edit", fields)
                        .status())
                .isEqualTo(302);
        assertThat(admin().get(base + "/insights/" + insight)
                        .json()
                        .path("title")
                        .asString())
                .isEqualTo("Export sits under Settings, Data");
    }
}

package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The instance's settings have pages as well as the API: an instance admin changes the rate limits
 * and whether webhooks may target private addresses there, sees a wrong value beside its field with
 * what was typed kept, and anyone else gets 403.
 */
class AdminSettingsPagesIT extends TandemIT {

    @Test
    void anInstanceAdminChangesTheRateLimitsOnTheirPage() {
        JsonNode before = admin().get("/api/v1/admin/rate-limits").json();
        WebSession pages = new WebSession(baseUrl());
        pages.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        String page = pages.get("/admin/rate-limits").html();
        assertThat(page).contains("Rate limits").contains("API calls a minute per API token");
        assertThat(page).contains("value=\"" + before.path("apiPerToken").asInt() + "\"");
        try {
            Map<String, String> form = form(before);
            form.put("apiPerToken", "4321");
            form.put("signInPerAddress", "0");
            WebSession.Page wrong = pages.post("/admin/rate-limits", form);
            assertThat(wrong.status()).isEqualTo(200);
            assertThat(wrong.html())
                    .contains("id=\"limit-sign-in-address-error\"")
                    .contains("value=\"4321\"");
            assertThat(admin().get("/api/v1/admin/rate-limits")
                            .json()
                            .path("apiPerToken")
                            .asInt())
                    .isEqualTo(before.path("apiPerToken").asInt());

            form.put("signInPerAddress", before.path("signInPerAddress").asString());
            WebSession.Page saved = pages.post("/admin/rate-limits", form);
            assertThat(saved.location()).endsWith("/admin/rate-limits");
            JsonNode after = admin().get("/api/v1/admin/rate-limits").json();
            assertThat(after.path("apiPerToken").asInt()).isEqualTo(4321);
            assertThat(after.path("enabled").asBoolean())
                    .isEqualTo(before.path("enabled").asBoolean());

            // the same form again, from the version it was read at, is a change someone else made
            WebSession.Page stale = pages.post("/admin/rate-limits", form);
            assertThat(stale.status()).isEqualTo(200);
            assertThat(stale.html()).contains("changed");
        } finally {
            JsonNode now = admin().get("/api/v1/admin/rate-limits").json();
            admin().send(
                            "PUT",
                            "/api/v1/admin/rate-limits",
                            "{\"version\":" + now.path("version").asLong() + ",\"enabled\":"
                                    + before.path("enabled").asBoolean() + ",\"apiPerToken\":"
                                    + before.path("apiPerToken").asInt() + ",\"apiPerAddress\":"
                                    + before.path("apiPerAddress").asInt() + ",\"signInPerAddress\":"
                                    + before.path("signInPerAddress").asInt() + ",\"signInPerAccount\":"
                                    + before.path("signInPerAccount").asInt() + "}");
        }
        assertThat(admin().get("/api/v1/admin/rate-limits")
                        .json()
                        .path("apiPerToken")
                        .asInt())
                .isEqualTo(before.path("apiPerToken").asInt());
    }

    @Test
    void anInstanceAdminSwitchesPrivateWebhookTargetsOnTheirPageAndNobodyElseMay() {
        boolean before = admin().get("/api/v1/admin/webhook-settings")
                .json()
                .path("allowPrivateTargets")
                .asBoolean();
        WebSession pages = new WebSession(baseUrl());
        pages.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        try {
            String page = pages.get("/admin/webhook-targets").html();
            assertThat(page).contains("Webhook targets");
            long version = admin().get("/api/v1/admin/webhook-settings")
                    .json()
                    .path("version")
                    .asLong();
            WebSession.Page switched = pages.post(
                    "/admin/webhook-targets",
                    Map.of("allow", String.valueOf(!before), "version", String.valueOf(version)));
            assertThat(switched.location()).endsWith("/admin/webhook-targets");
            assertThat(admin().get("/api/v1/admin/webhook-settings")
                            .json()
                            .path("allowPrivateTargets")
                            .asBoolean())
                    .isEqualTo(!before);
            // the old page's button, pressed again, says the setting changed and changes nothing
            WebSession.Page stale = pages.post(
                    "/admin/webhook-targets",
                    Map.of("allow", String.valueOf(before), "version", String.valueOf(version)));
            assertThat(stale.location()).endsWith("/admin/webhook-targets");
            assertThat(pages.get("/admin/webhook-targets").html()).contains("Someone changed this setting");
            assertThat(admin().get("/api/v1/admin/webhook-settings")
                            .json()
                            .path("allowPrivateTargets")
                            .asBoolean())
                    .isEqualTo(!before);
        } finally {
            long now = admin().get("/api/v1/admin/webhook-settings")
                    .json()
                    .path("version")
                    .asLong();
            admin().send(
                            "PUT",
                            "/api/v1/admin/webhook-settings",
                            "{\"allowPrivateTargets\":" + before + ",\"version\":" + now + "}");
        }

        Person member = newPerson("Rita Nosettings");
        WebSession theirs = new WebSession(baseUrl());
        theirs.login(member.email(), member.password());
        assertThat(theirs.get("/admin/rate-limits").status()).isEqualTo(403);
        assertThat(theirs.get("/admin/webhook-targets").status()).isEqualTo(403);
        theirs.get("/account/tokens"); // a page with a form: its CSRF token
        assertThat(theirs.post("/admin/webhook-targets", Map.of("allow", "true", "version", "0"))
                        .status())
                .isEqualTo(403);
    }

    private static Map<String, String> form(JsonNode limits) {
        Map<String, String> form = new HashMap<>();
        form.put("version", limits.path("version").asString());
        if (limits.path("enabled").asBoolean()) {
            form.put("enabled", "true");
        }
        form.put("_enabled", "on");
        form.put("apiPerToken", limits.path("apiPerToken").asString());
        form.put("apiPerAddress", limits.path("apiPerAddress").asString());
        form.put("signInPerAddress", limits.path("signInPerAddress").asString());
        form.put("signInPerAccount", limits.path("signInPerAccount").asString());
        return form;
    }
}

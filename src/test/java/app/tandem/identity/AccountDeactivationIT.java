package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An instance admin deactivates an account: its person cannot sign in (told so only once the
 * password was right), their open browser session ends at its next page, their API tokens are
 * refused; reactivated, all of it works again with the password they had.
 */
class AccountDeactivationIT extends TandemIT {

    @Test
    void aDeactivatedPersonIsSignedOutEverywhereUntilReactivated() {
        Person noa = newPerson("Noa Leaving");
        WebSession browser = new WebSession(baseUrl());
        browser.login(noa.email(), noa.password());
        assertThat(browser.get("/account/tokens").status()).isEqualTo(200);
        assertThat(noa.api().get("/api/v1/me").status()).isEqualTo(200);

        Api.Response account = admin().get("/api/v1/users/" + noa.id());
        assertThat(account.json().path("active").asBoolean()).isTrue();
        long version = account.json().path("version").asLong();

        // a change from an earlier version is refused, as every edit's is
        Api.Response stale = admin().send(
                        "PUT",
                        "/api/v1/users/" + noa.id() + "/active",
                        "{\"active\":false,\"version\":" + (version - 1) + "}");
        assertThat(stale.status()).isEqualTo(409);
        Api.Response noAnswer =
                admin().send("PUT", "/api/v1/users/" + noa.id() + "/active", "{\"version\":" + version + "}");
        assertThat(noAnswer.status()).isEqualTo(400);
        assertThat(noAnswer.field()).isEqualTo("active");

        Api.Response deactivated = admin().send(
                        "PUT",
                        "/api/v1/users/" + noa.id() + "/active",
                        "{\"active\":false,\"version\":" + version + "}");
        assertThat(deactivated.status()).as(deactivated.text()).isEqualTo(200);
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        assertThat(deactivated.json().path("deactivatedAt").asString()).isNotBlank();

        // the token is refused, saying why; the open session ends at its next page, saying why
        Api.Response withToken = noa.api().get("/api/v1/me");
        assertThat(withToken.status()).isEqualTo(401);
        assertThat(withToken.json().path("detail").asString()).contains("deactivated");
        WebSession.Page ended = browser.get("/account/tokens");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.location()).endsWith("/login?deactivated");
        assertThat(browser.get("/login?deactivated").html()).contains("This account is deactivated");

        // signing in: "deactivated" only for the right password; a wrong one reads as any wrong one
        assertThat(new WebSession(baseUrl()).login(noa.email(), noa.password()).location())
                .endsWith("/login?deactivated");
        assertThat(new WebSession(baseUrl())
                        .login(noa.email(), "not-her-password-at-all")
                        .location())
                .endsWith("/login?error");

        // the people page shows it, and reactivates it
        WebSession adminPages = new WebSession(baseUrl());
        adminPages.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long now = deactivated.json().path("version").asLong();
        adminPages.get("/admin/users"); // a page with a form: its CSRF token
        WebSession.Page reactivated =
                adminPages.post("/admin/users/" + noa.id() + "/reactivate", Map.of("version", String.valueOf(now)));
        assertThat(reactivated.location()).endsWith("/admin/users");
        assertThat(adminPages.get("/admin/users").html()).contains("Noa Leaving can sign in again");

        assertThat(noa.api().get("/api/v1/me").status()).isEqualTo(200);
        assertThat(new WebSession(baseUrl()).login(noa.email(), noa.password()).location())
                .doesNotContain("/login");
    }

    @Test
    void nobodyDeactivatesTheirOwnAccountAndTheConfirmationSaysWhatEnds() {
        long adminId = admin().get("/api/v1/me").json().path("id").asLong();
        long version =
                admin().get("/api/v1/users/" + adminId).json().path("version").asLong();
        Api.Response self = admin().send(
                        "PUT",
                        "/api/v1/users/" + adminId + "/active",
                        "{\"active\":false,\"version\":" + version + "}");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().path("detail").asString()).contains("your own account");
        assertThat(admin().get("/api/v1/me").status()).isEqualTo(200);

        assertThat(admin().send("PUT", "/api/v1/users/999999999/active", "{\"active\":false,\"version\":0}")
                        .status())
                .isEqualTo(404);

        // only instance admins
        Person member = newPerson("Ivo Member");
        assertThat(member.api()
                        .send(
                                "PUT",
                                "/api/v1/users/" + adminId + "/active",
                                "{\"active\":false,\"version\":" + version + "}")
                        .status())
                .isEqualTo(403);

        Person leaving = newPerson("Ada Confirm");
        WebSession adminPages = new WebSession(baseUrl());
        adminPages.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        WebSession.Page confirm = adminPages.get("/admin/users/" + leaving.id() + "/deactivate");
        assertThat(confirm.html()).contains("Deactivate Ada Confirm?").contains("their API tokens are refused");
        long leavingVersion = admin().get("/api/v1/users/" + leaving.id())
                .json()
                .path("version")
                .asLong();
        WebSession.Page done = adminPages.post(
                "/admin/users/" + leaving.id() + "/deactivate", Map.of("version", String.valueOf(leavingVersion)));
        assertThat(done.location()).endsWith("/admin/users");
        assertThat(adminPages.get("/admin/users").html()).contains("Ada Confirm is deactivated");
        assertThat(leaving.api().get("/api/v1/me").status()).isEqualTo(401);

        // the admin's own deactivation through the page is refused with the reason on the page
        WebSession.Page own =
                adminPages.post("/admin/users/" + adminId + "/deactivate", Map.of("version", String.valueOf(version)));
        assertThat(own.location()).endsWith("/admin/users");
        assertThat(adminPages.get("/admin/users").html()).contains("You cannot deactivate your own account");
    }
}

package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The most common passwords (zxcvbn's list of 30,000, shipped in its jar) and others easy to guess
 * are refused wherever a password is chosen, beside the field, whatever their case: an admin
 * creating an account (API and form), a person changing their own, and a password link.
 */
class CommonPasswordIT extends TandemIT {

    private static String account(String email, String password) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"Cam Common\",\"password\":\"" + password + "\"}";
    }

    @Test
    void theApiRefusesACommonPasswordNamingPassword() {
        Api.Response refused =
                admin().post("/api/v1/users", account("cam." + unique() + "@example.com", "Password123"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field()).isEqualTo("password");
        assertThat(refused.json().path("detail").asString()).contains("most common passwords");

        Api.Response uncommon =
                admin().post("/api/v1/users", account("cam." + unique() + "@example.com", "tandem rides uphill"));
        assertThat(uncommon.status()).as(uncommon.text()).isEqualTo(201);
    }

    @Test
    void theApiRefusesOneDeepInTheListAndOneEasyToGuessNamingPassword() {
        Api.Response deep = admin().post("/api/v1/users", account("cam." + unique() + "@example.com", "AlphaOmega"));
        assertThat(deep.status()).as(deep.text()).isEqualTo(400);
        assertThat(deep.field()).isEqualTo("password");
        assertThat(deep.json().path("detail").asString()).contains("most common passwords");

        Api.Response repeated =
                admin().post("/api/v1/users", account("cam." + unique() + "@example.com", "1111111111"));
        assertThat(repeated.status()).as(repeated.text()).isEqualTo(400);
        assertThat(repeated.field()).isEqualTo("password");
        assertThat(repeated.json().path("detail").asString())
                .contains("easy to guess")
                .contains("Choose another");
    }

    @Test
    void aPasswordLinkRefusesACommonPasswordAndStillWorks() {
        String email = "cam." + unique() + "@example.com";
        Api.Response created = admin().post("/api/v1/users", account(email, "only-the-admin-knows-it"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Api.Response link =
                admin().post("/api/v1/users/" + created.json().path("id").asLong() + "/password-links", "");
        assertThat(link.status()).as(link.text()).isEqualTo(201);
        String path = link.json().path("url").asString().substring(baseUrl().length());
        WebSession visitor = new WebSession(baseUrl());
        visitor.get(path);
        WebSession.Page refused = visitor.post(path, Map.of("password", "Basketball", "repeated", "Basketball"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("easy to guess");
        WebSession.Page set =
                visitor.post(path, Map.of("password", "tandem rides uphill", "repeated", "tandem rides uphill"));
        assertThat(set.location())
                .as("a refused password leaves the link working")
                .endsWith("/login?passwordSet");
    }

    @Test
    void theAdminsFormSaysItBesideThePassword() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get("/admin/users");
        WebSession.Page refused = browser.post(
                "/admin/users",
                Map.of(
                        "email",
                        "cam." + unique() + "@example.com",
                        "displayName",
                        "Cam Common",
                        "password",
                        "qwertyuiop",
                        "_instanceAdmin",
                        "on"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(errorOf(refused, "user-password-error")).contains("most common passwords");
    }

    @Test
    void aPersonChangingTheirPasswordSeesItBesideTheNewPasswordAndKeepsTheOldOne() {
        Person person = newPerson("Cam Common");
        WebSession browser = new WebSession(baseUrl());
        browser.login(person.email(), person.password());
        browser.get("/account");
        WebSession.Page refused = browser.post(
                "/account/password", Map.of("currentPassword", person.password(), "newPassword", "1q2w3e4r5t"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(errorOf(refused, "new-password-error")).contains("most common passwords");
        assertThat(new WebSession(baseUrl())
                        .login(person.email(), person.password())
                        .location())
                .as("the old password still signs in")
                .doesNotContain("error");
    }

    private static String errorOf(WebSession.Page page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page.html());
        assertThat(m.find()).as(page.html()).isTrue();
        return m.group(1);
    }
}

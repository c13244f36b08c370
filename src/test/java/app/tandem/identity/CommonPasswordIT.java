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
 * The most common passwords (a list shipped with Tandem) are refused wherever a password is
 * chosen, beside the field, whatever their case: an admin creating an account (API and form) and a
 * person changing their own.
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

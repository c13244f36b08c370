package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** bcrypt reads 72 bytes of a password: a longer one is refused beside its field, never a 500. */
class PasswordLengthIT extends TandemIT {

    /** 73 bytes in UTF-8 and only 37 characters: the limit is in bytes. */
    private static final String TOO_LONG = "é".repeat(36) + "x";

    private static final String LONGEST = "correct horse battery staple ".repeat(2) + "and some more"; // 71

    private static String account(String email, String password) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"Pat Phrase\",\"password\":\"" + password + "\"}";
    }

    @Test
    void theApiRefusesAPasswordOfMoreThan72BytesNamingPassword() {
        assertThat(TOO_LONG.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        Api.Response refused = admin().post("/api/v1/users", account("pat." + unique() + "@example.com", TOO_LONG));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.field()).isEqualTo("password");
        assertThat(refused.json().path("detail").asString()).contains("at most 72 bytes");

        Api.Response ascii =
                admin().post("/api/v1/users", account("pat." + unique() + "@example.com", "x".repeat(150)));
        assertThat(ascii.status()).as(ascii.text()).isEqualTo(400);
        assertThat(ascii.field()).isEqualTo("password");
    }

    @Test
    void a72BytePassphraseFitsAndSignsIn() {
        String passphrase = LONGEST + "!";
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        String email = "pat." + unique() + "@example.com";
        Api.Response created = admin().post("/api/v1/users", account(email, passphrase));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        // the new person's address answers a GET (an instance admin's)
        Api.Response person = admin().get(created.location());
        assertThat(person.json().path("email").asString()).isEqualTo(email);
        assertThat(person.text()).doesNotContain(passphrase);
        assertThat(admin().get("/api/v1/users/" + Long.MAX_VALUE).status()).isEqualTo(404);
        WebSession browser = new WebSession(baseUrl());
        assertThat(browser.login(email, passphrase).location()).doesNotContain("error");
    }

    @Test
    void theAdminsFormShowsTheLimitBesideThePassword() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get("/admin/users");
        WebSession.Page refused = browser.post(
                "/admin/users",
                Map.of(
                        "email",
                        "pat." + unique() + "@example.com",
                        "displayName",
                        "Pat Phrase",
                        "password",
                        TOO_LONG,
                        // the hidden field Thymeleaf adds beside the checkbox, as a browser sends it
                        "_instanceAdmin",
                        "on"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(errorOf(refused, "user-password-error")).contains("at most 72 bytes");
    }

    @Test
    void aPersonChangingTheirPasswordSeesTheLimitBesideTheNewPassword() {
        Person person = newPerson("Pat Phrase");
        WebSession browser = new WebSession(baseUrl());
        browser.login(person.email(), person.password());
        browser.get("/account");
        WebSession.Page refused = browser.post(
                "/account/password", Map.of("currentPassword", person.password(), "newPassword", TOO_LONG));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(errorOf(refused, "new-password-error")).contains("at most 72 bytes");
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

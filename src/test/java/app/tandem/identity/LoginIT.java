package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginIT extends TandemIT {

    @Test
    void pagesNeedASignInAndTheLoginFormLetsTheRightPasswordIn() {
        WebSession browser = new WebSession(baseUrl());
        WebSession.Page home = browser.get("/w/budgetly");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/login");

        WebSession.Page wrong = browser.login(ADMIN_EMAIL, "not-the-password");
        assertThat(wrong.location()).endsWith("/login?error");
        WebSession.Page shown = browser.get("/login?error");
        assertThat(shown.html()).contains("Wrong email or password.").contains("value=\"" + ADMIN_EMAIL + "\"");

        WebSession.Page right = browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(right.status()).isEqualTo(302);
        assertThat(browser.open("/").html()).contains("<h1>Budgetly</h1>");
    }

    @Test
    void locksTheAccountAfterRepeatedFailures() {
        Person person = newPerson("Lock Tester");
        WebSession browser = new WebSession(baseUrl());
        for (int i = 0; i < 3; i++) {
            assertThat(browser.login(person.email(), "wrong-password-" + i).location())
                    .endsWith("/login?error");
        }
        WebSession.Page locked = browser.login(person.email(), person.password());
        assertThat(locked.location()).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").html()).contains("locked");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        WebSession.Page forged = browser.postRaw("/workspaces", Map.of("name", "Forged", "slug", "forged-" + unique()));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSession() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get("/workspaces");
        assertThat(browser.post("/logout", Map.of()).location()).endsWith("/login?logout");
        assertThat(browser.get("/workspaces").status()).isEqualTo(302);
    }
}

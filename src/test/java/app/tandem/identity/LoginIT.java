package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
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
    void aSuccessfulSignInForgetsEarlierFailures() {
        Person person = newPerson("Forgetful Tester");
        WebSession browser = new WebSession(baseUrl());
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 2; i++) {
                assertThat(browser.login(person.email(), "wrong-password-" + i).location())
                        .endsWith("/login?error");
            }
            assertThat(browser.login(person.email(), person.password()).location())
                    .doesNotContain("/login");
        }
    }

    @Test
    void parallelFailedSignInsAreEachCountedAndNoneFails() throws Exception {
        Person person = newPerson("Parallel Tester");
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<String> answers = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int n = t;
                pool.submit(() -> {
                    WebSession browser = new WebSession(baseUrl());
                    browser.get("/login");
                    start.await();
                    WebSession.Page page = browser.login(person.email(), "wrong-password-" + n);
                    answers.add(page.status() + " " + page.location());
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(answers)
                .hasSize(threads)
                .allSatisfy(answer -> assertThat(answer).matches("302 .*/login\\?(error|locked)"));
        // 16 failures against a limit of 3: the account is locked now
        assertThat(new WebSession(baseUrl())
                        .login(person.email(), person.password())
                        .location())
                .endsWith("/login?locked");
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

    @Test
    void parallelWrongPasswordsCannotGetPastTheLimit() throws Exception {
        Person person = newPerson("Racing Tester");
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<String> answers = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int n = t;
                pool.submit(() -> {
                    WebSession browser = new WebSession(baseUrl());
                    browser.get("/login");
                    start.await();
                    answers.add(
                            browser.login(person.email(), "wrong-password-" + n).location());
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(answers).hasSize(threads);
        assertThat(answers.stream().filter(a -> a.endsWith("/login?error")))
                .as("at most tandem.login.max-failures (3) passwords were compared; the rest were refused unchecked")
                .hasSizeLessThanOrEqualTo(3);
        assertThat(answers.stream().filter(a -> a.endsWith("/login?locked"))).hasSizeGreaterThanOrEqualTo(threads - 3);
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordFormLockTheAccountToo() {
        Person person = newPerson("Guessing Tester");
        WebSession session = new WebSession(baseUrl());
        session.login(person.email(), person.password());
        for (int i = 0; i < 3; i++) {
            session.get("/account");
            WebSession.Page refused = session.post(
                    "/account/password",
                    Map.of("currentPassword", "guess-number-" + i, "newPassword", "a-new-long-password"));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.html()).contains("The current password is not right.");
        }
        session.get("/account");
        assertThat(session.post(
                                "/account/password",
                                Map.of("currentPassword", person.password(), "newPassword", "a-new-long-password"))
                        .html())
                .as("even the right password is refused while locked")
                .contains("Too many wrong passwords in a row");
        assertThat(new WebSession(baseUrl())
                        .login(person.email(), person.password())
                        .location())
                .endsWith("/login?locked");
    }
}

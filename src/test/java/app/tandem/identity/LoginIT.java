package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.net.HttpCookie;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LoginIT extends TandemIT {

    private static final Pattern NEW_LINK = Pattern.compile("id=\"new-password-link\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;

    /** A person created by an admin, who never chose a password and so can never sign in yet. */
    private UserSummaryOfTest personWithoutPassword(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + unique() + "@example.com";
        Api.Response created = admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email + "\",\"displayName\":\"" + name
                                + "\",\"password\":\"only-the-admin-knows-it\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return new UserSummaryOfTest(created.json().path("id").asLong(), email);
    }

    private record UserSummaryOfTest(long id, String email) {}

    /** The path of a link shown on the people page, with the server's address taken off. */
    private String linkPath(String url) {
        assertThat(url).startsWith(baseUrl() + "/password-links/");
        return url.substring(baseUrl().length());
    }

    @Test
    void anAdminsPasswordLinkLetsThePersonChooseAPasswordOnce() {
        UserSummaryOfTest person = personWithoutPassword("Linda Link");
        WebSession adminSession = new WebSession(baseUrl());
        adminSession.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        WebSession.Page confirm = adminSession.get("/admin/users/" + person.id() + "/password-link");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.html())
                .contains("Create a password link for Linda Link?")
                .contains("24 hours")
                .contains("Mail is not set up on this instance");
        WebSession.Page created = adminSession.post("/admin/users/" + person.id() + "/password-link", Map.of());
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/admin/users");
        WebSession.Page shown = adminSession.open("/admin/users");
        assertThat(shown.html())
                .contains("Password link for Linda Link created.")
                .contains("pass the link on yourself");
        Matcher m = NEW_LINK.matcher(shown.html());
        assertThat(m.find()).as("the link is shown").isTrue();
        String link = linkPath(m.group(1));
        assertThat(adminSession.open("/admin/users").html())
                .as("shown only once")
                .doesNotContain("new-password-link");

        WebSession visitor = new WebSession(baseUrl());
        WebSession.Page choose = visitor.get(link);
        assertThat(choose.status()).isEqualTo(200);
        assertThat(choose.html())
                .contains("Choose your password")
                .contains("Linda Link")
                .contains(person.email());
        WebSession.Page tooShort = visitor.post(link, Map.of("password", "short", "repeated", "short"));
        assertThat(tooShort.status()).isEqualTo(200);
        assertThat(tooShort.html()).contains("The password needs at least 10 characters.");
        String tooLong = "é".repeat(37); // 74 bytes
        assertThat(visitor.post(link, Map.of("password", tooLong, "repeated", tooLong))
                        .html())
                .contains("at most 72 bytes");
        assertThat(visitor.post(link, Map.of("password", "my-own-password-1", "repeated", "my-own-password-2"))
                        .html())
                .contains("The two passwords differ.");
        WebSession.Page set =
                visitor.post(link, Map.of("password", "my-own-password-1", "repeated", "my-own-password-1"));
        assertThat(set.status()).isEqualTo(302);
        assertThat(set.location()).endsWith("/login?passwordSet");
        assertThat(visitor.get("/login?passwordSet").html())
                .contains("Your password is set. Sign in with it.")
                .contains("value=\"" + person.email() + "\"");

        assertThat(visitor.login(person.email(), "only-the-admin-knows-it").location())
                .as("the old password no longer works")
                .endsWith("/login?error");
        assertThat(visitor.login(person.email(), "my-own-password-1").location())
                .doesNotContain("/login");
        assertThat(visitor.open("/account").html()).contains("Linda Link");

        WebSession.Page again = new WebSession(baseUrl()).get(link);
        assertThat(again.status()).as("the link works once").isEqualTo(410);
        assertThat(again.html()).contains("This link was used already");
        WebSession other = new WebSession(baseUrl());
        other.get("/login");
        WebSession.Page reused = other.post(link, Map.of("password", "someone-elses-1", "repeated", "someone-elses-1"));
        assertThat(reused.status()).isEqualTo(410);
        assertThat(new WebSession(baseUrl())
                        .login(person.email(), "my-own-password-1")
                        .location())
                .as("the password chosen stays")
                .doesNotContain("/login");

        WebSession.Page unknown = new WebSession(baseUrl()).get("/password-links/not-a-link-at-all");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.html()).contains("This link does not work");
    }

    @Test
    void aPasswordLinkExpiresAndANewerOneReplacesTheOlder() {
        UserSummaryOfTest person = personWithoutPassword("Ernie Expired");
        Api.Response first = admin().post("/api/v1/users/" + person.id() + "/password-links", "");
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.json().path("email").asString()).isEqualTo(person.email());
        assertThat(first.json().path("mail").asString()).isEqualTo("NO_MAIL_SET_UP");
        assertThat(Instant.parse(first.json().path("expiresAt").asString()))
                .isBetween(
                        Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
        String firstLink = linkPath(first.json().path("url").asString());
        assertThat(new WebSession(baseUrl()).get(firstLink).status()).isEqualTo(200);

        Api.Response second = admin().post("/api/v1/users/" + person.id() + "/password-links", "");
        String secondLink = linkPath(second.json().path("url").asString());
        WebSession.Page replaced = new WebSession(baseUrl()).get(firstLink);
        assertThat(replaced.status()).as("a newer link ends the older one").isEqualTo(410);
        assertThat(replaced.html()).contains("an instance admin created a newer one");
        assertThat(new WebSession(baseUrl()).get(secondLink).status()).isEqualTo(200);

        jdbc.update(
                "update password_links set expires_at = ? where user_id = ? and ended_at is null",
                Timestamp.from(Instant.now().minusSeconds(1)),
                person.id());
        WebSession visitor = new WebSession(baseUrl());
        WebSession.Page expired = visitor.get(secondLink);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.html()).contains("This link has expired.");
        visitor.get("/login");
        assertThat(visitor.post(secondLink, Map.of("password", "too-late-password", "repeated", "too-late-password"))
                        .status())
                .isEqualTo(410);
        assertThat(visitor.login(person.email(), "too-late-password").location())
                .endsWith("/login?error");
    }

    @Test
    void onlyInstanceAdminsCreatePasswordLinks() {
        UserSummaryOfTest target = personWithoutPassword("Tina Target");
        Person someone = newPerson("Norbert Notadmin");
        WebSession session = new WebSession(baseUrl());
        session.login(someone.email(), someone.password());
        session.get("/account");
        assertThat(session.get("/admin/users/" + target.id() + "/password-link").status())
                .isEqualTo(403);
        assertThat(session.post("/admin/users/" + target.id() + "/password-link", Map.of())
                        .status())
                .isEqualTo(403);
        Api.Response refused = someone.api().post("/api/v1/users/" + target.id() + "/password-links", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString()).isEqualTo("Your account may not do this.");
        assertThat(anonymous()
                        .post("/api/v1/users/" + target.id() + "/password-links", "")
                        .status())
                .isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select count(*) from password_links where user_id = ?", Long.class, target.id()))
                .as("no link was created")
                .isZero();

        Api.Response unknown = admin().post("/api/v1/users/999999999/password-links", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.field()).isEqualTo("id");
    }

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

    private void forgetBrowsersOf(Person person) {
        jdbc.update("delete from trusted_devices where user_id = ?", person.id());
    }

    @Test
    void wrongPasswordsTypedElsewhereNeverLockABrowserTheAccountTrusts() {
        Person person = newPerson("Trusting Tester");
        forgetBrowsersOf(person); // (the one newPerson signed in on to make its API token)
        WebSession laptop = new WebSession(baseUrl());
        assertThat(laptop.login(person.email(), person.password()).location()).doesNotContain("/login");
        HttpCookie device = laptop.cookie("tandem_device").orElseThrow();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getPath()).isEqualTo("/login");
        assertThat(device.getMaxAge()).isGreaterThan(Duration.ofDays(300).toSeconds());
        assertThat(jdbc.queryForList(
                        "select token_hash from trusted_devices where user_id = ?", String.class, person.id()))
                .as("only the secret's hash is kept")
                .containsExactly(ApiTokens.hash(device.getValue()));
        laptop.get("/account");
        laptop.post("/logout", Map.of());

        // someone else types wrong passwords for the email: the account is locked on their browser...
        WebSession elsewhere = new WebSession(baseUrl());
        for (int i = 0; i < 3; i++) {
            assertThat(elsewhere.login(person.email(), "guess-" + i).location()).endsWith("/login?error");
        }
        assertThat(elsewhere.login(person.email(), person.password()).location())
                .endsWith("/login?locked");
        assertThat(new WebSession(baseUrl())
                        .login(person.email(), person.password())
                        .location())
                .as("and on any browser the account never signed in from")
                .endsWith("/login?locked");
        // ...but not on the laptop
        assertThat(laptop.login(person.email(), person.password()).location()).doesNotContain("/login");
        assertThat(laptop.get("/account").html()).contains("This account remembers 1 browser");

        // a cookie of another account, or a made-up one, trusts nothing
        WebSession borrowed = new WebSession(baseUrl());
        borrowed.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(borrowed.cookie("tandem_device")).isPresent();
        borrowed.get("/account");
        borrowed.post("/logout", Map.of());
        assertThat(borrowed.login(person.email(), person.password()).location()).endsWith("/login?locked");
    }

    @Test
    void aTrustedBrowsersOwnWrongPasswordsLockItAloneUntilItIsForgotten() {
        Person person = newPerson("Careless Tester");
        forgetBrowsersOf(person); // (the one newPerson signed in on to make its API token)
        WebSession laptop = new WebSession(baseUrl());
        laptop.login(person.email(), person.password());
        laptop.get("/account");
        laptop.post("/logout", Map.of());
        for (int i = 0; i < 3; i++) {
            assertThat(laptop.login(person.email(), "typo-" + i).location()).endsWith("/login?error");
        }
        WebSession.Page locked = laptop.login(person.email(), person.password());
        assertThat(locked.location()).endsWith("/login?locked=browser");
        assertThat(laptop.get("/login?locked=browser").html()).contains("Too many failed sign-ins on this browser");
        // the account itself is not locked: another browser signs in, and is trusted from then on
        WebSession phone = new WebSession(baseUrl());
        assertThat(phone.login(person.email(), person.password()).location()).doesNotContain("/login");
        assertThat(phone.get("/account").html()).contains("This account remembers 2 browsers");

        // the person forgets every browser (a lost laptop): each is counted with the account again
        WebSession.Page forgotten = phone.post("/account/browsers/forget", Map.of());
        assertThat(forgotten.location()).endsWith("/account");
        assertThat(phone.get("/account").html())
                .contains("2 browsers are forgotten")
                .contains("None yet: a browser is remembered once you sign in on it.");
        phone.post("/logout", Map.of());
        WebSession elsewhere = new WebSession(baseUrl());
        for (int i = 0; i < 3; i++) {
            elsewhere.login(person.email(), "guess-" + i);
        }
        assertThat(phone.login(person.email(), person.password()).location()).endsWith("/login?locked");
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
    void changingOrResettingAPasswordSignsOutEveryOtherBrowser() {
        Person person = newPerson("Sam Sessions");
        WebSession laptop = new WebSession(baseUrl());
        laptop.login(person.email(), person.password());
        WebSession phone = new WebSession(baseUrl());
        phone.login(person.email(), person.password());
        assertThat(laptop.get("/account").status()).isEqualTo(200);
        assertThat(phone.get("/account").status()).isEqualTo(200);

        WebSession.Page changed = phone.post(
                "/account/password",
                Map.of("currentPassword", person.password(), "newPassword", "Kettle-orbit-93-plum"));
        assertThat(changed.location()).endsWith("/account");
        // the browser that changed it stays signed in; the other one is sent to sign in again, told why
        assertThat(phone.get("/account").status()).isEqualTo(200);
        assertThat(laptop.get("/account").location()).endsWith("/login?ended");
        assertThat(laptop.get("/login?ended").html()).contains("the password of this account was changed");
        assertThat(laptop.get("/account").location()).endsWith("/login");
        // an API token is no browser session: it goes on working
        assertThat(person.api().get("/api/v1/me").status()).isEqualTo(200);

        // a reset through a password link signs out every browser, the one that changed it last too
        Api.Response link = admin().post("/api/v1/users/" + person.id() + "/password-links", "");
        assertThat(link.status()).as(link.text()).isEqualTo(201);
        String path = linkPath(link.json().path("url").asString());
        WebSession visitor = new WebSession(baseUrl());
        visitor.get(path);
        assertThat(visitor.post(path, Map.of("password", "Lantern-moss-71-quay", "repeated", "Lantern-moss-71-quay"))
                        .location())
                .endsWith("/login?passwordSet");
        assertThat(phone.get("/account").location()).endsWith("/login?ended");
        assertThat(new WebSession(baseUrl())
                        .login(person.email(), "Lantern-moss-71-quay")
                        .location())
                .doesNotContain("/login");
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

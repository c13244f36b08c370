package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The session cookie's flags and the security headers of a signed-in page, over plain HTTP and
 * behind a TLS-ending load balancer that says so with {@code X-Forwarded-Proto: https}.
 */
class TransportSecurityIT extends TandemIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void overPlainHttpTheCookieIsHttpOnlyAndNoHstsIsSent() throws Exception {
        SignedIn signedIn = signIn(false);
        assertThat(signedIn.sessionCookie())
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        HttpResponse<String> page = get("/w/budgetly", signedIn.session(), false);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertCommonHeaders(page);
    }

    @Test
    void behindTlsTheCookieIsSecureAndHstsIsSent() throws Exception {
        SignedIn signedIn = signIn(true);
        assertThat(signedIn.sessionCookie())
                .contains("Secure")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(signedIn.location()).as("redirects stay on https").startsWith("https://");
        HttpResponse<String> page = get("/w/budgetly", signedIn.session(), true);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertCommonHeaders(page);
    }

    private static void assertCommonHeaders(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    }

    private record SignedIn(String session, String sessionCookie, String location) {}

    /** Signs the admin in through the login form, as a browser behind or not behind TLS would. */
    private SignedIn signIn(boolean https) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null, https);
        String session = sessionOf(form.headers().allValues("Set-Cookie"));
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String body = "email=" + URLEncoder.encode(ADMIN_EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (https) {
            post.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> signedIn = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        String cookie = cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a new session after signing in: " + cookies));
        return new SignedIn(
                sessionOf(cookies),
                cookie,
                signedIn.headers().firstValue("Location").orElse(""));
    }

    private HttpResponse<String> get(String path, String session, boolean https)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        if (session != null) {
            request.header("Cookie", session);
        }
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "JSESSIONID=..." from the Set-Cookie headers, to send back as a Cookie header. */
    private static String sessionOf(List<String> setCookies) {
        return setCookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }
}

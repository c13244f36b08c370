package app.tandem;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session without a browser: cookies, the login form and CSRF tokens, over real HTTP.
 * For UI checks that need no JavaScript (access control, error pages); the browser tests use Chromium.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final CookieManager cookies;
    private final String baseUrl;
    private String csrf = "";

    public WebSession(String baseUrl) {
        this(baseUrl, new CookieManager());
    }

    private WebSession(String baseUrl, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * The same browser at another address (another node behind the same load balancer): its cookies
     * and the CSRF token of the last page seen go along.
     */
    public WebSession at(String otherBaseUrl) {
        WebSession other = new WebSession(otherBaseUrl, cookies);
        other.csrf = csrf;
        return other;
    }

    /** The CSRF token of the last page seen. */
    public String csrf() {
        return csrf;
    }

    /** The session's cookies as a {@code Cookie} header's value, for a request sent another way. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The cookie {@code name} this browser keeps, as the server set it. */
    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .findFirst();
    }

    /** A page: status, where it redirects to, and its HTML. */
    public record Page(int status, String location, String html) {

        /**
         * Where a redirect sends the browser, as a path of this server with its query (a flash
         * message waits for the request the redirect names, query and all).
         */
        public String redirectPath() {
            URI to = URI.create(location);
            return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
        }
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        Matcher m = CSRF.matcher(page.html());
        if (m.find()) {
            csrf = m.group(1);
        }
        return page;
    }

    /** Follows redirects on GET, as a browser does. */
    public Page open(String path) {
        Page page = get(path);
        for (int i = 0; i < 5 && page.status() / 100 == 3; i++) {
            page = get(relative(page.location()));
        }
        return page;
    }

    /** Posts a form with the CSRF token of the last page seen. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf);
        return postRaw(path, all);
    }

    /** Posts a form exactly as given (no CSRF token unless it is in the fields). */
    public Page postRaw(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** Posts a form as htmx does (header {@code HX-Request: true}), with the CSRF token of the last page seen. */
    public Page postHtmx(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(encode(all))));
    }

    /**
     * Uploads a file as an upload form does (htmx, {@code multipart/form-data}), with the CSRF token
     * of the last page seen in its {@code X-CSRF-TOKEN} header.
     */
    public Page upload(String path, String field, String fileName, String content) {
        return upload(path, field, fileName, content, TokenIn.HEADER);
    }

    /** Where an upload carries its CSRF token. */
    public enum TokenIn {
        /** The {@code X-CSRF-TOKEN} header, as htmx sends the upload forms. */
        HEADER,
        /** The form's {@code _csrf} part before the file, as a browser without JavaScript sends them. */
        FORM,
        /** Nowhere. */
        NONE
    }

    /** Uploads a file as {@code multipart/form-data} with the CSRF token of the last page seen where {@code token} says. */
    public Page upload(String path, String field, String fileName, String content, TokenIn token) {
        String boundary = "----tandem" + System.nanoTime();
        String tokenPart = token == TokenIn.FORM
                ? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                : "";
        String body = tokenPart + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token == TokenIn.HEADER) {
            request.header("X-CSRF-TOKEN", csrf).header("HX-Request", "true");
        }
        Page page = send(request);
        Matcher m = CSRF.matcher(page.html());
        if (m.find()) {
            csrf = m.group(1);
        }
        return page;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Signs in through the login form; returns where the server sent the browser. */
    public Page login(String email, String password) {
        get("/login");
        return post("/login", Map.of("email", email, "password", password));
    }

    /** Creates a personal API token on the tokens page and reads the secret shown once. */
    public String createToken(String name) {
        get("/account/tokens");
        Page created = post("/account/tokens", Map.of("name", name));
        Page shown = open(relative(created.location()));
        Matcher m = NEW_TOKEN.matcher(shown.html());
        if (!m.find()) {
            throw new IllegalStateException("No token shown after creating one: " + shown.status());
        }
        return m.group(1);
    }

    private String relative(String location) {
        return location.startsWith(baseUrl) ? location.substring(baseUrl.length()) : location;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

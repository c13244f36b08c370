package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every error under /api is RFC 9457 problem details, also those answered before any controller runs. */
class ApiErrorsIT extends TandemIT {

    @Test
    void anUnknownPathIsA404ProblemNamingIt() {
        Api.Response missing = admin().get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("type").asString()).isEqualTo("/problems/not-found");
        assertThat(missing.json().path("detail").asString()).contains("/api/v1/no-such-thing");
    }

    @Test
    void aMethodTheResourceDoesNotHaveIsA405Problem() {
        Api.Response refused = admin().send("PATCH", "/api/v1/me", "{}");
        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/method-not-allowed");
        assertThat(refused.json().path("detail").asString()).contains("PATCH");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsA415Problem() throws Exception {
        HttpResponse<String> refused = raw("POST", "/api/v1/workspaces", "text/plain", "name=x");
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":415").contains("text/plain");
    }

    @Test
    void anUnreadableBodyIsA400ProblemSayingWhere() {
        Api.Response broken = admin().post("/api/v1/workspaces", "{\"name\": \"x\",");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.json().path("type").asString()).isEqualTo("/problems/unreadable-body");
        assertThat(broken.json().path("detail").asString())
                .contains("not valid JSON")
                .contains("line 1");

        Api.Response empty = admin().send("POST", "/api/v1/workspaces", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBrokenArrayOfMeasurementsIsA400Problem() {
        String slug = "errors-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Errors\",\"slug\":\"" + slug + "\"}");
        Api.Response broken = admin().post("/api/v1/workspaces/" + slug + "/kpis/1/measurements", "[{\"date\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.json().path("detail").asString()).contains("not valid JSON");
    }

    /** A null where a list expects an element: each was a 500 before lists refused null elements. */
    @Test
    void aNullInsideAListIsA400ProblemNamingTheElement() {
        String slug = "nulls-" + unique();
        String w = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Nulls\",\"slug\":\"" + slug + "\"}");
        record Case(String method, String path, String body, String field) {}
        List<Case> cases = List.of(
                new Case(
                        "POST",
                        w + "/personas",
                        "{\"name\":\"Jess\",\"kind\":\"SHARED\",\"demographics\":[null]}",
                        "demographics[0]"),
                new Case("POST", w + "/journeys", "{\"name\":\"Onboarding\",\"stages\":[null]}", "stages[0]"),
                new Case(
                        "POST",
                        w + "/journeys",
                        "{\"name\":\"Onboarding\",\"stages\":[{\"name\":\"Sign up\",\"touchpoints\":[null]}]}",
                        "stages[0].touchpoints[0]"),
                new Case("PUT", w + "/plan/settings", "{\"goalWeights\":[null],\"version\":0}", "goalWeights[0]"),
                new Case("POST", w + "/themes/1/insights", "{\"insightIds\":[1,null]}", "insightIds[1]"));
        for (Case c : cases) {
            Api.Response refused = admin().send(c.method(), c.path(), c.body());
            assertThat(refused.status()).as(c.path() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.contentType()).as(c.path()).startsWith("application/problem+json");
            assertThat(refused.field()).as(c.path()).isEqualTo(c.field());
            assertThat(refused.json().path("detail").asString()).as(c.path()).contains("must not be null");
        }
    }

    /**
     * A property the request does not have, a misspelt one above all: refused naming it and the
     * fields the request has, and nothing saved (it was dropped without a word, and the due date
     * typed under "dueDat" lost).
     */
    @Test
    void aPropertyTheRequestDoesNotHaveIsRefusedNamingIt() {
        String slug = "unknown-" + unique();
        String w = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Unknown\",\"slug\":\"" + slug + "\"}");

        Api.Response misspelt = admin().post(w + "/teams", "{\"name\":\"Support\",\"descripton\":\"Tickets\"}");
        assertThat(misspelt.status()).as(misspelt.text()).isEqualTo(400);
        assertThat(misspelt.contentType()).startsWith("application/problem+json");
        assertThat(misspelt.field()).isEqualTo("descripton");
        assertThat(misspelt.json().path("detail").asString())
                .contains("is not a field of this request")
                .contains("description");
        assertThat(admin().get(w + "/teams").json().path("totalItems").asInt()).isZero();

        Api.Response nested = admin().post(
                        w + "/journeys", "{\"name\":\"On\",\"stages\":[{\"name\":\"Sign up\",\"colour\":\"red\"}]}");
        assertThat(nested.status()).as(nested.text()).isEqualTo(400);
        assertThat(nested.field()).isEqualTo("stages[0].colour");
    }

    /** An edit whose body and If-Match header name different versions: refused on an endpoint that reads the body's. */
    @Test
    void anEditWhoseBodyAndIfMatchDisagreeIsRefusedNamingTheVersion() {
        String slug = "versions-" + unique();
        String w = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Versions\",\"slug\":\"" + slug + "\"}");
        long team = admin().post(w + "/teams", "{\"name\":\"Support\"}")
                .json()
                .path("id")
                .asLong();
        long insight = admin().post(w + "/insights", "{\"title\":\"Sync fails\",\"teamId\":" + team + "}")
                .json()
                .path("id")
                .asLong();
        String body = "{\"title\":\"Sync fails on Mondays\",\"teamId\":" + team + ",\"version\":0}";
        Api.Response refused = admin().send("PUT", w + "/insights/" + insight, body, Map.of("If-Match", "\"99\""));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.field()).isEqualTo("version");
        assertThat(admin().get(w + "/insights/" + insight).json().path("title").asString())
                .isEqualTo("Sync fails");
        Api.Response agreed = admin().send("PUT", w + "/insights/" + insight, body, Map.of("If-Match", "\"0\""));
        assertThat(agreed.status()).as(agreed.text()).isEqualTo(200);
    }

    /** Empty text where a number or an id goes, and an empty list where a date goes: refused, not read as none. */
    @Test
    void emptyTextForANumberAndAnEmptyListForADateAreRefusedNamingTheField() {
        String slug = "empty-" + unique();
        String w = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Empty\",\"slug\":\"" + slug + "\"}");
        long team = admin().post(w + "/teams", "{\"name\":\"Support\"}")
                .json()
                .path("id")
                .asLong();
        record Case(String body, String field) {}
        for (Case c : List.of(
                new Case("{\"title\":\"t\",\"teamId\":\"\"}", "teamId"),
                new Case("{\"title\":\"t\",\"teamId\":" + team + ",\"reach\":\"\"}", "reach"),
                new Case("{\"title\":\"t\",\"teamId\":" + team + ",\"observedOn\":[]}", "observedOn"))) {
            Api.Response refused = admin().post(w + "/insights", c.body());
            assertThat(refused.status()).as(c.body() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.field()).as(c.body()).isEqualTo(c.field());
        }
        assertThat(admin().get(w + "/insights").json().path("totalItems").asInt())
                .isZero();
    }

    /**
     * U+0000 in text, which PostgreSQL cannot store (it was a 500 there when the row was written):
     * refused with the field named, in a JSON body, a query parameter and a form, and nothing saved.
     */
    @Test
    void textWithTheNulCharacterIsRefusedNamingTheField() {
        String slug = "nul-" + unique();
        String w = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Nul\",\"slug\":\"" + slug + "\"}");

        Api.Response body = admin().post(w + "/teams", "{\"name\":\"Sup\\u0000port\"}");
        assertThat(body.status()).as(body.text()).isEqualTo(400);
        assertThat(body.field()).isEqualTo("name");
        assertThat(body.json().path("detail").asString()).contains("NUL character");

        Api.Response inList = admin().post(w + "/journeys", "{\"name\":\"On\",\"stages\":[{\"name\":\"a\\u0000\"}]}");
        assertThat(inList.status()).as(inList.text()).isEqualTo(400);
        assertThat(inList.field()).isEqualTo("stages[0].name");

        Api.Response query = admin().get(w + "/insights?q=bank%00sync");
        assertThat(query.status()).as(query.text()).isEqualTo(400);
        assertThat(query.field()).isEqualTo("q");
        assertThat(admin().get(w + "/teams").json().path("totalItems").asInt()).isZero();

        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get("/w/" + slug + "/teams");
        WebSession.Page form =
                browser.post("/w/" + slug + "/teams", Map.of("name", "Sup\u0000port", "description", ""));
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.html()).contains("name must not contain the NUL character");
        assertThat(admin().get(w + "/teams").json().path("totalItems").asInt()).isZero();
    }

    /**
     * A form field that does not convert (a checkbox sent as "abc"): the form comes back with what
     * was typed, nothing saved. The page reads the form outside th:field, which failed with a 500
     * while the model held no form object after such an error.
     */
    @Test
    void aFormFieldThatDoesNotConvertShowsTheFormAgain() {
        String slug = "convert-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Convert\",\"slug\":\"" + slug + "\"}");
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get("/w/" + slug + "/teams");
        WebSession.Page form = browser.post(
                "/w/" + slug + "/teams",
                Map.of("name", "Platform", "description", "Keeps the lights on", "itTeam", "abc"));
        assertThat(form.status()).as(form.html()).isEqualTo(200);
        assertThat(form.html())
                .contains("value=\"Platform\"")
                .contains("Keeps the lights on")
                .contains("This value has the wrong format.");
        // a whole number's field says so ("2.5" for a goal's weight on the what-if page)
        browser.get("/w/" + slug + "/plan/what-if");
        WebSession.Page weight = browser.post("/w/" + slug + "/plan/what-if", Map.of("weight", "2.5"));
        assertThat(weight.status()).as(weight.html()).isEqualTo(200);
        assertThat(weight.html()).contains("Give a whole number, such as 3.");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/teams")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isZero();

        // the controller adds an error of its own (no number) to the binding's (no date): it failed
        // reading the field from the binding result's null target
        long kpi = admin().post(
                        "/api/v1/workspaces/" + slug + "/kpis",
                        "{\"name\":\"Visits\",\"unit\":\"COUNT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":1,\"baselineDate\":\"2026-01-01\",\"targetValue\":2,"
                                + "\"targetDate\":\"2027-01-01\"}")
                .json()
                .path("id")
                .asLong();
        String page = "/w/" + slug + "/kpis/" + kpi;
        browser.get(page);
        WebSession.Page measured = browser.post(
                page + "/measurements", Map.of("date", "the first of May", "value", "many", "note", "by hand"));
        assertThat(measured.status()).as(measured.html()).isEqualTo(200);
        assertThat(measured.html())
                .contains("Give a date as YYYY-MM-DD.")
                .contains("Give a number, such as 4.2")
                .contains("the first of May")
                .contains("by hand");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/kpis/" + kpi + "/measurements")
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    /**
     * Tomcat refuses an address with an escaped NUL before any servlet sees it: the API still answers
     * problem details (Tomcat wrote an HTML page before), and pages keep an HTML answer.
     */
    @Test
    void anAddressTomcatCannotReadIsA400ProblemUnderTheApi() throws Exception {
        HttpResponse<String> api = raw("GET", "/api/v1/workspaces/%00", "application/json", "");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body())
                .contains("\"type\":\"/problems/bad-request\"")
                .contains("\"status\":400")
                .contains("percent-escapes")
                .doesNotContain("Tomcat");

        // a request line over Tomcat's header size limit: Tomcat never read the address to its end,
        // so it cannot tell the API's from a page's; problem details, which any client can read
        HttpResponse<String> tooLong = raw("GET", "/api/v1/workspaces/" + "x".repeat(10_000), "application/json", "");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(tooLong.body()).contains("its size").doesNotContain("xxxx");

        HttpResponse<String> page = raw("GET", "/w/%00", "text/plain", "");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).doesNotContain("Tomcat/");
    }

    /**
     * A query string Tomcat cannot decode (a malformed escape, escaped bytes that are not UTF-8) was
     * a 500 on every API path, met where the parameters were first read: now a 400 problem saying
     * how to escape, and a 400 page in the browser.
     */
    @Test
    void aQueryThatCannotBeDecodedIsA400ProblemAndA400Page() throws IOException {
        String slug = "escapes-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Escapes\",\"slug\":\"" + slug + "\"}");
        for (String path : List.of(
                "/api/v1/me?x=%zz",
                "/api/v1/workspaces/" + slug + "/insights?q=%E0%A4%A",
                "/api/v1/workspaces/" + slug + "/insights?q=%C0%AF",
                "/api/v1/workspaces?page=%zz")) {
            RawHttp.Answer answer = rawRequest("GET " + path, "application/json", "");
            assertThat(answer.status()).as(path + ": " + answer.text()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asString()).isEqualTo("/problems/unreadable-parameters");
            assertThat(answer.json().path("detail").asString()).contains("two hexadecimal digits");
        }
        RawHttp.Answer post = rawRequest(
                "POST /api/v1/workspaces/" + slug + "/teams?x=%zz", "application/json", "{\"name\":\"Escaped\"}");
        assertThat(post.status()).as(post.text()).isEqualTo(400);
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/teams").text()).doesNotContain("Escaped");

        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        RawHttp.Answer page = RawHttp.send(
                port,
                "GET /w/" + slug + "/insights?q=%zz HTTP/1.1\r\nHost: localhost:" + port
                        + "\r\nAccept: text/html\r\nCookie: " + browser.cookieHeader()
                        + "\r\nConnection: close\r\n\r\n");
        assertThat(page.status()).as(page.text()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("two hexadecimal digits");
    }

    /** A multipart body without its boundary, or broken, was a 500 on every operation that takes a body. */
    @Test
    void aMultipartBodyThatCannotBeParsedIsA400Problem() throws IOException {
        String slug = "multipart-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Multipart\",\"slug\":\"" + slug + "\"}");
        for (String path : List.of(
                "/api/v1/workspaces/" + slug + "/insights/import",
                "/api/v1/workspaces/" + slug + "/kpis/import",
                "/api/v1/workspaces/" + slug + "/teams")) {
            RawHttp.Answer noBoundary = rawRequest("POST " + path, "multipart/form-data", "garbage");
            assertThat(noBoundary.status()).as(path + ": " + noBoundary.text()).isEqualTo(400);
            assertThat(noBoundary.header("Content-Type")).startsWith("application/problem+json");
            assertThat(noBoundary.json().path("detail").asString()).contains("multipart");
            RawHttp.Answer broken = rawRequest(
                    "POST " + path, "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-da");
            assertThat(broken.status()).as(path + ": " + broken.text()).isEqualTo(400);
        }
    }

    /** An upload without its file part: 400 naming the part, as every other missing field. */
    @Test
    void anUploadWithoutItsFileIsA400NamingThePart() throws IOException {
        String slug = "no-file-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"No file\",\"slug\":\"" + slug + "\"}");
        RawHttp.Answer refused = rawRequest(
                "POST /api/v1/workspaces/" + slug + "/kpis/import",
                "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--xyz--\r\n");
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/invalid-request");
        assertThat(refused.json().path("errors").path(0).path("field").asString())
                .isEqualTo("file");
    }

    /** A search's sentiment outside -2..2, and another workspace's team's inbox: refused as such. */
    @Test
    void aSentimentOutOfRangeAndAnotherWorkspacesInboxAreRefused() {
        String slug = "refused-" + unique();
        String other = "refused-other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Refused\",\"slug\":\"" + slug + "\"}");
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + other + "\"}");
        Api.Response sentiment = admin().get("/api/v1/workspaces/" + slug + "/insights?sentiment=9");
        assertThat(sentiment.status()).as(sentiment.text()).isEqualTo(400);
        assertThat(sentiment.field()).isEqualTo("sentiment");
        long theirs = admin().post("/api/v1/workspaces/" + other + "/teams", "{\"name\":\"Support\"}")
                .json()
                .path("id")
                .asLong();
        Api.Response inbox = admin().get("/api/v1/workspaces/" + slug + "/teams/" + theirs + "/inbox");
        assertThat(inbox.status()).as(inbox.text()).isEqualTo(404);
    }

    private RawHttp.Answer rawRequest(String requestLine, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return RawHttp.send(
                port,
                requestLine + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer " + ADMIN_TOKEN
                        + "\r\nAccept: application/json, application/problem+json\r\nContent-Type: " + contentType
                        + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
    }

    @Test
    void aPageFarBeyondAnyListIsA400ProblemNamingPageOnEveryList() {
        String slug = "paging-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Paging\",\"slug\":\"" + slug + "\"}");
        long team = admin().post("/api/v1/workspaces/" + slug + "/teams", "{\"name\":\"Design\"}")
                .json()
                .path("id")
                .asLong();
        long persona = admin().post(
                        "/api/v1/workspaces/" + slug + "/personas",
                        "{\"name\":\"Gig worker\",\"kind\":\"TEAM\",\"teamId\":" + team + "}")
                .json()
                .path("id")
                .asLong();
        String w = "/api/v1/workspaces/" + slug;
        List<String> lists = List.of(
                "/api/v1/users",
                "/api/v1/me/tokens",
                "/api/v1/workspaces",
                w + "/teams",
                w + "/members",
                w + "/goals",
                w + "/kpis",
                w + "/personas",
                w + "/personas/" + persona + "/user-goals",
                w + "/user-goals",
                w + "/journeys",
                w + "/insights",
                w + "/themes",
                w + "/teams/" + team + "/inbox");
        for (String list : lists) {
            Api.Response far = admin().get(list + "?page=2147483647");
            assertThat(far.status()).as(list + ": " + far.text()).isEqualTo(400);
            assertThat(far.contentType()).as(list).startsWith("application/problem+json");
            assertThat(far.field()).as(list).isEqualTo("page");
            assertThat(far.json().path("detail").asString()).as(list).contains("between 0 and");
        }
    }

    @Test
    void aPageFarBeyondAnyListIsA400PageInTheBrowser() {
        String slug = "paging-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Paging\",\"slug\":\"" + slug + "\"}");
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        for (String list : List.of("/w/" + slug + "/insights", "/w/" + slug + "/teams", "/admin/users")) {
            WebSession.Page far = browser.get(list + "?page=2147483647");
            assertThat(far.status()).as(list).isEqualTo(400);
            assertThat(far.html()).as(list).contains("page must be between 0 and");
        }
    }

    private HttpResponse<String> raw(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path))
                            .header("Authorization", "Bearer " + ADMIN_TOKEN)
                            .header("Content-Type", contentType)
                            .header("Accept", "application/json, application/problem+json")
                            .method(method, HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}

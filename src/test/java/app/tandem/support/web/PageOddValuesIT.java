package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page address of the application (read from its request mappings, so a new page is covered
 * as soon as it exists), opened and posted to by a signed-in admin with each id in it replaced by
 * something that is no id: the answer is an error page or a redirect, never a server error.
 */
class PageOddValuesIT extends TandemIT {

    private static final List<String> ODD = List.of("abc", "-1", "99999999999999999999", "%E2%80%AE");

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private String slug;
    private WebSession browser;

    @BeforeEach
    void aWorkspaceAndASignedInAdmin() {
        slug = "odd-pages-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Odd pages\",\"slug\":\"" + slug + "\"}");
        // an instance admin in this workspace alone: each of the thousands of refusals below is a page
        // whose header lists the person's workspaces, and the tests' first admin is in hundreds of them
        String email = "odd-pager." + unique() + "@example.com";
        Api.Response created = admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email
                                + "\",\"displayName\":\"Odd Pager\",\"password\":\"long-enough-password\","
                                + "\"instanceAdmin\":true}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Api.Response member = admin().post(
                        "/api/v1/workspaces/" + slug + "/members", "{\"email\":\"" + email + "\",\"role\":\"ADMIN\"}");
        assertThat(member.status()).as(member.text()).isEqualTo(201);
        browser = new WebSession(baseUrl());
        browser.login(email, "long-enough-password");
    }

    /** The page patterns (not the API's) with a variable besides the workspace, for {@code method}. */
    private Set<String> patterns(RequestMethod method) {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(method)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api") && pattern.replace("{slug}", "").contains("{")) {
                    found.add(pattern);
                }
            }
        }
        return found;
    }

    /** An address typed with a slash at its end is the page without it, for a person and for the API. */
    @Test
    void anAddressWithASlashAtItsEndLeadsToThePage() throws java.io.IOException {
        WebSession.Page slashed = browser.get("/w/" + slug + "/insights/");
        assertThat(slashed.status()).isEqualTo(308);
        assertThat(slashed.location()).endsWith("/w/" + slug + "/insights");
        assertThat(browser.get(slashed.location()).html()).contains("Insights");

        RawHttp.Answer api = RawHttp.send(
                port,
                "GET /api/v1/workspaces/" + slug + "/ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + ADMIN_TOKEN + "\r\nConnection: close\r\n\r\n");
        assertThat(api.status()).isEqualTo(308);
        assertThat(api.text()).containsPattern("(?i)location: [^\\r\\n]*/api/v1/workspaces/" + slug + "\\r\\n");
    }

    /**
     * A form's address opened as a page (the address bar after a form showed its errors, reloaded or
     * shared) leads to the page the form is on, never to "405 Method Not Allowed"; the API keeps its 405.
     */
    @Test
    void aFormsAddressOpenedAsAPageLeadsToItsPage() throws java.io.IOException {
        long session = admin().post(
                        "/api/v1/workspaces/" + slug + "/discovery-sessions",
                        "{\"topic\":\"Lead generation\",\"startsAt\":\"2027-03-01T10:00\",\"endsAt\":\"2027-03-01T12:00\"}")
                .json()
                .path("id")
                .asLong();
        WebSession.Page decisions = browser.get("/w/" + slug + "/discovery/" + session + "/decisions");
        assertThat(decisions.status()).isEqualTo(303);
        assertThat(decisions.location()).endsWith("/w/" + slug + "/discovery/" + session);
        assertThat(browser.get(decisions.location()).html()).contains("Lead generation");

        Set<String> gets = patterns(RequestMethod.GET);
        Set<String> formsOnly = new TreeSet<>(patterns(RequestMethod.POST));
        formsOnly.removeAll(gets);
        assertThat(formsOnly).as("addresses that take only a form").hasSizeGreaterThan(20);
        Map<String, Integer> answered = new TreeMap<>();
        for (String pattern : formsOnly) {
            WebSession.Page page = browser.get(pattern.replace("{slug}", slug).replaceAll("\\{[^}]+}", "1"));
            answered.put(pattern, page.status());
        }
        assertThat(answered)
                .as("a form's address opened as a page")
                .allSatisfy((pattern, status) ->
                        assertThat(status).as(pattern).isNotEqualTo(405).isLessThan(500));
        assertThat(answered.values()).as(answered.toString()).contains(303);

        RawHttp.Answer api = RawHttp.send(
                port,
                "GET /api/v1/workspaces/" + slug + "/kpis/measurements/import HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + ADMIN_TOKEN + "\r\nConnection: close\r\n\r\n");
        assertThat(api.status()).isEqualTo(405);
    }

    @Test
    void anOddIdInAPageAddressIsAnErrorPageNeverAServerError() {
        Set<String> gets = patterns(RequestMethod.GET);
        assertThat(gets).as("the pages with an id in their address").hasSizeGreaterThan(40);
        for (String pattern : gets) {
            for (String odd : ODD) {
                String path = pattern.replace("{slug}", slug).replaceAll("\\{[^}]+}", odd);
                WebSession.Page page = browser.get(path);
                assertThat(page.status()).as("GET " + path + ": " + page.html()).isLessThan(500);
            }
        }
    }

    @Test
    void aWordWhereAnIdBelongsIsNoSuchPage() {
        for (String path : List.of(
                "/w/" + slug + "/check-ins/new", "/w/" + slug + "/initiatives/latest", "/w/" + slug + "/goals/1x")) {
            WebSession.Page page = browser.get(path);
            assertThat(page.status()).as("GET " + path).isEqualTo(404);
            assertThat(page.html()).contains("There is nothing at this address.");
        }
        WebSession.Page wrongQuery = browser.get("/w/" + slug + "/insights?page=first");
        assertThat(wrongQuery.status())
                .as("a query value of the wrong kind: " + wrongQuery.html())
                .isEqualTo(400);
    }

    @Test
    void aFormPostedToAnOddIdIsRefusedNeverAServerError() {
        Set<String> posts = patterns(RequestMethod.POST);
        assertThat(posts).as("the forms with an id in their address").hasSizeGreaterThan(40);
        browser.get("/w/" + slug);
        Map<Integer, Integer> answers = new TreeMap<>();
        for (String pattern : posts) {
            for (String odd : ODD) {
                String path = pattern.replace("{slug}", slug).replaceAll("\\{[^}]+}", odd);
                WebSession.Page page = browser.post(path, Map.of("version", "0"));
                assertThat(page.status())
                        .as("POST " + path + ": " + page.html())
                        .isLessThan(500);
                answers.merge(page.status(), 1, Integer::sum);
            }
        }
        // the posts reached the application (the CSRF token held): refused for the id, not all for the token
        assertThat(answers.getOrDefault(403, 0)).as(answers.toString()).isLessThan(posts.size());
        assertThat(answers.keySet()).as(answers.toString()).containsAnyOf(400, 404);
    }
}

package app.tandem.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint under {@code /api/v1/workspaces/{slug}}, and every form handler of the pages under
 * {@code /w/{slug}}, checks the workspace and the role before it reads a body. The endpoints are
 * taken from the application's own handler mapping, so one added tomorrow is swept too; each is sent
 * a body that is not JSON ({@code {}) or an empty form, with any number for its ids, as a viewer (403,
 * unless the endpoint is marked {@link ViewerMay}: then the body is read and refused), as a member
 * for the endpoints marked {@link AdminOnly} (403), and as a person of the instance who is not a
 * member (404, as for reading the workspace): problem details from the API, the error page from a
 * page. The marked endpoints are listed here, so that marking another is a visible decision.
 */
class WorkspaceAccessFirstIT extends TandemIT {

    private static final String PREFIX = "/api/v1/workspaces/{slug}";
    private static final String PAGES = "/w/{slug}";
    private static final String NOT_JSON = "{";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<RequestMethod> CHANGES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /** What a viewer may send a body to: it is computed from, nothing is saved. */
    private static final Set<String> VIEWER_MAY = Set.of(
            "POST /api/v1/workspaces/{slug}/plan/what-if",
            "POST /api/v1/workspaces/{slug}/personas/shared-drafts",
            "POST /w/{slug}/plan/what-if");

    /**
     * What only the workspace's admins may do: the workspace itself, its teams and members, the plan's settings, its
     * webhooks (read too: a webhook's URL and delivery log are for admins).
     */
    private static final Set<String> ADMIN_ONLY = Set.of(
            "PATCH /api/v1/workspaces/{slug}",
            "DELETE /api/v1/workspaces/{slug}",
            "POST /api/v1/workspaces/{slug}/teams",
            "PATCH /api/v1/workspaces/{slug}/teams/{teamId}",
            "DELETE /api/v1/workspaces/{slug}/teams/{teamId}",
            "POST /api/v1/workspaces/{slug}/teams/{teamId}/members",
            "DELETE /api/v1/workspaces/{slug}/teams/{teamId}/members/{userId}",
            "POST /api/v1/workspaces/{slug}/members",
            "PATCH /api/v1/workspaces/{slug}/members/{userId}",
            "DELETE /api/v1/workspaces/{slug}/members/{userId}",
            "PUT /api/v1/workspaces/{slug}/plan/settings",
            "GET /api/v1/workspaces/{slug}/archive",
            "GET /api/v1/workspaces/{slug}/webhooks",
            "POST /api/v1/workspaces/{slug}/webhooks",
            "GET /api/v1/workspaces/{slug}/webhooks/{id}",
            "PUT /api/v1/workspaces/{slug}/webhooks/{id}",
            "DELETE /api/v1/workspaces/{slug}/webhooks/{id}",
            "POST /api/v1/workspaces/{slug}/webhooks/{id}/rotate-secret",
            "GET /api/v1/workspaces/{slug}/webhooks/{id}/deliveries",
            "POST /api/v1/workspaces/{slug}/webhooks/{id}/test",
            "POST /api/v1/workspaces/{slug}/webhooks/{id}/deliveries/{deliveryId}/redeliver",
            "POST /w/{slug}/settings",
            "POST /w/{slug}/delete",
            "POST /w/{slug}/teams",
            "POST /w/{slug}/teams/{teamId}",
            "POST /w/{slug}/teams/{teamId}/it",
            "POST /w/{slug}/teams/{teamId}/delete",
            "POST /w/{slug}/teams/{teamId}/members",
            "POST /w/{slug}/teams/{teamId}/members/{userId}/remove",
            "POST /w/{slug}/members",
            "POST /w/{slug}/members/{userId}/role",
            "POST /w/{slug}/members/{userId}/remove",
            "POST /w/{slug}/plan/settings",
            "POST /w/{slug}/webhooks",
            "POST /w/{slug}/webhooks/{id}",
            "POST /w/{slug}/webhooks/{id}/active",
            "POST /w/{slug}/webhooks/{id}/delete",
            "POST /w/{slug}/webhooks/{id}/rotate-secret",
            "POST /w/{slug}/webhooks/{id}/test",
            "POST /w/{slug}/webhooks/{id}/deliveries/{deliveryId}/redeliver");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    private String slug;
    private final Map<String, WebSession> sessions = new HashMap<>();

    /** An endpoint: one method on one path pattern, the content type it reads, and its handler. */
    private record Endpoint(RequestMethod method, String pattern, String contentType, HandlerMethod handler) {

        String name() {
            return method + " " + pattern;
        }

        boolean marked(Class<? extends java.lang.annotation.Annotation> mark) {
            return handler.hasMethodAnnotation(mark);
        }

        /** A page's form handler (else the API's). */
        boolean page() {
            return pattern.startsWith(PAGES);
        }
    }

    private record Answer(int status, String contentType, JsonNode problem, String text) {}

    @BeforeEach
    void workspace() {
        slug = "access-sweep-" + unique();
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Access sweep\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aViewersChangeIsRefusedBeforeItsBodyIsReadOnEveryEndpointButTheMarkedOnes(TestReporter report) {
        Person viewer = newMember(slug, "Vera Viewer", "VIEWER");
        assertThat(viewer.api().get("/api/v1/workspaces/" + slug).status()).isEqualTo(200);
        List<Endpoint> changes =
                endpoints().stream().filter(e -> CHANGES.contains(e.method())).toList();
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        for (Endpoint endpoint : changes) {
            Answer answer = send(endpoint, viewer);
            if (endpoint.marked(ViewerMay.class) && !endpoint.marked(AdminOnly.class)) {
                // allowed: the body is read, and it is no JSON (the API's), or an empty form the page shows again
                if (endpoint.page()
                        ? answer.status() != 200
                        : answer.status() != 400
                                || answer.problem().path("status").asInt() != 400) {
                    wrong.add(endpoint.name() + " answered a viewer " + answer.status() + " " + answer.text());
                }
            } else if (!refused(endpoint, answer, 403)) {
                wrong.add(endpoint.name() + " answered a viewer " + answer.status() + " " + answer.text());
            } else {
                refused++;
            }
        }
        report.publishEntry("changing endpoints swept", String.valueOf(changes.size()));
        report.publishEntry("refused to a viewer", String.valueOf(refused));
        assertThat(wrong).as("of %d changing endpoints", changes.size()).isEmpty();
        assertThat(refused).isEqualTo(changes.size() - VIEWER_MAY.size());
        assertThat(changes.size()).isGreaterThan(100);
    }

    /**
     * A body of a type no handler reads (a CSV upload sent as text/plain) is refused by Spring MVC
     * before any handler is chosen (415); the workspace and the role come first there too: a viewer
     * is told they may not change the workspace, a person who is no member that there is no such
     * workspace, and only someone who may send the request learns what the type should have been.
     */
    @Test
    void aBodyOfATypeNoHandlerReadsIsRefusedForTheWorkspaceAndTheRoleFirst() {
        Person viewer = newMember(slug, "Vic Viewer", "VIEWER");
        Person outsider = newPerson("Olga Outsider");
        List<Endpoint> typed = endpoints().stream()
                .filter(e -> !e.page() && CHANGES.contains(e.method()))
                .filter(e -> mapping.getHandlerMethods().entrySet().stream()
                        .anyMatch(m -> m.getValue().equals(e.handler())
                                && !m.getKey().getConsumesCondition().isEmpty()))
                .map(e -> new Endpoint(e.method(), e.pattern(), "text/x-unread", e.handler()))
                .toList();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : typed) {
            int asViewer = endpoint.marked(ViewerMay.class) && !endpoint.marked(AdminOnly.class) ? 415 : 403;
            Answer viewers = send(endpoint, viewer);
            if (!isProblem(viewers, asViewer)) {
                wrong.add(endpoint.name() + " answered a viewer " + viewers.status() + " " + viewers.text());
            }
            Answer outsiders = send(endpoint, outsider);
            if (!isProblem(outsiders, 404)) {
                wrong.add(endpoint.name() + " answered a non-member " + outsiders.status() + " " + outsiders.text());
            }
        }
        assertThat(wrong)
                .as("of %d endpoints that read a type of body", typed.size())
                .isEmpty();
        assertThat(typed.size()).isGreaterThan(5);
        Answer admins = send(typed.getFirst(), newMember(slug, "Ada Admin", "ADMIN"));
        assertThat(admins.status()).as(admins.text()).isEqualTo(415);
    }

    @Test
    void aMembersBodyToAnAdminsEndpointIsRefusedBeforeItIsRead() {
        Person member = newMember(slug, "Mo Member", "MEMBER");
        List<Endpoint> adminOnly =
                endpoints().stream().filter(e -> e.marked(AdminOnly.class)).toList();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : adminOnly) {
            Answer answer = send(endpoint, member);
            if (!refused(endpoint, answer, 403)) {
                wrong.add(endpoint.name() + " answered a member " + answer.status() + " " + answer.text());
            }
        }
        assertThat(wrong).as("of %d endpoints for admins", adminOnly.size()).isEmpty();
        assertThat(adminOnly).hasSize(ADMIN_ONLY.size());
    }

    @Test
    void aPersonWhoIsNoMemberIsAnsweredOnEveryEndpointAsWhenReadingTheWorkspace(TestReporter report) {
        Person outsider = newPerson("Otto Outsider");
        int whenReading = outsider.api().get("/api/v1/workspaces/" + slug).status();
        assertThat(whenReading).isEqualTo(404);
        List<Endpoint> all = endpoints();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : all) {
            Answer answer = send(endpoint, outsider);
            if (!refused(endpoint, answer, whenReading)) {
                wrong.add(endpoint.name() + " answered a non-member " + answer.status() + " " + answer.text());
            }
        }
        report.publishEntry("endpoints swept (every method)", String.valueOf(all.size()));
        assertThat(wrong).as("of %d endpoints", all.size()).isEmpty();
    }

    @Test
    void theEndpointsAViewerMayChangeAndThoseOnlyAdminsMayAreExactlyTheseFew() {
        List<Endpoint> all = endpoints();
        assertThat(names(all.stream().filter(e -> e.marked(ViewerMay.class)).toList()))
                .containsExactlyInAnyOrderElementsOf(VIEWER_MAY);
        assertThat(names(all.stream().filter(e -> e.marked(AdminOnly.class)).toList()))
                .containsExactlyInAnyOrderElementsOf(ADMIN_ONLY);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /**
     * Every handler of a path under {@code /api/v1/workspaces/{slug}}, and every handler of a form
     * under {@code /w/{slug}}, one entry per method and pattern.
     */
    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                boolean api = pattern.equals(PREFIX) || pattern.startsWith(PREFIX + "/");
                boolean page = pattern.equals(PAGES) || pattern.startsWith(PAGES + "/");
                if (!api && !page) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as(pattern + " names its methods").isNotEmpty();
                for (RequestMethod method : methods) {
                    if (api || CHANGES.contains(method)) { // a page read is checked by its controller
                        found.add(new Endpoint(method, pattern, contentType(info, page), entry.getValue()));
                    }
                }
            }
        }
        assertThat(found).as("the workspace's endpoints").isNotEmpty();
        return found;
    }

    private static Set<String> names(List<Endpoint> endpoints) {
        Set<String> names = new TreeSet<>();
        endpoints.forEach(e -> names.add(e.name()));
        return names;
    }

    /**
     * The content type the handler reads: JSON (a form for a page) unless it reads only something else
     * (CSV, multipart).
     */
    private static String contentType(RequestMappingInfo info, boolean page) {
        Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
        if (page && (consumes.isEmpty() || consumes.contains(MediaType.APPLICATION_FORM_URLENCODED))) {
            return MediaType.APPLICATION_FORM_URLENCODED_VALUE;
        }
        if (consumes.isEmpty() || consumes.contains(MediaType.APPLICATION_JSON)) {
            return MediaType.APPLICATION_JSON_VALUE;
        }
        MediaType first = consumes.iterator().next();
        return first.equals(MediaType.MULTIPART_FORM_DATA) ? first + "; boundary=tandem-sweep" : first.toString();
    }

    /**
     * Sends the endpoint a body that is not JSON (an empty form to a page's form handler), its ids any
     * number, as {@code person}: with their token to the API, in their browser session to a page.
     */
    private Answer send(Endpoint endpoint, Person person) {
        String path = endpoint.pattern().replace("{slug}", slug).replaceAll("\\{[^}]+}", "1");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", endpoint.contentType());
        if (endpoint.page()) {
            WebSession browser = sessions.computeIfAbsent(person.email(), email -> {
                WebSession signedIn = new WebSession(baseUrl());
                signedIn.login(email, person.password());
                signedIn.get("/account/tokens"); // a page with a form, for its CSRF token
                return signedIn;
            });
            builder.header("Accept", "text/html")
                    .header("Cookie", browser.cookieHeader())
                    .header("X-CSRF-TOKEN", browser.csrf())
                    .method(
                            endpoint.method().name(),
                            HttpRequest.BodyPublishers.ofString(
                                    endpoint.contentType().equals(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                                            ? ""
                                            : NOT_JSON));
        } else {
            builder.header("Accept", "application/json, application/problem+json, */*;q=0.1")
                    .header("Authorization", "Bearer " + person.api().token())
                    .method(endpoint.method().name(), HttpRequest.BodyPublishers.ofString(NOT_JSON));
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode problem;
            try {
                problem = JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                problem = JSON.missingNode();
            }
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    problem,
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(endpoint.name() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Refused with {@code status}: problem details from the API, the error page from a page. */
    private static boolean refused(Endpoint endpoint, Answer answer, int status) {
        return endpoint.page()
                ? answer.status() == status
                        && answer.contentType().startsWith(MediaType.TEXT_HTML_VALUE)
                        && answer.text().contains(status + " · ")
                : isProblem(answer, status);
    }

    private static boolean isProblem(Answer answer, int status) {
        return answer.status() == status
                && answer.contentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                && answer.problem().path("status").asInt() == status;
    }
}

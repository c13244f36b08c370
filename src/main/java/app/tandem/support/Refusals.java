package app.tandem.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a refusal found before any controller runs (a filter, an interceptor, a sign-in
 * handler, the security chains' entry points): RFC 9457 problem details for the API ({@code /api/**}) and for clients that do not ask
 * for HTML, the error page saying why for a browser. Headers the answer needs (such as {@code
 * Retry-After}) are set by the caller first.
 */
@Component
public final class Refusals {

    /** The refusal, as a request attribute, for the error page to show. */
    public static final String ATTRIBUTE = Refusals.class.getName() + ".refusal";

    private final JsonMapper json;

    public Refusals(JsonMapper json) {
        this.json = json;
    }

    public void answer(HttpServletRequest request, HttpServletResponse response, DomainException refusal)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = String.valueOf(request.getHeader("Accept"));
        if (path.startsWith("/api/") || !accept.contains("text/html")) {
            ProblemDetail problem = Problems.of(refusal);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", String.valueOf(problem.getType()));
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            if (problem.getProperties() != null) {
                // the field that is wrong (errors, field) and the refusal's own properties
                body.putAll(problem.getProperties());
            }
            response.setStatus(refusal.kind().status());
            if (refusal.kind() == DomainException.Kind.UNAUTHENTICATED) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(body));
            return;
        }
        request.setAttribute(ATTRIBUTE, refusal);
        try {
            // taken, so that nothing on the way to the error page (a parameter asked for) parses the body
            request.getInputStream();
        } catch (IllegalStateException alreadyRead) {
            // the body was read as text already: nothing is left to parse
        }
        response.sendError(refusal.kind().status());
    }
}

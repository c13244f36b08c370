package app.tandem.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details the same way everywhere (API advice, security entry points). */
public final class Problems {

    private Problems() {}

    /** One wrong field: its name and what is wrong with it. */
    public record FieldError(String field, String message) {}

    public static ProblemDetail of(int status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create("/problems/" + code));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail of(DomainException e) {
        ProblemDetail problem = of(e.kind().status(), e.code(), e.kind().title(), String.valueOf(e.getMessage()));
        List<FieldError> errors = e.fieldErrors();
        if (!errors.isEmpty()) {
            withFields(problem, errors);
        }
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail withFields(ProblemDetail problem, List<FieldError> errors) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("errors", errors);
        if (errors.size() == 1) {
            properties.put("field", errors.getFirst().field());
        }
        problem.setProperties(properties);
        return problem;
    }

    public static String describe(List<FieldError> errors, @Nullable String fallback) {
        if (errors.isEmpty()) {
            return fallback == null ? "The request is not valid." : fallback;
        }
        return errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
    }
}

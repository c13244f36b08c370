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

    /**
     * A CSV import with wrong rows, nothing saved: 400 with {@code errors} [{line, field, message, row}],
     * saying how many lines are wrong and, when some row is good ({@code anyGood}), that {@code
     * ?mode=good-rows} saves the good ones.
     */
    public static ProblemDetail rowsInvalid(List<RowError> errors, boolean anyGood) {
        int wrong = (int) errors.stream().map(RowError::line).distinct().count();
        String detail;
        if (RowError.aboutTheFile(errors)) {
            detail = "The file cannot be read as it is, so nothing was saved: fix it as its errors say.";
        } else if (!anyGood) {
            detail = "No row could be saved: "
                    + (wrong == 1 ? "the one row is" : "every one of the " + wrong + " rows is") + " wrong. Fix "
                    + (wrong == 1 ? "it." : "them.");
        } else {
            detail = wrong + (wrong == 1 ? " line is" : " lines are") + " wrong, so nothing was saved. Fix "
                    + (wrong == 1 ? "it" : "them") + ", or import with ?mode=good-rows to save the good rows.";
        }
        ProblemDetail problem = of(400, "csv-rows-invalid", "Invalid request", detail);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("errors", errors);
        problem.setProperties(properties);
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

    /**
     * What a JSON parser said of a body, without its advice to the server's programmers ("enable
     * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", "not recognized as one since Feature
     * 'ALLOW_COMMENTS' not enabled for parser"), which a client cannot act on (an API probe sent
     * NaN, December 2026).
     */
    public static String parserSaid(@Nullable String original) {
        if (original == null || original.isBlank()) {
            return "it cannot be read";
        }
        String plain = original.replaceAll(":? ?enable `[^`]+` to allow", "")
                .replaceAll("\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .strip();
        if (original.contains("NON_NUMERIC_NUMBERS")) {
            plain += " (JSON has no NaN or Infinity: send a number)";
        }
        return plain;
    }
}

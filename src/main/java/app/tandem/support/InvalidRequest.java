package app.tandem.support;

import app.tandem.support.Problems.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A request body some of whose fields break its declared constraints (a blank title, a sentiment of
 * 7) and, in the same answer, what the domain refuses of the rest: the API's {@code invalid-request}
 * problem, as for constraints alone, with every field in {@code errors}, so a client corrects them
 * all in one go instead of meeting the domain's refusals only once the constraints pass.
 *
 * <pre>{@code
 * ResponseEntity<InsightView> create(..., @Valid @RequestBody InsightRequest request, BindingResult result) {
 *     InvalidRequest.check(result, () -> Insights.check(request.draft()));
 *     ...
 * }</pre>
 */
public class InvalidRequest extends InvalidInputs {

    private InvalidRequest(List<FieldError> errors) {
        super(errors);
    }

    @Override
    public String code() {
        return "invalid-request";
    }

    /**
     * Nothing when {@code result} has no errors (the request goes on, and the domain checks it as it
     * saves). Else throws the constraint errors with what {@code domainCheck} refuses of the other
     * fields (a field with a constraint error keeps that one); a refusal of access is thrown as it is.
     */
    public static void check(BindingResult result, Runnable domainCheck) {
        if (!result.hasErrors()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(e -> errors.add(new FieldError(e.getField(), message(e.getDefaultMessage()))));
        result.getGlobalErrors()
                .forEach(e -> errors.add(new FieldError(e.getObjectName(), message(e.getDefaultMessage()))));
        Set<String> refused = new HashSet<>();
        errors.forEach(e -> refused.add(e.field()));
        try {
            domainCheck.run();
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            e.fieldErrors().stream().filter(f -> !refused.contains(f.field())).forEach(errors::add);
        } catch (RuntimeException e) {
            // a value the constraints refused may be one the check cannot take: the constraints' errors say enough
        }
        throw new InvalidRequest(errors);
    }

    private static String message(@Nullable String message) {
        return message == null ? "is not valid" : message;
    }
}

package app.tandem.support;

import org.springframework.validation.BindingResult;

/** Puts a domain error beside the form field it concerns, so the form re-renders with it. */
public final class Forms {

    private Forms() {}

    /**
     * Shows {@code e} on the form: beside its field when it names one, above the form otherwise.
     * Access errors (forbidden, or something not found that no field names) are not form errors:
     * they are thrown on, so the person gets the 403 or 404 page.
     */
    public static void reject(BindingResult result, DomainException e) {
        String field = e.field();
        if (e.isAccessProblem()) {
            throw e;
        }
        String message = String.valueOf(e.getMessage());
        if (field != null && result.getTarget() != null && hasField(result, field)) {
            result.rejectValue(field, e.code(), message);
        } else {
            result.reject(e.code(), message);
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

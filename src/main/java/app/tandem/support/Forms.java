package app.tandem.support;

import org.springframework.validation.BindingResult;

/** Puts a domain error beside the form field it concerns, so the form re-renders with it. */
public final class Forms {

    private Forms() {}

    public static void reject(BindingResult result, DomainException e) {
        String field = e.field();
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

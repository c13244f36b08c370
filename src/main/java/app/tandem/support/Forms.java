package app.tandem.support;

import app.tandem.support.Problems.FieldError;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every form is handled: save when the values are valid and go on with a redirect, or show
 * the form again with each error beside its field (domain errors included) and what was typed.
 *
 * <pre>{@code
 * return Forms.submit(result, () -> {
 *     PersonaView persona = personas.update(slug, me.id(), id, form.data());
 *     redirect.addFlashAttribute("flash", "Persona " + persona.name() + " saved.");
 *     return Forms.redirect(slug, "personas", id);
 * }, () -> formPage(me, slug, id, model));
 * }</pre>
 */
public final class Forms {

    private Forms() {}

    /**
     * Runs {@code save} when the form has no errors yet and answers what it answers (a redirect). A
     * domain refusal goes beside its field; then, or when the form had errors already, answers
     * {@code formPage} (the form again, with the typed values).
     */
    public static String submit(BindingResult result, Supplier<String> save, Supplier<String> formPage) {
        return submit(result, save, formPage, UnaryOperator.identity());
    }

    /**
     * As {@link #submit(BindingResult, Supplier, Supplier)}, for a form whose fields are not named
     * as the service names them: {@code formField} turns a field the service refuses (say {@code
     * effort[0].personWeeks}, the first row the form sent on) into the form's field (the row the
     * person typed it in, say {@code effort[3].personWeeks}).
     */
    public static String submit(
            BindingResult result, Supplier<String> save, Supplier<String> formPage, UnaryOperator<String> formField) {
        if (!result.hasErrors()) {
            try {
                return save.get();
            } catch (DomainException e) {
                reject(result, e, formField);
            }
        }
        return formPage.get();
    }

    /**
     * Runs a check that may refuse fields (a service's check without saving) and puts what it
     * refuses beside the fields, so a form shows every error at once. Fields that have an error
     * already keep only that one. Returns whether the check passed.
     */
    public static boolean check(BindingResult result, Runnable check) {
        return check(result, check, UnaryOperator.identity());
    }

    /**
     * As {@link #check(BindingResult, Runnable)}, for a form whose fields are not named as the service
     * names them ({@code formField}, as in {@link #submit(BindingResult, Supplier, Supplier,
     * UnaryOperator)}).
     */
    public static boolean check(BindingResult result, Runnable check, UnaryOperator<String> formField) {
        try {
            check.run();
            return true;
        } catch (DomainException e) {
            reject(result, e, formField);
            return false;
        }
    }

    /** {@code "redirect:/w/{slug}/a/b"}: where a workspace's form goes after it saved. */
    public static String redirect(String slug, Object... path) {
        return "redirect:/w/" + slug + Arrays.stream(path).map(p -> "/" + p).collect(Collectors.joining());
    }

    /**
     * Back to a delete's confirmation at {@code path} (under the workspace), saying the record was
     * changed since the page was opened: the page shows it as it is now and carries its new version,
     * so deleting again deletes what the person has seen.
     */
    public static String deleteAgain(RedirectAttributes redirect, ConcurrentChange e, String slug, Object... path) {
        redirect.addFlashAttribute("flashError", e.deleteAgain());
        return redirect(slug, path);
    }

    /**
     * The version a form was opened at. A form sent without one (never one of Tandem's pages, which
     * carry it in a hidden field) is refused above the form: saving it on whatever is there now
     * would overwrite a change made since unseen.
     */
    public static long version(@Nullable Long formVersion) {
        if (formVersion == null) {
            throw new InvalidInput(
                    "form",
                    "This form was sent without the version it was opened at, so it could overwrite a change made"
                            + " since. Open the page again and make your change there.");
        }
        return formVersion;
    }

    /**
     * Shows {@code e} on the form: each field it names beside that field (or, for a part of a
     * field such as {@code motivations[3]}, beside the field it is part of), above the form when
     * the form has no such field. A field with an error already keeps that one. Access errors
     * (forbidden, or something not found that no field names) are not form errors: they are thrown
     * on, so the person gets the 403 or 404 page.
     */
    public static void reject(BindingResult result, DomainException e) {
        reject(result, e, UnaryOperator.identity());
    }

    private static void reject(BindingResult result, DomainException e, UnaryOperator<String> rename) {
        if (e.isAccessProblem()) {
            throw e;
        }
        if (e instanceof ConcurrentChange change && hasField(result, "version")) {
            // the form's version becomes the record's: what was typed is kept, and saving it again
            // replaces the other change knowingly instead of failing at every try (Spring's th:field
            // writes a field's rejected value)
            result.addError(new org.springframework.validation.FieldError(
                    result.getObjectName(),
                    "version",
                    change.currentVersion(),
                    false,
                    new String[] {e.code()},
                    null,
                    change.saveAgain()));
            result.reject(e.code(), change.saveAgain());
            return;
        }
        if (e.fieldErrors().isEmpty()) {
            result.reject(e.code(), String.valueOf(e.getMessage()));
            return;
        }
        for (FieldError error : e.fieldErrors()) {
            String field = formField(result, rename.apply(error.field()));
            if (field == null) {
                result.reject(e.code(), error.message());
            } else if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, e.code(), error.message());
            }
        }
    }

    /** The form's field for {@code field}, or for the nearest field it is part of; null when none. */
    private static @Nullable String formField(BindingResult result, String field) {
        if (result.getTarget() == null) {
            return null;
        }
        String candidate = field;
        while (!candidate.isEmpty()) {
            if (hasField(result, candidate)) {
                return candidate;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut < 0 ? "" : candidate.substring(0, cut);
        }
        return null;
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

package app.tandem.support.web;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Ties every form field to its error message, on every form, without a line in the templates: a
 * control bound with {@code th:field} whose field has an error gets {@code aria-invalid="true"} and
 * {@code aria-describedby} naming the message, and the message shown with {@code th:errors} gets
 * that id ({@code form-field-error}, e.g. {@code personaForm-name-error}). A template that names
 * them itself (an {@code id} on the message, an {@code aria-describedby} on the control) keeps its
 * own. Screen readers then read the message with the field, and {@code tandem.js} moves the focus to
 * the first field in error. A number or date box whose text did not convert ("two") is sent as a
 * text box, so that it keeps what was typed (Spring's {@code th:field} left it empty).
 *
 * <p>Its processors work on the {@code th:field} and {@code th:errors} attributes just before
 * Spring's own (same dialect precedence, a lower processor precedence) and leave them in place.
 */
@Component
class FormErrorsDialect extends AbstractProcessorDialect {

    /** Just before Spring's {@code th:field} and {@code th:errors} processors (1700). */
    private static final int PRECEDENCE = 1690;

    FormErrorsDialect() {
        super("Form errors", "th", StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new InvalidField(dialectPrefix), new ErrorMessage(dialectPrefix));
    }

    /** Whether the field's text did not convert to its type ("abc" for a whole number). */
    private static boolean notConverted(IThymeleafBindStatus status) {
        String[] codes = status.getErrorCodes();
        if (codes != null) {
            for (String code : codes) {
                if (code != null && code.startsWith("typeMismatch")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The id of the message about the field {@code path} ("personaForm.painPoints[0].text"). */
    static String errorId(String path) {
        return path.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "") + "-error";
    }

    /** The bind status of a field expression, or null for the whole form ({@code *}) or none. */
    private static @Nullable IThymeleafBindStatus field(ITemplateContext context, String expression) {
        if (expression.isBlank()
                || expression.contains("{*}")
                || expression.strip().equals("*")) {
            return null;
        }
        IThymeleafBindStatus status = FieldUtils.getBindStatus(context, expression);
        return status == null || status.getPath().endsWith("*") ? null : status;
    }

    /** {@code aria-invalid} and {@code aria-describedby} on a control whose field has an error. */
    private static final class InvalidField extends AbstractAttributeTagProcessor {

        private static final Set<String> CONTROLS = Set.of("input", "select", "textarea");

        /**
         * The input types whose value Spring's {@code th:field} writes from the field itself rather than
         * from what was typed (Thymeleaf's {@code SpringInputGeneralFieldTagProcessor}: no conversion for
         * HTML5 types).
         */
        private static final Set<String> RAW_TYPES =
                Set.of("number", "date", "time", "datetime-local", "month", "week", "range");

        InvalidField(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "field", true, PRECEDENCE, false);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String expression,
                IElementTagStructureHandler structure) {
            String element = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
            if (!CONTROLS.contains(element) || "hidden".equalsIgnoreCase(tag.getAttributeValue("type"))) {
                return;
            }
            IThymeleafBindStatus status = field(context, expression);
            if (status == null || !status.isError()) {
                return;
            }
            structure.setAttribute("aria-invalid", "true");
            String type = String.valueOf(tag.getAttributeValue("type")).toLowerCase(Locale.ROOT);
            // (a whole number held in an int is 0 then, not null: its error's code says the text did not convert)
            if (element.equals("input")
                    && RAW_TYPES.contains(type)
                    && (status.getActualValue() == null || notConverted(status))) {
                Object typed = status.getValue();
                if (typed != null && !String.valueOf(typed).isEmpty()) {
                    // what was typed did not convert ("two", "2.5" for a whole number): Spring's th:field
                    // gives such a control the field's value, which is empty, and a browser shows no text
                    // in a number box; as text, the box keeps what was typed beside its error
                    structure.setAttribute("type", "text");
                    if (type.equals("number")) {
                        structure.setAttribute("inputmode", "decimal");
                    }
                }
            }
            if (!tag.hasAttribute("aria-describedby")) {
                structure.setAttribute("aria-describedby", errorId(status.getPath()));
            }
        }
    }

    /** The id of a field's error message, when the template gives it none. */
    private static final class ErrorMessage extends AbstractAttributeTagProcessor {

        ErrorMessage(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "errors", true, PRECEDENCE, false);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String expression,
                IElementTagStructureHandler structure) {
            if (tag.hasAttribute("id")) {
                return;
            }
            IThymeleafBindStatus status = field(context, expression);
            if (status != null && status.isError()) {
                structure.setAttribute("id", errorId(status.getPath()));
            }
        }
    }
}

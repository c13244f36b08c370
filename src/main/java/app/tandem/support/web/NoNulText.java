package app.tandem.support.web;

import app.tandem.support.InvalidInput;
import app.tandem.support.Refusals;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses the NUL character ({@code U+0000}) in any text a request brings: a JSON string (also in
 * lists and nested objects), a query parameter, a form field. PostgreSQL cannot store it in a text
 * column, so it failed there as a 500 when the row was written (H2 stored it). Now the request is a
 * 400 naming the field: the API's problem details, or the error page saying which field for a
 * browser; nothing is saved. Other control characters are left to each field's own rules. CSV and
 * JSON imports check their cells themselves ({@link app.tandem.support.CsvRows#NUL_MESSAGE}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class NoNulText {

    static final String MESSAGE = "must not contain the NUL character (U+0000)";

    static boolean hasNul(@Nullable String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** Every JSON string the application's mapper reads, also inside lists, maps and records. */
    @Bean
    JsonMapperBuilderCustomizer noNulStrings() {
        SimpleModule module = new SimpleModule("no-nul-text");
        module.addDeserializer(String.class, new Strings());
        return builder -> builder.addModule(module);
    }

    /** Last of the interceptors: after the workspace, role and upload checks, just before the handler. */
    @Bean
    WebMvcConfigurer noNulParameters(Refusals refusals) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new Parameters(refusals)).order(Ordered.LOWEST_PRECEDENCE);
            }
        };
    }

    static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (hasNul(text)) {
                throw ctxt.weirdStringException(text, String.class, MESSAGE);
            }
            return text;
        }
    }

    /** Query parameters and form fields (also an upload form's text fields, once its body is allowed). */
    record Parameters(Refusals refusals) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws IOException {
            if (request.getDispatcherType() != DispatcherType.REQUEST) {
                // an error page or a forward: the request was checked, or refused without its body read
                return true;
            }
            String field = withNul(request);
            if (field == null) {
                return true;
            }
            refusals.answer(request, response, new InvalidInput(field, field + " " + MESSAGE + "."));
            return false;
        }

        /** The first parameter whose name or value holds NUL, or null. */
        static @Nullable String withNul(HttpServletRequest request) {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (hasNul(parameter.getKey())) {
                    return "parameter";
                }
                for (String value : parameter.getValue()) {
                    if (hasNul(value)) {
                        return parameter.getKey();
                    }
                }
            }
            return null;
        }
    }
}

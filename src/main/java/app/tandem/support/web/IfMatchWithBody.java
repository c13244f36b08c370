package app.tandem.support.web;

import app.tandem.support.IfMatch;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The version of an edit, in its body or as the {@code If-Match} header, on every endpoint whose body
 * is a record with a {@code Long version} component: a body without one takes the header's (until
 * December 2026 discovery sessions, reviews and check-ins read it from the body alone, though the
 * README said every edit took the header: an outside review); a body that says one version and a
 * header that says another is refused (400 naming {@code version}): an insight's replacement took the
 * body's version and let a contradicting header pass without a word (an API probe, December 2026).
 * The API document lists the header on such a PUT or PATCH ({@code
 * ApiDocumentation.tandemOperationIds}).
 */
@ControllerAdvice
class IfMatchWithBody extends RequestBodyAdviceAdapter {

    private static final Map<Class<?>, Optional<Method>> VERSIONS = new ConcurrentHashMap<>();

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return version(parameter.getParameterType()).isPresent();
    }

    @Override
    public Object afterBodyRead(
            @Nullable Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        String ifMatch = input.getHeaders().getFirst(IfMatch.HEADER);
        if (body == null) {
            return body; // a body of JSON null: refused as the handler's parameter requires a body
        }
        Optional<Method> accessor = version(body.getClass());
        if (ifMatch != null && !ifMatch.isBlank() && accessor.isPresent()) {
            Long bodyVersion = read(accessor.get(), body);
            // refuses two versions that differ, and a header that is not one version in quotes
            long version = IfMatch.version(bodyVersion, ifMatch);
            if (bodyVersion == null) {
                return withVersion(body, version);
            }
        }
        return body;
    }

    /** Whether a body of this type takes its version from {@code If-Match} when it has none. */
    static boolean takesTheHeader(Class<?> type) {
        return version(type).isPresent();
    }

    /** The record again, its version {@code version} (its canonical constructor checks the rest as before). */
    private static Object withVersion(Object body, long version) {
        RecordComponent[] components = body.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                values[i] = components[i].getName().equals("version") ? Long.valueOf(version) : accessor.invoke(body);
            }
            var constructor = body.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused; // the record's own check, as when the body was read
            }
            throw new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot set the version of " + body.getClass().getName(), e);
        }
    }

    private static Optional<Method> version(Class<?> type) {
        return VERSIONS.computeIfAbsent(type, t -> {
            if (!t.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent component : t.getRecordComponents()) {
                if (component.getName().equals("version")
                        && (component.getType() == Long.class || component.getType() == long.class)) {
                    return Optional.of(component.getAccessor());
                }
            }
            return Optional.empty();
        });
    }

    private static @Nullable Long read(Method accessor, Object body) {
        try {
            accessor.setAccessible(true);
            return (Long) accessor.invoke(body);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}

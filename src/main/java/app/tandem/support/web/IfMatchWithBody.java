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
 * An edit whose body says one version and whose {@code If-Match} header another is refused (400
 * naming {@code version}) on every endpoint, also on those that read the version from the body
 * only: an insight's replacement took the body's version and let a contradicting header pass
 * without a word (an API probe, December 2026). A body is an edit's when it is a record with a
 * {@code version} component.
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
            if (bodyVersion != null) {
                IfMatch.version(bodyVersion, ifMatch); // refuses two versions that differ
            }
        }
        return body;
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

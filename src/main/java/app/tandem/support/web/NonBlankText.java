package app.tandem.support.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Gives a request's text that must not be blank ({@code @NotBlank}, {@code @NotEmpty}) a {@code
 * minLength} of 1 in the API document. swagger-core wrote {@code minLength: 0} from the {@code @Size}
 * beside it, so a client generated from the document checked {@code ""} as good and the server
 * refused it ("must not be blank"). A list that must not be empty gets {@code minItems: 1}.
 */
final class NonBlankText implements ModelConverter {

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = raw(type.getType());
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema model = resolved;
        if (resolved.get$ref() != null) {
            model = context.getDefinedModels()
                    .get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        }
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null || property.get$ref() != null) {
                continue;
            }
            boolean notBlank = declares(component, NotBlank.class);
            boolean notEmpty = declares(component, NotEmpty.class);
            if (!notBlank && !notEmpty) {
                continue;
            }
            if (CharSequence.class.isAssignableFrom(component.getType())) {
                if (property.getMinLength() == null || property.getMinLength() < 1) {
                    property.setMinLength(1);
                }
            } else if (notEmpty && property.getItems() != null) {
                if (property.getMinItems() == null || property.getMinItems() < 1) {
                    property.setMinItems(1);
                }
            }
        }
        return resolved;
    }

    /** On the component's accessor, its field or its type, where a constraint on a record component goes. */
    private static boolean declares(RecordComponent component, Class<? extends Annotation> constraint) {
        if (component.getAccessor().isAnnotationPresent(constraint)
                || component.getAnnotatedType().isAnnotationPresent(constraint)) {
            return true;
        }
        try {
            return component
                    .getDeclaringRecord()
                    .getDeclaredField(component.getName())
                    .isAnnotationPresent(constraint);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static @Nullable Class<?> raw(Type type) {
        if (type instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        return type instanceof Class<?> c ? c : null;
    }
}

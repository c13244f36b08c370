package app.tandem.support.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Type;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * A swagger-core {@link ModelConverter} that completes the schema of a record from what its
 * components declare (and swagger-core does not read): it lets the converters after it resolve the
 * type, finds the record's schema among the defined models when that answer is a reference, and
 * hands it over with the record's class.
 */
abstract class RecordPropertiesConverter implements ModelConverter {

    @Override
    public final @Nullable Schema resolve(
            AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
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
        if (model != null && model.getProperties() != null) {
            complete(raw, model);
        }
        return resolved;
    }

    /** Completes {@code model}, the schema of {@code record}, which has properties. */
    abstract void complete(Class<?> record, Schema model);

    private static @Nullable Class<?> raw(Type type) {
        if (type instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        return type instanceof Class<?> c ? c : null;
    }
}

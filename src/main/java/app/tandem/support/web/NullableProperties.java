package app.tandem.support.web;

import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Marks in the API document each property of a record that may be {@code null}: a record component
 * declared {@code @Nullable} (JSpecify's, on the component's type, which swagger-core does not read).
 * OpenAPI 3.1 spells it as the type {@code "null"} beside the property's own ({@code ["string",
 * "null"]}), and for a property that is another schema as {@code anyOf} that schema or {@code null}:
 * a client generated from the document then reads an answer's {@code "proposingTeam": null}
 * (Python's openapi-python-client read it as an object and failed) and a validator accepts it. An
 * enum's values take {@code null} too, as JSON Schema asks.
 */
final class NullableProperties extends RecordPropertiesConverter {

    @Override
    void complete(Class<?> raw, Schema model) {
        Map<String, Schema> properties = model.getProperties();
        List<String> required = model.getRequired() == null ? List.of() : model.getRequired();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            // (a request's required field is @Nullable for the 400 that names it: null is refused)
            if (property != null
                    && !required.contains(component.getName())
                    && component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), nullable(property));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Schema nullable(Schema property) {
        if (property.getEnum() != null
                && !property.getEnum().isEmpty()
                && !property.getEnum().contains(null)) {
            // JSON Schema: an enum's values say what it may be, so null is one of them too
            property.getEnum().add(null);
        }
        if (property.get$ref() != null) {
            Schema either = new Schema<>();
            either.setDescription(property.getDescription());
            either.setAnyOf(List.of(new Schema<>().$ref(property.get$ref()), nullType()));
            return either;
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        }
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }

    private static Schema nullType() {
        Schema nothing = new Schema<>();
        nothing.setTypes(new LinkedHashSet<>(Set.of("null")));
        return nothing;
    }
}

package app.tandem.support.web;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * Gives a request's text that must not be blank ({@code @NotBlank}, {@code @NotEmpty}) a {@code
 * minLength} of 1 in the API document. swagger-core wrote {@code minLength: 0} from the {@code @Size}
 * beside it, so a client generated from the document checked {@code ""} as good and the server
 * refused it ("must not be blank"). A list that must not be empty gets {@code minItems: 1}.
 */
final class NonBlankText extends RecordPropertiesConverter {

    @Override
    void complete(Class<?> raw, Schema model) {
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
}

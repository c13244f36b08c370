package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every request and answer type of the API has a schema name of its own in the API document. The
 * document names a schema by its class's simple name, so two controllers' {@code ReplaceRequest}s
 * were one schema: the document showed the review's body for replacing an initiative, and a client
 * generated from it sent fields the server then ignored. A type whose simple name another one has
 * takes a name of its own with {@code @Schema(name = ...)}.
 */
class ApiSchemaNamesTest {

    @Test
    void noTwoTypesOfTheApiShareASchemaName() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Map<String, Map<String, Set<String>>> byName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (BeanDefinition controller : scanner.findCandidateComponents("app.tandem")) {
            Class<?> type =
                    ClassUtils.forName(controller.getBeanClassName(), getClass().getClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                walk(method.getGenericReturnType(), seen, byName);
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        walk(parameter.getParameterizedType(), seen, byName);
                    }
                }
            }
        }

        assertThat(byName).as("the API's types, by schema name").isNotEmpty().containsKey("InitiativeView");
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1))
                .as("schema names that name several types")
                .isEmpty();
    }

    /**
     * What the document says of a type: its members and their types (the same for two records that
     * differ only in their module, such as each module's {@code Ref(id, name)}: one schema is right for
     * both).
     */
    private static String shape(Class<?> type) {
        if (!type.isRecord()) {
            return type.getName();
        }
        StringBuilder members = new StringBuilder();
        for (RecordComponent component : type.getRecordComponents()) {
            members.append(component.getName())
                    .append(':')
                    .append(component
                            .getGenericType()
                            .getTypeName()
                            .replaceAll("[a-z][a-z0-9_]*\\.|[A-Za-z0-9_]+\\$", ""))
                    .append(' ');
        }
        return members.toString().strip();
    }

    /** Records the schema name of each of Tandem's types in {@code type}, and of the types they hold. */
    private static void walk(Type type, Set<Class<?>> seen, Map<String, Map<String, Set<String>>> byName) {
        switch (type) {
            case ParameterizedType parameterized -> {
                walk(parameterized.getRawType(), seen, byName);
                for (Type argument : parameterized.getActualTypeArguments()) {
                    walk(argument, seen, byName);
                }
            }
            case GenericArrayType array -> walk(array.getGenericComponentType(), seen, byName);
            case WildcardType wildcard -> {
                for (Type bound : wildcard.getUpperBounds()) {
                    walk(bound, seen, byName);
                }
            }
            case Class<?> plain when plain.isArray() -> walk(plain.getComponentType(), seen, byName);
            case Class<?> plain -> {
                if (!plain.getName().startsWith("app.tandem.") || plain.isEnum() || !seen.add(plain)) {
                    return;
                }
                Schema schema = plain.getAnnotation(Schema.class);
                String name = schema != null && !schema.name().isEmpty() ? schema.name() : plain.getSimpleName();
                byName.computeIfAbsent(name, n -> new TreeMap<>())
                        .computeIfAbsent(shape(plain), k -> new TreeSet<>())
                        .add(plain.getName());
                if (plain.isRecord()) {
                    for (RecordComponent component : plain.getRecordComponents()) {
                        walk(component.getGenericType(), seen, byName);
                    }
                }
            }
            default -> {}
        }
    }
}

package app.tandem.support.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Lists every property of an answer's schema as {@code required} in the API document: Tandem writes
 * each property of an answer, {@code null} where it has no value (and such a property says it may
 * be null: {@link NullableProperties}). Without it a client generated from the document made every
 * field of every answer optional ({@code id?: number}), and its users checked for fields that are
 * always there. A schema a request also uses keeps its own {@code required} (only what a request
 * must send): the same list would make a client send what the server would fill in.
 *
 * <p>Only the schemas of successful answers (2xx): a problem's properties are written when they
 * have a value. Every API test checks each answer against this ({@code Api.Documented}).
 */
final class AnswerProperties {

    private AnswerProperties() {}

    static void require(OpenAPI openApi) {
        if (openApi.getPaths() == null
                || openApi.getComponents() == null
                || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Set<String> answers = new HashSet<>();
        Set<String> requests = new HashSet<>();
        openApi.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getRequestBody() != null) {
                        reach(operation.getRequestBody().getContent(), schemas, requests);
                    }
                    if (operation.getParameters() != null) {
                        for (Parameter parameter : operation.getParameters()) {
                            reach(parameter.getSchema(), schemas, requests);
                        }
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().forEach((status, response) -> {
                            if (status.startsWith("2")) {
                                reach(response.getContent(), schemas, answers);
                            }
                        });
                    }
                }));
        answers.removeAll(requests);
        for (String name : answers) {
            Schema schema = schemas.get(name);
            if (schema == null
                    || schema.getProperties() == null
                    || schema.getProperties().isEmpty()) {
                continue;
            }
            Set<String> required = new LinkedHashSet<>();
            if (schema.getRequired() != null) {
                required.addAll(schema.getRequired());
            }
            required.addAll(schema.getProperties().keySet());
            schema.setRequired(new ArrayList<>(required));
        }
    }

    private static void reach(@Nullable Content content, Map<String, Schema> schemas, Set<String> seen) {
        if (content != null) {
            content.values().forEach(media -> reach(media.getSchema(), schemas, seen));
        }
    }

    @SuppressWarnings("unchecked")
    private static void reach(@Nullable Schema schema, Map<String, Schema> schemas, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (seen.add(name)) {
                reach(schemas.get(name), schemas, seen);
            }
            return;
        }
        if (schema.getProperties() != null) {
            for (Object property : schema.getProperties().values()) {
                reach((Schema) property, schemas, seen);
            }
        }
        reach(schema.getItems(), schemas, seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            reach(additional, schemas, seen);
        }
        for (List<Schema> alternatives :
                List.of(nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()), nonNull(schema.getAllOf()))) {
            for (Schema alternative : alternatives) {
                reach(alternative, schemas, seen);
            }
        }
    }

    private static List<Schema> nonNull(@Nullable List<Schema> list) {
        return list == null ? List.of() : list;
    }
}

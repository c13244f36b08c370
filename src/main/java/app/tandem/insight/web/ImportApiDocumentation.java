package app.tandem.insight.web;

import app.tandem.insight.importing.InsightImport;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The insight import's mapping in the API document: a query parameter {@code map.<field>} per field
 * a column can give ({@link InsightImport.Target}), so a client generated from the document offers
 * each by name. The controller reads them as one map.
 */
@Configuration(proxyBeanMethods = false)
class ImportApiDocumentation {

    @Bean
    OperationCustomizer insightImportMapping() {
        return (operation, handler) -> {
            if (handler.getBeanType() != ImportApiController.class) {
                return operation;
            }
            for (InsightImport.Target target : InsightImport.Target.values()) {
                String name = "map." + target.name();
                if (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
                    continue;
                }
                operation.addParametersItem(new QueryParameter()
                        .name(name)
                        .required(false)
                        .description("The column that gives the field \"" + target.label()
                                + "\", in place of the one recognised by its name; empty: none. " + target.hint())
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}

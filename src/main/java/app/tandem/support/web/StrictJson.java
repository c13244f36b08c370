package app.tandem.support.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * A JSON value of the wrong kind is refused (400 naming its field) instead of being turned into
 * something the person did not send. Jackson's defaults did that: {@code "periodStart": 123} was
 * the 123rd day after 1 January 1970, {@code "personaId": 1.5} persona 1, {@code "sentence": 123}
 * the text "123", {@code "active": 2} true, and {@code "dueDate": ""} no date at all (an API probe,
 * December 2026). Text that holds a number ({@code "reach": "8"}) is still read, as clients that
 * quote every value expect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer noGuessedScalars() {
        return builder -> builder
                // a fraction is not a whole number (an id, a count)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // dates and times only as the ISO text the document names: no numbers, no empty text
                .defaultLeniency(false)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        yesNo -> yesNo.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}

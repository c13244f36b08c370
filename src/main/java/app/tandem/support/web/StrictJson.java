package app.tandem.support.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * A JSON value of the wrong kind is refused (400 naming its field) instead of being turned into
 * something the person did not send. Jackson's defaults did that: {@code "periodStart": 123} was
 * the 123rd day after 1 January 1970, {@code "personaId": 1.5} persona 1, {@code "sentence": 123}
 * the text "123", {@code "active": 2} true, and {@code "dueDate": ""} no date at all (an API probe,
 * December 2026). Text that holds a number ({@code "reach": "8"}) is still read, as clients that
 * quote every value expect. A property the request does not have is refused too, naming it and the
 * fields the request has, and so is a property given twice.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer noGuessedScalars() {
        return builder -> builder.addModule(new SimpleModule("iso-days").addDeserializer(LocalDate.class, new IsoDay()))
                // a property the request does not have is an error naming it, not dropped: "titel"
                // for "title" would lose what was typed (Spring Boot turns this off)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // a property given twice is refused, not read as its last value: {"title":"a","title":"b"}
                // is a client's mistake, and which one it meant is a guess
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // a fraction is not a whole number (an id, a count)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // dates and times only as the ISO text the document names: no numbers, no empty text
                .defaultLeniency(false)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // "" is not a number, an id or a list, nor [] a date: both were read as no value
                // ("teamId": "" saved an insight without its team; an API probe, December 2026)
                .withCoercionConfigDefaults(any -> any.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        yesNo -> yesNo.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }

    /**
     * A day only as the ISO text the document names ({@code "2026-12-01"}): Jackson's own reader also
     * took an array ({@code [2026, 12, 1]}), and read an empty one as no day at all
     * ({@code "observedOn": []} saved an insight observed today; an API probe, December 2026).
     */
    static final class IsoDay extends StdScalarDeserializer<LocalDate> {

        IsoDay() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a day as YYYY-MM-DD");
            }
        }
    }
}

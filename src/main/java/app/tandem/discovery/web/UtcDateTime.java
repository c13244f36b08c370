package app.tandem.discovery.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A session's time as the API takes it: UTC, written as RFC 3339 ({@code 2027-03-01T10:00:00Z}, an
 * offset such as {@code +02:00}, converted to UTC) or without an offset ({@code 2027-03-01T10:00},
 * read as UTC). A client generated from the API document sends the first, a person the second.
 */
final class UtcDateTime extends ValueDeserializer<LocalDateTime> {

    @Override
    public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
        }
        String text = p.getString().strip();
        try {
            return OffsetDateTime.parse(text)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(
                        text, LocalDateTime.class, "not a date and time such as 2027-03-01T10:00:00Z");
            }
        }
    }
}

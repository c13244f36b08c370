package app.tandem.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an API operation that answers 201 with no {@code Location}: what it made has no address of its own
 * to read (a one-time password link). The API document gives every other 201 a {@code Location} header,
 * and the API tests hold each answer to what the document says.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CreatedWithoutLocation {}

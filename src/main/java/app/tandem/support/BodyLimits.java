package app.tandem.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: {@code tandem.http.max-body} (1 MB) for JSON and forms, {@code
 * tandem.http.max-upload} (200 MB) for the import uploads (the paths each module declares as an
 * {@link UploadPath}). A body over its limit is answered 413 with the {@code limit} in bytes.
 * JSON read by the application (request bodies, the measurements stream) is bounded too: a document
 * and a string at most {@code max-body}, objects and arrays nested at most {@code
 * tandem.http.max-json-depth} (64) deep, a number at most {@code tandem.http.max-json-number-length}
 * (100) characters long; a document over a bound is answered 400 saying which. A person may
 * send at most {@code tandem.http.max-uploads-at-once} (2) uploads at the same time; one more is
 * answered 429 with {@code Retry-After}.
 */
@ConfigurationProperties("tandem.http")
public record BodyLimits(
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("200MB") DataSize maxUpload,
        @DefaultValue("64") int maxJsonDepth,
        @DefaultValue("100") int maxJsonNumberLength,
        @DefaultValue("2") int maxUploadsAtOnce) {}

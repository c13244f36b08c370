package app.tandem.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: {@code tandem.http.max-body} (1 MB) for JSON and forms, {@code
 * tandem.http.max-upload} (200 MB) for the import uploads (the paths each module declares as an
 * {@link UploadPath}). A body over its limit is answered 413 with the {@code limit} in bytes.
 */
@ConfigurationProperties("tandem.http")
public record BodyLimits(
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("200MB") DataSize maxUpload) {}

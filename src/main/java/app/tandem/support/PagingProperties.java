package app.tandem.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paging of every list: {@code tandem.paging.default-size} (20) and {@code tandem.paging.max-size}
 * (100).
 */
@ConfigurationProperties("tandem.paging")
public record PagingProperties(
        @DefaultValue("20") int defaultSize,
        @DefaultValue("100") int maxSize) {}

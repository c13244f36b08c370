package app.tandem.insight.search;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where insights are indexed ({@code tandem.search.*}): in a Lucene index in the data folder (one
 * node, the default), or on an OpenSearch cluster that several nodes share.
 *
 * @param backend {@code lucene} or {@code opensearch} ({@code TANDEM_SEARCH})
 * @param lucene the Lucene index's folder; only for {@code lucene}
 * @param opensearch the cluster; only for {@code opensearch}
 */
@ConfigurationProperties("tandem.search")
public record SearchProperties(
        @DefaultValue("lucene") Backend backend,
        @DefaultValue Lucene lucene,
        @DefaultValue OpenSearch opensearch) {

    /** The two places an index can be. */
    public enum Backend {
        LUCENE,
        OPENSEARCH
    }

    /** @param directory the index's folder (default: {@code index} in the data folder) */
    public record Lucene(@Nullable Path directory) {}

    /**
     * @param hosts {@code host:port} of the cluster's nodes ({@code TANDEM_SEARCH_HOSTS}, comma-separated)
     * @param protocol {@code http} or {@code https}
     * @param username with {@code password}, the account Tandem signs in with; none when empty
     * @param password its password
     * @param indexPrefix put before the names of Tandem's indexes and aliases, so that several
     *     installations can share one cluster; the nodes of one installation must use the same
     */
    public record OpenSearch(
            @DefaultValue("localhost:9200") List<String> hosts,
            @DefaultValue("http") String protocol,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("tandem-") String indexPrefix) {}

    public boolean onLucene() {
        return backend == Backend.LUCENE;
    }
}

package app.tandem.insight.search;

import app.tandem.insight.InsightIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Gives Hibernate Search the backend {@link SearchProperties} chooses: Lucene with its folder, or
 * its Elasticsearch backend (which speaks to OpenSearch 1.3, 2.x and 3.x) with the cluster's hosts,
 * protocol and account. A setting given directly as {@code spring.jpa.properties.hibernate.search.*}
 * wins over the one made here.
 *
 * <p>On OpenSearch a change is searchable as soon as its transaction has committed, on every node
 * ({@code indexing.plan.synchronization.strategy = sync}: the commit waits for the index's refresh),
 * as on Lucene, where a search opens the index's latest state.
 */
@Component
public class SearchBackendSettings implements HibernatePropertiesCustomizer {

    private static final String SEARCH = "hibernate.search.";
    private static final String BACKEND = SEARCH + "backend.";
    private static final String SCHEMA_MANAGEMENT = SEARCH + "schema_management.strategy";

    private final SearchProperties properties;
    private final Path luceneDirectory;
    private volatile boolean schemaManagedHere;
    private volatile boolean luceneIndexCreated;

    SearchBackendSettings(SearchProperties properties, Environment environment) {
        this.properties = properties;
        Path directory = properties.lucene().directory();
        this.luceneDirectory = directory != null
                ? directory
                : Path.of(environment.getRequiredProperty("tandem.data-dir")).resolve("index");
    }

    /** Whether insights are indexed by Lucene in this node's data folder. */
    public boolean lucene() {
        return properties.onLucene();
    }

    /** The folder of the Lucene index (used only when {@link #lucene()}). */
    public Path luceneDirectory() {
        return luceneDirectory;
    }

    /**
     * Whether Hibernate Search, as this server started, created the Lucene index, which then has this
     * version's layout ({@link InsightIndex#LAYOUT}): there was no index folder before.
     */
    public boolean luceneIndexCreated() {
        return luceneIndexCreated;
    }

    @Override
    public void customize(Map<String, Object> hibernate) {
        // Tandem's mapping is its entities' annotations, read by reflection: no search-only type to find
        // by scanning (such as a projection constructor), so no index of the classes is built at every start
        hibernate.putIfAbsent(SEARCH + "mapping.discover_annotated_types_from_root_mapping_annotations", "false");
        hibernate.putIfAbsent(SEARCH + "mapping.build_missing_discovered_jandex_indexes", "false");
        if (properties.onLucene()) {
            luceneIndexCreated = !Files.isDirectory(luceneDirectory.resolve(InsightIndex.NAME));
            hibernate.putIfAbsent(BACKEND + "type", "lucene");
            hibernate.putIfAbsent(BACKEND + "directory.root", luceneDirectory.toString());
            // analysis as the Lucene in the jar does it (said, not left to a warning at every start): a
            // Lucene whose analysis differs comes with a new InsightIndex.LAYOUT, which rebuilds the index
            hibernate.putIfAbsent(BACKEND + "lucene_version", "LATEST");
            hibernate.putIfAbsent(
                    BACKEND + "analysis.configurer", "class:" + InsightAnalysisConfigurer.class.getName());
            return;
        }
        SearchProperties.OpenSearch cluster = properties.opensearch();
        hibernate.putIfAbsent(BACKEND + "type", "elasticsearch");
        hibernate.putIfAbsent(BACKEND + "hosts", String.join(",", cluster.hosts()));
        hibernate.putIfAbsent(BACKEND + "protocol", cluster.protocol());
        if (cluster.username() != null && !cluster.username().isBlank()) {
            hibernate.putIfAbsent(BACKEND + "username", cluster.username());
            hibernate.putIfAbsent(BACKEND + "password", cluster.password() == null ? "" : cluster.password());
        }
        hibernate.putIfAbsent(BACKEND + "analysis.configurer", "class:" + OpenSearchAnalysisConfigurer.class.getName());
        hibernate.putIfAbsent(BACKEND + "layout.strategy", layout(cluster.indexPrefix()));
        hibernate.putIfAbsent(SEARCH + "indexing.plan.synchronization.strategy", "sync");
        // several nodes starting at once would each create the index, and all but one fail to start:
        // OpenSearchSchema creates it, or validates the one another node made meanwhile
        if (!hibernate.containsKey(SCHEMA_MANAGEMENT)) {
            hibernate.put(SCHEMA_MANAGEMENT, "none");
            schemaManagedHere = true;
        }
    }

    /**
     * Whether {@link OpenSearchSchema} creates or validates the index at start, instead of Hibernate
     * Search (on OpenSearch, unless {@code hibernate.search.schema_management.strategy} is set).
     */
    boolean schemaManagedHere() {
        return schemaManagedHere;
    }

    /**
     * The names of the index on OpenSearch: the prefix, the index's name and its layout
     * ({@link InsightIndex#LAYOUT}), as {@code tandem-insight-v4-000001} with the aliases
     * {@code tandem-insight-v4-write} and {@code -read}. A new layout is a new index, which starts
     * empty, so that {@link InsightIndex} fills it from the database at the next start.
     */
    static IndexLayoutStrategy layout(String prefix) {
        return new IndexLayoutStrategy() {
            @Override
            public String createInitialElasticsearchIndexName(String index) {
                return name(index) + "-000001";
            }

            @Override
            public String createWriteAlias(String index) {
                return name(index) + "-write";
            }

            @Override
            public String createReadAlias(String index) {
                return name(index) + "-read";
            }

            @Override
            public String extractUniqueKeyFromHibernateSearchIndexName(String index) {
                return name(index);
            }

            @Override
            public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndex) {
                return elasticsearchIndex.replaceFirst("-\\d+$", "");
            }

            private String name(String index) {
                return prefix + index + "-v" + InsightIndex.LAYOUT;
            }
        };
    }
}

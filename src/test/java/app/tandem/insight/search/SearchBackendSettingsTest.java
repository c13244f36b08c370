package app.tandem.insight.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.insight.InsightIndex;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The Hibernate Search settings each backend of tandem.search gives. */
class SearchBackendSettingsTest {

    private static final MockEnvironment ENVIRONMENT =
            new MockEnvironment().withProperty("tandem.data-dir", "/srv/tandem");

    private static Map<String, Object> settings(SearchProperties properties, Map<String, Object> given) {
        Map<String, Object> hibernate = new HashMap<>(given);
        new SearchBackendSettings(properties, ENVIRONMENT).customize(hibernate);
        return hibernate;
    }

    private static SearchProperties.OpenSearch cluster(String username, String password) {
        return new SearchProperties.OpenSearch(List.of("os1:9200", "os2:9200"), "https", username, password, "acme-");
    }

    @Test
    void luceneKeepsTheIndexInTheDataFolderAndSpeaksToNoCluster() {
        SearchProperties lucene = new SearchProperties(
                SearchProperties.Backend.LUCENE, new SearchProperties.Lucene(null), cluster("", ""));
        Map<String, Object> hibernate = settings(lucene, Map.of());

        assertThat(hibernate)
                .containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry(
                        "hibernate.search.backend.directory.root",
                        Path.of("/srv/tandem/index").toString())
                .containsEntry(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + InsightAnalysisConfigurer.class.getName())
                .doesNotContainKeys(
                        "hibernate.search.backend.hosts", "hibernate.search.indexing.plan.synchronization.strategy");
    }

    @Test
    void openSearchGetsTheHostsProtocolAndAccountAndNoFolder() {
        SearchProperties openSearch = new SearchProperties(
                SearchProperties.Backend.OPENSEARCH,
                new SearchProperties.Lucene(Path.of("/srv/tandem/index")),
                cluster("tandem", "s3cret"));
        Map<String, Object> hibernate = settings(openSearch, Map.of());

        assertThat(hibernate)
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.hosts", "os1:9200,os2:9200")
                .containsEntry("hibernate.search.backend.protocol", "https")
                .containsEntry("hibernate.search.backend.username", "tandem")
                .containsEntry("hibernate.search.backend.password", "s3cret")
                .containsEntry(
                        "hibernate.search.backend.analysis.configurer",
                        "class:" + OpenSearchAnalysisConfigurer.class.getName())
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "sync")
                .doesNotContainKey("hibernate.search.backend.directory.root");
        IndexLayoutStrategy layout = (IndexLayoutStrategy) hibernate.get("hibernate.search.backend.layout.strategy");
        String name = "acme-insight-v" + InsightIndex.LAYOUT;
        assertThat(layout.createInitialElasticsearchIndexName("insight")).isEqualTo(name + "-000001");
        assertThat(layout.createWriteAlias("insight")).isEqualTo(name + "-write");
        assertThat(layout.createReadAlias("insight")).isEqualTo(name + "-read");
        assertThat(layout.extractUniqueKeyFromElasticsearchIndexName(name + "-000002"))
                .isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("insight"));
    }

    @Test
    void openSearchWithoutAUserSignsInWithNoAccount() {
        SearchProperties openSearch = new SearchProperties(
                SearchProperties.Backend.OPENSEARCH, new SearchProperties.Lucene(null), cluster("", ""));

        assertThat(settings(openSearch, Map.of()))
                .doesNotContainKeys("hibernate.search.backend.username", "hibernate.search.backend.password");
    }

    @Test
    void aHibernateSearchSettingGivenDirectlyWins() {
        SearchProperties openSearch = new SearchProperties(
                SearchProperties.Backend.OPENSEARCH, new SearchProperties.Lucene(null), cluster("", ""));

        assertThat(settings(
                        openSearch, Map.of("hibernate.search.indexing.plan.synchronization.strategy", "write-sync")))
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "write-sync");
    }
}

package app.tandem.insight.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The "english" analyzer of {@link InsightAnalysisConfigurer} on OpenSearch: the same chain of
 * Lucene's tokenizer and filters, under OpenSearch's names (standard tokenizer, English possessive
 * dropped, lower case, accents folded, Porter stemmer). Change the two together.
 */
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.analyzer("english")
                .custom()
                .tokenizer("standard")
                .tokenFilters("english_possessive", "lowercase", "asciifolding", "porter_stem");
    }
}

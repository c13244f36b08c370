package app.tandem.insight.search;

import app.tandem.insight.InsightIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The "english" analyzer of the insight index: words split by Lucene's standard tokenizer, the
 * English possessive dropped, lower case, accents folded, and the Porter stemmer ("tickets" finds
 * "ticket"), as in Lucene's own English analyzer.
 *
 * <p>Lucene's Porter stemmer, not the Snowball one: the Snowball stemmer took more than half of the
 * indexing time of a large import, and the two stem English words alike. Changing this analysis
 * means the index must be rebuilt: raise {@link InsightIndex#LAYOUT} and the index is rebuilt at
 * the next start.
 */
public class InsightAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Lucene's names of the tokenizer and the filters, in order. */
    private static final String TOKENIZER = "standard";

    private static final List<String> FILTERS = List.of("englishPossessive", "lowercase", "asciiFolding", "porterStem");

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var analyzer = context.analyzer("english").custom().tokenizer(TOKENIZER);
        FILTERS.forEach(analyzer::tokenFilter);
    }

    /**
     * The same analysis as a Lucene analyzer of its own, for {@link InsightHighlighter}: the index's
     * analysis is not at hand in this process when the index is on OpenSearch.
     */
    static Analyzer english() {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(TOKENIZER);
            for (String filter : FILTERS) {
                builder.addTokenFilter(filter);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

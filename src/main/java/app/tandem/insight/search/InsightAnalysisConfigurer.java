package app.tandem.insight.search;

import app.tandem.insight.InsightIndex;
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

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("english")
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
    }
}

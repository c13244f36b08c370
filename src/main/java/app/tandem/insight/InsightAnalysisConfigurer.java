package app.tandem.insight;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The "english" analyzer of the insight index: words split by Lucene's standard tokenizer, lower
 * case, accents folded, English stemming ("tickets" finds "ticket").
 */
public class InsightAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("english")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("snowballPorter")
                .param("language", "English");
    }
}

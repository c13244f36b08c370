package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.insight.search.InsightHighlighter;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.lucene.search.IndexSearcher;

/**
 * Fuzzes the search's words on their way in and out: the count against {@link InsightSearch#MAX_WORDS}
 * (more is refused naming {@code q}), the words parsed in Lucene's simple query syntax with the
 * index's analysis (as the search parses them), and the titles and snippets marked with them,
 * which must come out as escaped text whose only tags are {@code <mark>}. The one refusal besides
 * too many words is Lucene's clause limit, which the search turns into a 400 naming {@code q}.
 * Seed corpus: {@code src/test/resources/app/tandem/insight/SearchWordsFuzzingInputs}.
 */
class SearchWordsFuzzing {

    private static final InsightHighlighter HIGHLIGHTER = new InsightHighlighter();

    @FuzzTest(maxDuration = "5s")
    void wordsAreCountedParsedAndMarkedAsText(FuzzedDataProvider data) {
        String q = data.consumeString(600);
        String title = data.consumeString(300);
        String text = data.consumeRemainingAsString();
        InsightSearch search = new InsightSearch(q, null, null, null, null, null, null, null, null, null, null);
        try {
            search.check();
        } catch (InsightSearch.TooManyWords refused) {
            assertThat(refused.field()).isEqualTo("q");
            assertThat(InsightSearch.wordCount(q)).isGreaterThan(InsightSearch.MAX_WORDS);
            return;
        }
        InsightHighlighter.Marks marks;
        try {
            marks = HIGHLIGHTER.forWords(q);
        } catch (IndexSearcher.TooManyClauses refused) {
            return;
        }
        for (String marked : new String[] {marks.title(title), marks.snippet(text)}) {
            String html = InsightHighlighter.markup(marked);
            String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
            assertThat(withoutMarks).as("markup of %s", marked).doesNotContain("<", ">", "\"");
        }
    }
}

package app.tandem.insight.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

/** The marks in search results, with the same analysis as the index's "english" analyzer. */
class InsightHighlighterTest {

    private final Analyzer english = english();

    private static Analyzer english() {
        try {
            // the chain InsightAnalysisConfigurer gives Hibernate Search
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("porterStem")
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void marksEveryWordOfTheSearchInTheTitleAndTheTextAsTheSearchMatchedIt() {
        InsightHighlighter.Marks marks = InsightHighlighter.marks(english, "tickets savings");
        assertThat(InsightHighlighter.markup(marks.title("Users open a ticket about Savings goals")))
                .isEqualTo("Users open a <mark>ticket</mark> about <mark>Savings</mark> goals");
        assertThat(InsightHighlighter.markup(marks.snippet("Three tickets <b>said</b> the saving screen is hidden")))
                .isEqualTo(
                        "Three <mark>tickets</mark> &lt;b&gt;said&lt;/b&gt; the <mark>saving</mark> screen is hidden");
    }

    @Test
    void showsTheTitleAndTheBeginningOfTheTextWhenNoWordMatches() {
        InsightHighlighter.Marks marks = InsightHighlighter.marks(english, "export");
        String text = "word ".repeat(100).strip();
        assertThat(marks.title("Nothing here")).isEqualTo("Nothing here");
        assertThat(marks.snippet(text))
                .hasSizeLessThanOrEqualTo(InsightHighlighter.SNIPPET_LENGTH)
                .startsWith("word word");
        assertThat(InsightHighlighter.marks(english, "  ").snippet("short text"))
                .isEqualTo("short text");
    }

    @Test
    void aPrefixOrAFuzzyWordMarksTheWordsItFindsAndAnExcludedPrefixMarksNone() {
        assertThat(InsightHighlighter.markup(
                        InsightHighlighter.marks(english, "jarg*").title("Too much Jargon in the jargony help")))
                .isEqualTo("Too much <mark>Jargon</mark> in the <mark>jargony</mark> help");
        assertThat(InsightHighlighter.markup(
                        InsightHighlighter.marks(english, "exprot~1").title("The export broke")))
                .isEqualTo("The <mark>export</mark> broke");
        assertThat(InsightHighlighter.markup(
                        InsightHighlighter.marks(english, "help -jarg*").title("Jargon in the help")))
                .isEqualTo("Jargon in the <mark>help</mark>");
    }

    @Test
    void aFuzzyWordTooLongToExpandMarksTheOtherWords() {
        String word = "ab".repeat(150);
        assertThat(InsightHighlighter.markup(
                        InsightHighlighter.marks(english, word + "~2 export").title("The export of " + word)))
                .startsWith("The <mark>export</mark> of ");
    }

    @Test
    void theSnippetIsThePassageWithTheWordsOfALongText() {
        String text = "filler ".repeat(200) + "the export to the accountant failed " + "filler ".repeat(200);
        String snippet = InsightHighlighter.marks(english, "accountant").snippet(text);
        assertThat(snippet)
                .contains("\uE000accountant\uE001")
                .hasSizeLessThanOrEqualTo(InsightHighlighter.SNIPPET_LENGTH + 20);
    }

    @Test
    void understandsTheSearchSyntaxPhrasesExclusionsAndPrefixesWithoutFailing() {
        InsightHighlighter.Marks marks = InsightHighlighter.marks(english, "\"savings goal\" -export budg*");
        // the phrase's words are marked, the excluded word is not, a prefix marks the words it matches
        assertThat(InsightHighlighter.markup(
                        marks.snippet("The savings goal screen, the export and the budget, budgeting, a bug")))
                .isEqualTo("The <mark>savings</mark> <mark>goal</mark> screen, the export and the"
                        + " <mark>budget</mark>, <mark>budgeting</mark>, a bug");
        assertThat(InsightHighlighter.marks(english, "\"unclosed (").title("An unclosed quote"))
                .isEqualTo("An <mark>unclosed</mark> quote"
                        .replace("<mark>", "\uE000")
                        .replace("</mark>", "\uE001"));
    }
}

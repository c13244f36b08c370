package app.tandem.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.insight.EvidenceStrength;
import app.tandem.insight.InsightDraft;
import app.tandem.insight.SourceType;
import app.tandem.insight.search.InsightHighlighter;
import app.tandem.support.InvalidInput;
import app.tandem.support.Markdown;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightTest {

    private static InsightDraft draft(String title, String body, int sentiment, int reach, List<String> tags) {
        return new InsightDraft(
                title,
                body,
                SourceType.INTERVIEW,
                null,
                LocalDate.now(),
                null,
                sentiment,
                reach,
                EvidenceStrength.PATTERN,
                tags,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void highlightsAreEscapedExceptTheMarks() {
        String html = InsightHighlighter.markup("<script>alert(1)</script> users \uE000drop\uE001 off");
        assertThat(html).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; users <mark>drop</mark> off");
        assertThat(InsightHighlighter.markup("Tom & Jerry")).isEqualTo("Tom &amp; Jerry");
    }

    @Test
    void tagsAreLowercaseHyphenatedAndUnique() {
        assertThat(Insight.normalizeTags(List.of("Onboarding", " savings goals ", "onboarding", "")))
                .containsExactly("onboarding", "savings-goals");
    }

    @Test
    void refusesAnInsightWithoutTitleOrWithSentimentOutOfRange() {
        assertThatThrownBy(() -> new Insight(1, 1L, draft(" ", "", 0, 1, List.of())))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("title");
        assertThatThrownBy(() -> new Insight(1, 1L, draft("t", "", 3, 1, List.of())))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("sentiment");
        assertThatThrownBy(() -> new Insight(1, 1L, draft("t", "", 0, -1, List.of())))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("reach");
    }

    @Test
    void theContentHashIgnoresCaseAndSurroundingSpace() {
        assertThat(Insight.hash("Users drop off ", "After email 2"))
                .isEqualTo(Insight.hash("users drop off", " after email 2"));
        assertThat(Insight.hash("Users drop off", "After email 2"))
                .isNotEqualTo(Insight.hash("Users drop off", "After email 3"));
    }

    @Test
    void markdownIsRenderedWithoutRawHtmlOrScriptLinks() {
        Markdown markdown = new Markdown();
        String html = markdown.toSafeHtml("**bold** <img src=x onerror=alert(1)> [x](javascript:alert(1))");
        assertThat(html)
                .contains("<strong>bold</strong>")
                .contains("&lt;img")
                .doesNotContain("<img")
                .doesNotContain("javascript:");
    }

    @Test
    void theTextUnderASearchResultIsPlainTextWithoutMarkdownMarks() {
        Markdown markdown = new Markdown();
        String text = markdown.toPlainText(
                "6 of 8 did not find *Savings goals*; most looked under **Budget** <b>x</b> [menu](https://x.test)");
        assertThat(text)
                .startsWith("6 of 8 did not find Savings goals; most looked under Budget")
                .doesNotContain("*")
                .doesNotContain("](");
        // raw HTML stays text, escaped only where it is shown
        assertThat(InsightHighlighter.markup(text)).contains("&lt;b&gt;x&lt;/b&gt;");
    }
}

package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    /** A support ticket's text, lines as its customer wrote them (an import, December 2026). */
    @Test
    void aLineBreakWithinAParagraphIsKept() {
        assertThat(markdown.toSafeHtml("Line one\r\nLine two\nLine three\n\nNext <b>paragraph</b>"))
                .isEqualTo(
                        "<p>Line one<br />\nLine two<br />\nLine three</p>\n<p>Next &lt;b&gt;paragraph&lt;/b&gt;</p>\n");
    }

    @Test
    void keepsWebAndMailLinks() {
        assertThat(markdown.toSafeHtml("[site](https://budgetly.example/help) and [mail](mailto:ana@example.com)"))
                .contains("href=\"https://budgetly.example/help\"")
                .contains("href=\"mailto:ana@example.com\"");
        assertThat(markdown.toSafeHtml("[plain](http://budgetly.example)"))
                .contains("href=\"http://budgetly.example\"");
        assertThat(markdown.toSafeHtml("[insight](/w/budgetly/insights/3)"))
                .contains("href=\"/w/budgetly/insights/3\"");
    }

    @Test
    void aDataLinkIsNotClickable() {
        String html = markdown.toSafeHtml("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");
        assertThat(html).doesNotContainIgnoringCase("data:").doesNotContain("href=");
        assertThat(html).contains("x");
    }

    @Test
    void aScriptLinkIsNotClickable() {
        String html = markdown.toSafeHtml("[x](javascript:alert(1)) [y](JavaScript:alert(2)) [z]( vbscript:msgbox(3))");
        assertThat(html).doesNotContainIgnoringCase("script:").doesNotContain("href=");
    }

    @Test
    void anImageMayNotComeFromData() {
        String html = markdown.toSafeHtml("![pixel](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)");
        assertThat(html).doesNotContainIgnoringCase("data:");
    }

    @Test
    void anAutolinkToDataIsNotClickable() {
        assertThat(markdown.toSafeHtml("<data:text/html,hi>")).doesNotContain("href=");
    }
}

package app.tandem.meeting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void markdownAndHtmlInPeoplesTextStayText() {
        assertThat(MarkdownText.inline("**urgent** [click](javascript:x) <script>a & b</script>"))
                .isEqualTo("\\*\\*urgent\\*\\* \\[click\\]\\(javascript:x\\) &lt;script\\>a &amp; b&lt;/script\\>");
        assertThat(MarkdownText.inline("# not a heading\n- not a list")).isEqualTo("\\# not a heading \\- not a list");
    }

    @Test
    void linesOfLongerTextStayInTheirListItem() {
        assertThat(MarkdownText.indented("first line\n\n1. second", 2)).isEqualTo("first line\n\n  1\\. second");
        assertThat(MarkdownText.inline(null)).isEmpty();
    }
}

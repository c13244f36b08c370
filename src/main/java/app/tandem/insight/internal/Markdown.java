package app.tandem.insight.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders an insight's Markdown as safe HTML with commonmark-java: raw HTML in the text is escaped
 * and link targets such as {@code javascript:} are removed. Also as plain text, for the passage
 * shown under a search result.
 */
@Component
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    public String toSafeHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** The text without its Markdown marks ({@code *}, {@code **}, {@code #}, link syntax), still to be escaped. */
    public String toPlainText(String markdown) {
        return text.render(parser.parse(markdown));
    }
}

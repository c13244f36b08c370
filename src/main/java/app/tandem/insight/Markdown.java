package app.tandem.insight;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders an insight's Markdown as safe HTML with commonmark-java: raw HTML in the text is escaped
 * and link targets such as {@code javascript:} are removed.
 */
@Component
class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String toSafeHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}

package app.tandem.support;

import java.util.List;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders Markdown (an insight's text, an initiative's description) as safe HTML with commonmark-java: raw HTML in the text is escaped,
 * and links and images keep their target only when it is {@code http}, {@code https} or
 * {@code mailto} (or has no scheme, such as {@code /w/budgetly/insights/3}). Any other target
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, ...) is dropped: the link's text stays,
 * without an {@code href} to click. Also as plain text, for the passage shown under a search
 * result. A line break within a paragraph is kept.
 */
@Component
public class Markdown {

    /** The only schemes a link or an image may name. */
    static final List<String> SCHEMES = List.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            // a line break typed (or imported with a support ticket's text) is one on the page, as in
            // the comments of GitHub or Jira: Markdown's own rule joined the lines into one
            .softbreak("<br />\n")
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(SCHEMES))
            // a refused target becomes an empty href or src, which would still point at the page itself
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link && attributes.getOrDefault("href", "").isEmpty()) {
                    attributes.remove("href");
                }
                if (node instanceof Image && attributes.getOrDefault("src", "").isEmpty()) {
                    attributes.remove("src");
                }
            })
            .build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    public String toSafeHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** The text without its Markdown marks ({@code *}, {@code **}, {@code #}, link syntax), still to be escaped. */
    public String toPlainText(String markdown) {
        return text.render(parser.parse(markdown));
    }
}

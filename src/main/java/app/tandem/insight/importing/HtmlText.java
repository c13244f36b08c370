package app.tandem.insight.importing;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a cell a support tool wrote as HTML (Freshdesk's and Intercom's descriptions: {@code
 * <div>Since the update <b>nothing</b> syncs.</div><div><br></div>...}), as the Markdown an
 * insight's text is: paragraphs and line breaks kept, list items as {@code - }, a link as its text
 * with its address, every other tag left out and entities decoded (jsoup parses it as a browser
 * would). Text that is not HTML is kept as it is.
 */
final class HtmlText {

    /** A tag of the kinds such tools write: what makes a cell HTML rather than text with a {@code <}. */
    private static final Pattern TAG = Pattern.compile(
            "<(p|div|br|span|ul|ol|li|b|strong|i|em|u|a|h[1-6]|table|tr|td|blockquote|pre|code|font|img)(\\s[^>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote", "pre");

    private HtmlText() {}

    static boolean isHtml(String text) {
        return TAG.matcher(text).find();
    }

    /** The text of {@code cell} when it is HTML; otherwise {@code cell}. */
    static String of(String cell) {
        if (!isHtml(cell)) {
            return cell;
        }
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(cell).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (tag.equals("li")) {
                        breaks(out, 1);
                        out.append("- ");
                    } else if (BLOCKS.contains(tag)) {
                        breaks(out, 2);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    String href = element.attr("href");
                    if (tag.equals("a") && !href.isBlank() && !element.text().equals(href)) {
                        out.append(" (").append(href.strip()).append(')');
                    } else if (tag.equals("li")) {
                        breaks(out, 1);
                    } else if (BLOCKS.contains(tag)) {
                        breaks(out, 2);
                    }
                }
            }
        });
        return out.toString()
                .replace('\u00a0', ' ')
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** Ends the text so far with {@code count} line breaks (1: a line's, 2: a paragraph's), unless empty. */
    private static void breaks(StringBuilder out, int count) {
        if (out.isEmpty()) {
            return;
        }
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            have++;
        }
        for (; have < count; have++) {
            out.append('\n');
        }
    }
}

package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes the Markdown renderer that shows insight bodies, minutes and comments: whatever is typed,
 * the HTML holds only the elements CommonMark writes (typed HTML is escaped), no event-handler
 * attribute, and no link or image to a scheme other than http, https and mailto. Seed corpus:
 * {@code src/test/resources/app/tandem/support/MarkdownFuzzingInputs}.
 */
class MarkdownFuzzing {

    private static final Markdown MARKDOWN = new Markdown();

    private static final Set<String> ELEMENTS = Set.of(
            "p",
            "em",
            "strong",
            "a",
            "img",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "br");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\s(href|src)=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z-]+)=\"[^\"]*\"");

    @FuzzTest(maxDuration = "5s")
    void typedTextNeverBecomesActiveHtml(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();

        String html = MARKDOWN.toSafeHtml(typed);
        MARKDOWN.toPlainText(typed);

        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(2).toLowerCase(Locale.ROOT);
            assertThat(ELEMENTS).as("element <%s> in %s", element, html).contains(element);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                assertThat(Set.of("href", "src", "alt", "title", "class", "start", "rel"))
                        .as("attribute %s in %s", attribute.group(1), html)
                        .contains(attribute.group(1).toLowerCase(Locale.ROOT));
            }
            Matcher url = URL_ATTRIBUTE.matcher(tag.group(3));
            while (url.find()) {
                Matcher scheme = SCHEME.matcher(url.group(2).strip());
                if (scheme.find()) {
                    assertThat(Set.of("http", "https", "mailto"))
                            .as("the link %s in %s", url.group(2), html)
                            .contains(scheme.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<iframe", "<style", "<svg");
    }
}

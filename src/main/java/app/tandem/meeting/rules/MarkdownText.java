package app.tandem.meeting.rules;

import org.jspecify.annotations.Nullable;

/**
 * People's text written into Markdown as text: every character Markdown gives a meaning to is
 * escaped with a backslash, and {@code <} and {@code &} become entities, so a title such as
 * {@code **urgent** <script>} reads as typed in any Markdown viewer and never turns into markup or a
 * link. Line breaks stay line breaks inside the element they are in ({@link #indented}).
 */
public final class MarkdownText {

    private static final String SPECIAL = "\\`*_{}[]()#+-.!|>~";

    private MarkdownText() {}

    /** {@code text} on one line, escaped; line breaks become spaces. */
    public static String inline(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return escape(text.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    /**
     * {@code text} escaped, its lines after the first indented by {@code indent} spaces so they stay in
     * the list item they belong to; blank lines are kept as paragraph breaks.
     */
    public static String indented(@Nullable String text, int indent) {
        if (text == null) {
            return "";
        }
        String pad = " ".repeat(indent);
        String[] lines = text.strip().split("\\R", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
                if (!lines[i].isBlank()) {
                    out.append(pad);
                }
            }
            out.append(escape(lines[i].strip()));
        }
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}

package app.tandem.support;

import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What is wrong with a typed web address in words a person acts on. {@link java.net.URI} says "Illegal
 * character in query at index 31"; a person who pasted {@code https://example.com/?q=<y>} needs to know
 * which character, and what to do about it.
 */
public final class WebAddresses {

    private WebAddresses() {}

    /**
     * Whether the text means to be a web address ({@code http://} or {@code https://}, in any case): a
     * character it cannot hold is then worth naming; other text is no address at all.
     */
    public static boolean looksLikeOne(String text) {
        String start = text.strip().toLowerCase(Locale.ROOT);
        return start.startsWith("http://") || start.startsWith("https://");
    }

    /** The sentence for an address {@link java.net.URI} could not read. */
    public static String unreadable(String address, URISyntaxException e) {
        int at = e.getIndex();
        if (at >= 0 && at < address.length()) {
            int c = address.codePointAt(at);
            String shown = Character.isWhitespace(c) ? "A space" : "The character ‘" + Character.toString(c) + "’";
            return shown + " (character " + (at + 1) + ") cannot stand in a web address as it is: write it as "
                    + percent(c) + ", as a browser's address bar does when you copy from it.";
        }
        return "This is not a web address a browser could open: check what was pasted.";
    }

    private static String percent(int codePoint) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : Character.toString(codePoint).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return encoded.toString();
    }
}

package app.tandem.support;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The separator of a CSV file, as its header line shows it: of comma, semicolon (Excel writes it
 * where the decimal mark is a comma) and tab, the one the first line holds most of outside quotes;
 * a comma when none. Comment lines before it ({@link #isComment}) are passed over.
 */
public final class CsvSeparator {

    /** How much of a file's start is looked at for its first line. */
    public static final int LOOK_AT = 64 * 1024;

    private CsvSeparator() {}

    /**
     * The separator of the text {@code in} starts with, looked at ahead: {@code in} is marked and
     * reset, so its reading starts where it did. Reads what has arrived of its first {@link #LOOK_AT}
     * characters, never waiting for more.
     */
    public static char ahead(BufferedReader in) throws IOException {
        in.mark(LOOK_AT);
        char[] start = new char[LOOK_AT];
        int length = Math.max(0, in.read(start));
        in.reset();
        return of(new String(start, 0, length));
    }

    public static char of(CharSequence start) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        int first = 0;
        while (first < start.length() && isComment(start, first)) {
            while (first < start.length() && start.charAt(first) != '\n') {
                first++;
            }
            first++;
        }
        for (int i = first; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /**
     * Whether the line starting at {@code at} is a comment, as analytics tools write above a table
     * (Google Analytics 4: {@code # Start date: 20261101}): a {@code #} followed by anything but a
     * separator ({@code #,Subject} is a header whose first column is named {@code #}).
     */
    public static boolean isComment(CharSequence text, int at) {
        if (at >= text.length() || text.charAt(at) != '#') {
            return false;
        }
        if (at + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(at + 1);
        return next != ',' && next != ';' && next != '\t';
    }
}

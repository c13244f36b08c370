package app.tandem.support;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The separator of a CSV file, as its header line shows it: of comma, semicolon (Excel writes it
 * where the decimal mark is a comma) and tab, the one the first line holds most of outside quotes;
 * a comma when none. Comment lines before it ({@link #isComment}) are passed over, and a first line
 * {@code sep=;} (Excel's hint, which tools write so that Excel opens the file right: {@link
 * #isSeparatorHint}) names it.
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
        int hint = first + HINT.length();
        if (start.length() > hint
                && start.subSequence(first, hint).toString().equalsIgnoreCase(HINT)
                && (start.length() == hint + 1 || start.charAt(hint + 1) == '\r' || start.charAt(hint + 1) == '\n')) {
            char named = start.charAt(hint);
            if (named == ',' || named == ';' || named == '\t') {
                return named;
            }
            // (one Tandem does not read, such as '|': the header's line says)
            first = hint + 1;
            while (first < start.length() && (start.charAt(first) == '\r' || start.charAt(first) == '\n')) {
                first++;
            }
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

    private static final String HINT = "sep=";

    /**
     * Whether a file's record is Excel's separator hint, {@code sep=;} (or {@code sep=,}, {@code
     * sep=} and a tab) on a line of its own before the header: an import passes over it as over a
     * blank line, and its lines keep their numbers.
     */
    public static boolean isSeparatorHint(String[] cells) {
        if (cells.length == 0 || cells.length > 2 || (cells.length == 2 && !cells[1].isEmpty())) {
            return false;
        }
        String first = cells[0].startsWith("\uFEFF") ? cells[0].substring(1) : cells[0];
        // (sep=| with another separator: the whole line is one cell)
        return first.equalsIgnoreCase(HINT)
                || (cells.length == 1
                        && first.length() == HINT.length() + 1
                        && first.regionMatches(true, 0, HINT, 0, HINT.length()));
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

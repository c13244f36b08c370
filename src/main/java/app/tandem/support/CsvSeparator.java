package app.tandem.support;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The separator of a CSV file, as its header line shows it: of comma, semicolon (Excel writes it
 * where the decimal mark is a comma) and tab, the one the first line holds most of outside quotes;
 * a comma when none.
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
        for (int i = 0; i < start.length(); i++) {
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
}

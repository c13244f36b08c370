package app.tandem.support;

/**
 * The separator of a CSV file, as its header line shows it: of comma, semicolon (Excel writes it
 * where the decimal mark is a comma) and tab, the one the first line holds most of outside quotes;
 * a comma when none.
 */
public final class CsvSeparator {

    /** How much of a file's start is looked at for its first line. */
    public static final int LOOK_AT = 64 * 1024;

    private CsvSeparator() {}

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

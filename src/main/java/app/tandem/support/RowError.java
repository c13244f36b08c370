package app.tandem.support;

/**
 * A wrong row of an imported file, as every import reports it: the line (a CSV file's header is
 * line 1), the field and what is wrong with it.
 */
public record RowError(int line, String field, String message) {

    /**
     * Whether {@code errors} are all about the file as a whole (its header, its bytes, its length),
     * none about a row: then no row was read, and saving "the good rows" would save none; what the
     * person is told to do says so.
     */
    public static boolean aboutTheFile(java.util.List<RowError> errors) {
        return !errors.isEmpty()
                && errors.stream()
                        .allMatch(e -> e.field().equals("header") || e.field().equals("file"));
    }

    /** What a page says above the errors of an import that saved nothing: how many, and what to do. */
    public static String nothingSaved(java.util.List<RowError> errors) {
        return aboutTheFile(errors)
                ? "Nothing was saved: the file cannot be read as it is. Fix it as said below and upload it again."
                : "Nothing was saved: " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                        + " in the file. Fix and upload again, or tick “Save the good rows”.";
    }

    /** "Line 4, date: 'yesterday' is not a date; use YYYY-MM-DD." */
    public String describe() {
        return "Line " + line + ", " + field + ": " + message;
    }
}

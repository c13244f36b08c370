package app.tandem.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Days and numbers as spreadsheets and other tools write them in CSV exports, read alike by every
 * import of records (KPI measurements, KPIs, initiatives). Anything that could mean two things is
 * not guessed at: it is an error on its row.
 */
public final class CsvValues {

    /** What an error on a day asks for. */
    public static final String DAY_FORMATS = "use YYYY-MM-DD (or DD.MM.YYYY, or YYYYMMDD)";

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
    private static final Pattern BASIC_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DOTTED_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern JIRA_DAY = Pattern.compile("(\\d{1,2})/([A-Za-z]{3})/(\\d{2}|\\d{4})(?: .*)?");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static final Pattern SPACED_THOUSANDS = Pattern.compile("-?\\d{1,3}([ \u00A0\u202F]\\d{3})+([.,]\\d+)?");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DOT_THOUSANDS =
            Pattern.compile("-?\\d{1,3}(\\.\\d{3})+,\\d+|-?\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d*,\\d+");
    private static final Pattern ONE_DOT_GROUP = Pattern.compile("-?[1-9]\\d{0,2}\\.\\d{3}");
    private static final Pattern LETTERS = Pattern.compile(".*[a-zA-Z].*");

    private CsvValues() {}

    /**
     * A cell's day: {@code YYYY-MM-DD} (a time after it is ignored, as spreadsheets write one),
     * {@code YYYYMMDD} (Google Analytics' exports), {@code DD.MM.YYYY} (Excel's where dates are
     * written with dots, always day first) or {@code DD/Mon/YY} (Jira's exports, {@code 31/Jan/27},
     * a time after it ignored: the month in English words says which is the day); null for anything
     * else. Days with slashes are left
     * out: 03/04/2026 is the third of April or the fourth of March depending on who wrote it.
     */
    public static @Nullable LocalDate day(String text) {
        for (Pattern pattern : List.of(ISO_DAY, BASIC_DAY)) {
            Matcher day = pattern.matcher(text);
            if (day.matches()) {
                return day(day.group(1), day.group(2), day.group(3));
            }
        }
        Matcher dotted = DOTTED_DAY.matcher(text);
        if (dotted.matches()) {
            return day(dotted.group(3), dotted.group(2), dotted.group(1));
        }
        Matcher jira = JIRA_DAY.matcher(text);
        int month = jira.matches() ? MONTHS.indexOf(jira.group(2).toLowerCase(Locale.ROOT)) + 1 : 0;
        if (month == 0) {
            return null;
        }
        String year = jira.group(3).length() == 2 ? "20" + jira.group(3) : jira.group(3);
        return day(year, String.valueOf(month), jira.group(1));
    }

    /**
     * What an error on a cell that is no day says: that the calendar has no such day when the cell is
     * written as a day is ({@code 31.02.2027}), or else how to write one.
     */
    public static String notADay(String text) {
        boolean written = ISO_DAY.matcher(text).matches()
                || BASIC_DAY.matcher(text).matches()
                || DOTTED_DAY.matcher(text).matches()
                || JIRA_DAY.matcher(text).matches();
        return written
                ? "'" + text + "' is no day of the calendar: check its day and month."
                : "'" + text + "' is not a date; " + DAY_FORMATS + ".";
    }

    private static @Nullable LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A cell's number: a dot for decimals, a trailing {@code %} allowed, thousands grouped by
     * spaces, or by commas ({@code 1,234.5}); with {@code decimalComma} (a file separated by
     * {@code ;}, as Excel writes one where the decimal mark is a comma) also a comma for decimals,
     * and thousands grouped by dots when a decimal comma or a second group says so ({@code 1.234,5},
     * {@code 1.234.567}); there {@code 1.234} alone could be either, and is no number ({@link
     * #ambiguity}). Null for anything else, exponents and infinities included.
     */
    public static @Nullable Double number(String text, boolean decimalComma) {
        if (ambiguity(text, decimalComma) != null) {
            return null;
        }
        String plain = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text.strip();
        if (SPACED_THOUSANDS.matcher(plain).matches()) {
            plain = plain.replaceAll("[ \u00A0\u202F]", "");
            if (decimalComma) {
                plain = plain.replace(',', '.');
            }
        } else if (decimalComma && DOT_THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(".", "").replace(',', '.');
        } else if (decimalComma && DECIMAL_COMMA.matcher(plain).matches()) {
            plain = plain.replace(',', '.');
        } else if (COMMA_THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(",", "");
        }
        if (LETTERS.matcher(plain).matches()) {
            return null;
        }
        try {
            double value = Double.parseDouble(plain);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Why a cell is no number though it looks like one, or null: in a file with decimal commas (a
     * file separated by {@code ;}) {@code 1.234} is a thousand two hundred and thirty-four as Excel
     * groups thousands there, or one point two three four as the tool that wrote it may have meant;
     * Tandem does not guess (it read 1.234 for a count of 1,234 active users, December 2026).
     */
    public static @Nullable String ambiguity(String text, boolean decimalComma) {
        String plain = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text.strip();
        if (!decimalComma || !ONE_DOT_GROUP.matcher(plain).matches()) {
            return null;
        }
        String thousands = plain.replace(".", "");
        return "'" + text + "' could be " + thousands + " or " + plain + ": write " + thousands + " for the one, "
                + plain.replace('.', ',') + " for the other.";
    }

    /**
     * What an error on a cell that is no number says: why it could be two numbers ({@link #ambiguity}),
     * or that it is none, and how to write one.
     */
    public static String notANumber(String text, boolean decimalComma) {
        String why = ambiguity(text, decimalComma);
        return why != null ? why : "'" + text + "' is not a number; " + numberFormats(decimalComma);
    }

    /** What an error on a number says after the number. */
    public static String numberFormats(boolean decimalComma) {
        return decimalComma ? "write it as 4.2 or 4,2." : "write it as 4.2 (a dot for decimals).";
    }

    /**
     * A cell of Tandem's own CSV export back to what it holds: the export puts a single quote before
     * text that starts like a spreadsheet formula ({@code = + - @}, a tab or a carriage return; see
     * {@code support.export.CsvExportWriter}), which a spreadsheet does not show, and an import drops
     * it, so "-20% churn" comes back as it was.
     */
    public static String unneutralised(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'') {
            switch (cell.charAt(1)) {
                case '=', '+', '-', '@', '\t', '\r' -> {
                    return cell.substring(1);
                }
                default -> {
                    return cell;
                }
            }
        }
        return cell;
    }
}

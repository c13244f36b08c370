package app.tandem.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
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

    private static final Pattern SPACED_THOUSANDS = Pattern.compile("-?\\d{1,3}([ \u00A0\u202F]\\d{3})+([.,]\\d+)?");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DOT_THOUSANDS =
            Pattern.compile("-?\\d{1,3}(\\.\\d{3})+,\\d+|-?\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d*,\\d+");
    private static final Pattern LETTERS = Pattern.compile(".*[a-zA-Z].*");

    private CsvValues() {}

    /**
     * A cell's day: {@code YYYY-MM-DD} (a time after it is ignored, as spreadsheets write one),
     * {@code YYYYMMDD} (Google Analytics' exports) or {@code DD.MM.YYYY} (Excel's where dates are
     * written with dots, always day first); null for anything else. Days with slashes are left
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
        return dotted.matches() ? day(dotted.group(3), dotted.group(2), dotted.group(1)) : null;
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
     * {@code 1.234.567}); {@code 1.234} alone is one point two three four. Null for anything else,
     * exponents and infinities included.
     */
    public static @Nullable Double number(String text, boolean decimalComma) {
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

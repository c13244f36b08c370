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
    public static final String DAY_FORMATS = "use YYYY-MM-DD (or DD.MM.YYYY, YYYYMMDD, or 25/12/2026 with slashes)";

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
    private static final Pattern BASIC_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DOTTED_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?: .*)?");
    private static final Pattern SLASHED_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: .*)?");
    private static final Pattern JIRA_DAY = Pattern.compile("(\\d{1,2})/([A-Za-z]{3})/(\\d{2}|\\d{4})(?: .*)?");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static final Pattern SPACED_THOUSANDS = Pattern.compile("-?\\d{1,3}([ \u00A0\u202F]\\d{3})+([.,]\\d+)?");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DOT_THOUSANDS =
            Pattern.compile("-?\\d{1,3}(\\.\\d{3})+,\\d+|-?\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d*,\\d+");
    private static final Pattern ONE_DOT_GROUP = Pattern.compile("-?[1-9]\\d{0,2}\\.\\d{3}");
    private static final Pattern ONE_COMMA_GROUP = Pattern.compile("-?[1-9]\\d{0,2},\\d{3}");
    private static final Pattern CURRENCY = Pattern.compile("\\p{Sc}");
    private static final Pattern MONEY =
            Pattern.compile("(-?)\\s*\\p{Sc}?\\s*(-?)(\\d[\\d., \u00A0\u202F]*)\\s*\\p{Sc}?");
    private static final Pattern LETTERS = Pattern.compile(".*[a-zA-Z].*");

    private CsvValues() {}

    /**
     * The decimal mark a file's numbers may have, as its separator says: a file separated by commas
     * has decimal points; one separated by {@code ;} (Excel's CSV where the decimal mark is a comma)
     * decimal commas, and decimal points where nothing else could be meant; one separated by tabs
     * (Excel's "Unicode Text", Google Sheets' TSV, which write numbers as the sheet's language does)
     * either, each number read by what it shows.
     */
    public enum Decimals {
        POINT,
        COMMA,
        EITHER;

        public static Decimals of(char separator) {
            return switch (separator) {
                case ';' -> COMMA;
                case '\t' -> EITHER;
                default -> POINT;
            };
        }

        boolean comma() {
            return this != POINT;
        }
    }

    /**
     * The order of day and month in a day written with slashes ({@code 25/12/2026}, {@code 12/25/2026}),
     * which only the day itself can show: French, British and German spreadsheets write the day first,
     * American ones the month.
     */
    public enum SlashOrder {
        DAY_FIRST,
        MONTH_FIRST;

        /**
         * The order {@code text} shows by itself: the one whose reading is a day of the calendar when
         * the other's is not ({@code 25/12/2026} day first); null when both or neither are, or it is no
         * day with slashes.
         */
        public static @Nullable SlashOrder of(String text) {
            Slashed slashed = Slashed.of(text);
            if (slashed == null || (slashed.dayFirst() == null) == (slashed.monthFirst() == null)) {
                return null;
            }
            return slashed.dayFirst() != null ? DAY_FIRST : MONTH_FIRST;
        }
    }

    /** A day written with slashes, read day first and month first: null where that is no day. */
    private record Slashed(
            @Nullable LocalDate dayFirst, @Nullable LocalDate monthFirst) {

        static @Nullable Slashed of(String text) {
            Matcher slashed = SLASHED_DAY.matcher(text);
            if (!slashed.matches()) {
                return null;
            }
            return new Slashed(
                    day(slashed.group(3), slashed.group(2), slashed.group(1)),
                    day(slashed.group(3), slashed.group(1), slashed.group(2)));
        }

        /** Whether both readings are days, and not the same one ({@code 04/12/2026}). */
        boolean eitherWay() {
            return dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst);
        }
    }

    /**
     * A cell's day: {@code YYYY-MM-DD} (a time after it is ignored, as spreadsheets write one),
     * {@code YYYYMMDD} (Google Analytics' exports), {@code DD.MM.YYYY} (Excel's where dates are
     * written with dots, always day first), {@code DD/Mon/YY} (Jira's exports, {@code 31/Jan/27},
     * a time after it ignored: the month in English words says which is the day), or with slashes
     * where only one reading is a day ({@code 25/12/2026}, {@code 12/25/2026}, {@code 4/4/2026}); null
     * for anything else: {@code 03/04/2026} is the third of April or the fourth of March depending on
     * who wrote it ({@link #day(String, SlashOrder)} reads it when the file's other days show which).
     */
    public static @Nullable LocalDate day(String text) {
        return day(text, null);
    }

    /**
     * A cell's day as {@link #day(String)} reads it, and a day with slashes that could be read either
     * way in {@code order} (the order the file's other days show), when given.
     */
    public static @Nullable LocalDate day(String text, @Nullable SlashOrder order) {
        if (noSuchTime(text) != null) {
            return null;
        }
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
        Slashed slashed = Slashed.of(text);
        if (slashed != null) {
            SlashOrder shown = SlashOrder.of(text);
            if (shown == null && order != null) {
                shown = order;
            }
            if (shown == null) {
                return slashed.eitherWay() ? null : slashed.dayFirst();
            }
            return shown == SlashOrder.DAY_FIRST ? slashed.dayFirst() : slashed.monthFirst();
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
     * Whether {@code text} is a day with slashes that is a different day of the calendar read day
     * first or month first ({@code 04/12/2026}).
     */
    public static boolean eitherWay(String text) {
        Slashed slashed = Slashed.of(text);
        return slashed != null && slashed.eitherWay();
    }

    /**
     * What an error on a cell that is no day says: the two days it could be when it has slashes and
     * either order gives one ({@code 04/12/2026}), that the calendar has no such day when the cell is
     * written as a day is ({@code 31.02.2027}), or else how to write one.
     */
    /** A time after a day: hours and minutes, maybe seconds. */
    private static final Pattern TIME =
            Pattern.compile("[T ,]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?");

    /**
     * The time written after the day when it is no time of a day ({@code 25:99}), or null: the day is
     * what is read, and a time that cannot be one says the cell is not what it seems.
     */
    public static @Nullable String noSuchTime(String value) {
        Matcher time = TIME.matcher(value);
        if (!time.find()) {
            return null;
        }
        int hours = Integer.parseInt(time.group(1));
        int minutes = Integer.parseInt(time.group(2));
        int seconds = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
        // (a clock of 12 hours: 13:00 PM and 0:00 AM are none)
        boolean twelve = time.group(4) != null;
        return hours > 24
                        || minutes > 59
                        || seconds > 60
                        || hours == 24 && minutes + seconds > 0
                        || twelve && (hours == 0 || hours > 12)
                ? time.group().substring(1).strip()
                : null;
    }

    public static String notADay(String text) {
        String time = noSuchTime(text);
        if (time != null) {
            return "'" + text + "' has " + time + " after its day, which is no time of a day: check the cell.";
        }
        Slashed slashed = Slashed.of(text);
        if (slashed != null
                && slashed.eitherWay()
                && slashed.dayFirst() instanceof LocalDate dayFirst
                && slashed.monthFirst() instanceof LocalDate monthFirst) {
            return "'" + text + "' could be " + DayWords.of(dayFirst) + " or " + DayWords.of(monthFirst) + ": write "
                    + dayFirst + " for the one, " + monthFirst + " for the other.";
        }
        boolean written = ISO_DAY.matcher(text).matches()
                || BASIC_DAY.matcher(text).matches()
                || DOTTED_DAY.matcher(text).matches()
                || SLASHED_DAY.matcher(text).matches()
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
     * A cell's number: a dot for decimals, a trailing {@code %} allowed, a currency's sign before
     * or after it ({@code 9,99 €}, {@code $1,200}), thousands grouped by spaces, or by commas ({@code
     * 1,234.5}); with {@link Decimals#COMMA} (a file separated by {@code ;}) also a comma for
     * decimals, and thousands grouped by dots when a decimal comma or a second group says so ({@code
     * 1.234,5}, {@code 1.234.567}); there {@code 1.234} alone could be either, and is no number
     * ({@link #ambiguity}). With {@link Decimals#EITHER} (a file separated by tabs) both marks, each
     * number read by what it shows ({@code 3,5}, {@code 1.234,5}, {@code 1,234.5}), {@code 1.234}
     * and {@code 1,234} no number. Null for anything else, exponents and infinities included.
     */
    public static @Nullable Double number(String text, Decimals given) {
        Decimals decimals = written(text, given);
        if (ambiguity(text, decimals) != null) {
            return null;
        }
        String plain = plain(text);
        if (SPACED_THOUSANDS.matcher(plain).matches()) {
            plain = plain.replaceAll("[ \u00A0\u202F]", "");
            if (decimals.comma()) {
                plain = plain.replace(',', '.');
            }
        } else if (decimals.comma() && DOT_THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(".", "").replace(',', '.');
        } else if (decimals.comma() && DECIMAL_COMMA.matcher(plain).matches()) {
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
     * The decimal mark a number may have: the file's, or either when a currency's sign follows it
     * ({@code 9,99 €}, as Europe writes an amount, quoted in a file separated by commas: its
     * {@code 1.234 €} had been read as one point two three four).
     */
    private static Decimals written(String text, Decimals decimals) {
        String stripped = text.strip();
        boolean signAfter = !stripped.isEmpty()
                && Character.getType(stripped.charAt(stripped.length() - 1)) == Character.CURRENCY_SYMBOL;
        return signAfter && decimals == Decimals.POINT ? Decimals.EITHER : decimals;
    }

    /** A number's text without a trailing {@code %}, or a currency's sign before or after it. */
    private static String plain(String text) {
        String plain = text.strip();
        if (plain.endsWith("%")) {
            return plain.substring(0, plain.length() - 1).strip();
        }
        Matcher money = MONEY.matcher(plain);
        return CURRENCY.matcher(plain).find() && money.matches()
                ? money.group(1) + money.group(2) + money.group(3).strip()
                : plain;
    }

    /**
     * Why a cell is no number though it looks like one, or null: in a file with decimal commas (a
     * file separated by {@code ;}) {@code 1.234} is a thousand two hundred and thirty-four as Excel
     * groups thousands there, or one point two three four as the tool that wrote it may have meant;
     * Tandem does not guess (it read 1.234 for a count of 1,234 active users, December 2026). In a
     * file that may have either mark (separated by tabs) {@code 1,234} is the same question.
     */
    public static @Nullable String ambiguity(String text, Decimals given) {
        Decimals decimals = written(text, given);
        String plain = plain(text);
        boolean dot = ONE_DOT_GROUP.matcher(plain).matches();
        boolean comma =
                decimals == Decimals.EITHER && ONE_COMMA_GROUP.matcher(plain).matches();
        if (!decimals.comma() || !(dot || comma)) {
            return null;
        }
        String thousands = plain.replaceAll("[.,]", "");
        String fraction = plain.replace(',', '.');
        return decimals == Decimals.EITHER
                ? "'" + text + "' could be " + thousands + " or " + fraction
                        + (given == Decimals.EITHER
                                ? " (a file separated by tabs may have either decimal mark)"
                                : " (an amount with its currency's sign after it may have either decimal mark)")
                        + ": write " + thousands + " for the one, " + fraction + "0 for the other."
                : "'" + text + "' could be " + thousands + " or " + fraction + ": write " + thousands + " for the one, "
                        + plain.replace('.', ',') + " for the other.";
    }

    /**
     * What an error on a cell that is no number says: why it could be two numbers ({@link #ambiguity}),
     * or that it is none, and how to write one.
     */
    public static String notANumber(String text, Decimals decimals) {
        String why = ambiguity(text, decimals);
        return why != null ? why : "'" + text + "' is not a number; " + numberFormats(decimals);
    }

    /** What an error on a number says after the number. */
    public static String numberFormats(Decimals decimals) {
        return decimals.comma() ? "write it as 4.2 or 4,2." : "write it as 4.2 (a dot for decimals).";
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

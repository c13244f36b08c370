package app.tandem.insight.importing;

import app.tandem.support.CsvValues;
import app.tandem.support.InvalidInput;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The dates of an export, as tools write them: {@code 2020-11-13} (with a time after it or not),
 * {@code 13-11-2020} or {@code 13/11/2020} (day first), {@code 11/13/2020} (month first, as US tools
 * write it), Excel's serial numbers ({@code 44148}: days since 30 December 1899) and Unix time
 * ({@code 1605225600}: seconds since 1970, the day in UTC). A person chooses
 * the format on the mapping page, or it is detected from the file's dates ({@link #detect}); the
 * import says which was used.
 */
@NamedInterface("importing")
public final class ImportDates {

    /** How the dates of a file are written; every format also reads {@code YYYY-MM-DD}. */
    public enum Format {
        /** Detected from the file's dates. */
        DETECT("Detect from the file", ""),
        ISO("YYYY-MM-DD (a time after it is fine)", "2020-11-13"),
        DAY_MONTH_YEAR("DD-MM-YYYY, DD/MM/YYYY or DD.MM.YYYY", "13-11-2020"),
        MONTH_DAY_YEAR("MM/DD/YYYY", "11/13/2020"),
        EXCEL("Excel serial numbers", "44148"),
        UNIX("Unix time (seconds since 1970, as Intercom's API writes it)", "1605225600");

        private final String label;
        private final String example;

        Format(String label, String example) {
            this.label = label;
            this.example = example;
        }

        /** What people call it. */
        public String label() {
            return label;
        }

        /** The 13th of November 2020 written in it. */
        public String example() {
            return example;
        }
    }

    /** The format the dates are read in, and whether it was detected. */
    public record Reading(Format format, boolean detected) {

        /** After an import: "Dates were read as DD-MM-YYYY (13-11-2020), detected from the file." */
        public String describe() {
            return "Dates were read as " + how();
        }

        /** Before an import (the mapping page): "Dates will be read as DD-MM-YYYY (13-11-2020), detected from the file." */
        public String describeAhead() {
            return "Dates will be read as " + how();
        }

        private String how() {
            return (format == Format.ISO ? "YYYY-MM-DD" : format.label()) + " (" + format.example() + ")"
                    + (detected ? ", detected from the file." : ", as chosen.");
        }
    }

    /** Excel's day 0 (its serial numbers count from here, leap-year bug and all after 1 March 1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** Serial numbers of 1 January 1950 to 31 December 2100: what detection takes for Excel dates. */
    private static final double EXCEL_LIKELY_FROM = 18_264;

    private static final double EXCEL_LIKELY_TO = 73_415;

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?:[T ,].*)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(?:\\.\\d+)?");
    /** Seconds since 1970 from 1973 to 2286 (nine or ten digits), as Intercom's API writes a time. */
    private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{9,10}");
    /** 13/Nov/20 (Jira), 13 Nov 2020, 13-November-2020: the month by name, so never ambiguous. */
    private static final Pattern DAY_NAMED_MONTH =
            Pattern.compile("(\\d{1,2})[-/ ]([A-Za-z]{3,9})\\.?[-/ ,]+(\\d{4}|\\d{2})(?:[ T,].*)?");
    /** Nov 13, 2020 and November 13 2020. */
    private static final Pattern NAMED_MONTH_DAY =
            Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?:[ T,].*)?");

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private ImportDates() {}

    /**
     * What the dates seen so far say about their format ({@link #see} each, then {@link #reading}):
     * a first number above 12 means day first, a second above 12 month first.
     */
    public static final class Detector {
        private int iso;
        private int numeric;
        private int dayFirstEvidence;
        private int monthFirstEvidence;
        private int slashes;
        private int serials;
        private int unixTimes;
        private int other;
        private boolean semicolons;
        /** The first date seen that is a different day read day first or month first (04/11/2025). */
        private @Nullable String eitherWay;

        /**
         * The file is CSV separated by {@code ;}: Excel writes it so where the decimal mark is a
         * comma, and there dates are written day first.
         */
        public void separatedBySemicolons() {
            semicolons = true;
        }

        public void see(String text) {
            String value = text.strip();
            if (ISO.matcher(value).matches() || named(value) != null) {
                iso++;
                return;
            }
            Matcher numericDate = NUMERIC.matcher(value);
            if (numericDate.matches()) {
                numeric++;
                if (numericDate.group(2).equals("/")) {
                    slashes++;
                }
                if (Integer.parseInt(numericDate.group(1)) > 12) {
                    dayFirstEvidence++;
                }
                if (Integer.parseInt(numericDate.group(3)) > 12) {
                    monthFirstEvidence++;
                }
                int first = Integer.parseInt(numericDate.group(1));
                int second = Integer.parseInt(numericDate.group(3));
                if (eitherWay == null && first != second && first >= 1 && second >= 1 && first <= 12 && second <= 12) {
                    eitherWay = value;
                }
                return;
            }
            if (SERIAL.matcher(value).matches()) {
                double serial = Double.parseDouble(value);
                if (serial >= EXCEL_LIKELY_FROM && serial <= EXCEL_LIKELY_TO) {
                    serials++;
                    return;
                }
            }
            if (UNIX_SECONDS.matcher(value).matches()) {
                unixTimes++;
                return;
            }
            other++;
        }

        /**
         * The format the dates seen are most likely in. Dates written with the day or the month
         * first that never say which (every number 12 or below) are read day first when written with
         * dots or dashes, and in a file separated by {@code ;} (European Excel's); with slashes, where
         * US tools write the month first and others the day, they are refused ({@link InvalidInput}
         * naming {@code dateFormat}) unless each is the same day either way (05/05/2025).
         */
        public Reading reading() {
            if (unixTimes > numeric + serials + iso) {
                return new Reading(Format.UNIX, true);
            }
            if (numeric == 0 && serials == 0) {
                return new Reading(Format.ISO, true);
            }
            if (serials > numeric) {
                return new Reading(Format.EXCEL, true);
            }
            if (dayFirstEvidence > 0 && monthFirstEvidence == 0) {
                return new Reading(Format.DAY_MONTH_YEAR, true);
            }
            if (monthFirstEvidence > 0 && dayFirstEvidence == 0) {
                return new Reading(Format.MONTH_DAY_YEAR, true);
            }
            if (dayFirstEvidence == 0 && slashes * 2 > numeric && !semicolons) {
                if (eitherWay != null) {
                    // US tools write the month first, French and British ones the day: nothing says
                    // which this file's are (its insights were dated by a guess until December 2026)
                    throw new InvalidInput(
                            "dateFormat",
                            "The dates could be read day first or month first ('" + eitherWay + "' could be either),"
                                    + " and no date in the file says which. Choose their format: day-month-year or"
                                    + " month-day-year (dateFormat in the API, --date-format on the command line,"
                                    + " the dates' format on the mapping page).");
                }
                return new Reading(Format.MONTH_DAY_YEAR, true);
            }
            return new Reading(Format.DAY_MONTH_YEAR, true);
        }

        /** Whether any date was seen at all. */
        public boolean sawAny() {
            return iso + numeric + serials + unixTimes + other > 0;
        }
    }

    /** The date {@code text} gives in {@code format}, or null when it is not a date in it. */
    public static @Nullable LocalDate parse(String text, Format format) {
        String value = text.strip();
        if (CsvValues.noSuchTime(value) != null) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            LocalDate named = named(value);
            if (named != null) {
                return named;
            }
            Matcher numeric = NUMERIC.matcher(value);
            if (numeric.matches() && (format == Format.DAY_MONTH_YEAR || format == Format.MONTH_DAY_YEAR)) {
                int first = Integer.parseInt(numeric.group(1));
                int second = Integer.parseInt(numeric.group(3));
                int year = Integer.parseInt(numeric.group(4));
                return format == Format.DAY_MONTH_YEAR
                        ? LocalDate.of(year, second, first)
                        : LocalDate.of(year, first, second);
            }
            if (format == Format.EXCEL && SERIAL.matcher(value).matches()) {
                double serial = Double.parseDouble(value);
                return serial >= 1 ? EXCEL_EPOCH.plusDays((long) Math.floor(serial)) : null;
            }
            if (format == Format.UNIX && UNIX_SECONDS.matcher(value).matches()) {
                // (the day in UTC, as the API's other times are)
                return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(value)), ZoneOffset.UTC);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A date with its month by name (in English), or null. */
    private static @Nullable LocalDate named(String value) {
        try {
            Matcher dayFirst = DAY_NAMED_MONTH.matcher(value);
            if (dayFirst.matches()) {
                int month = month(dayFirst.group(2));
                return month == 0
                        ? null
                        : LocalDate.of(year(dayFirst.group(3)), month, Integer.parseInt(dayFirst.group(1)));
            }
            Matcher monthFirst = NAMED_MONTH_DAY.matcher(value);
            if (monthFirst.matches()) {
                int month = month(monthFirst.group(1));
                return month == 0
                        ? null
                        : LocalDate.of(year(monthFirst.group(3)), month, Integer.parseInt(monthFirst.group(2)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** 1 to 12 for a month's English name or its first three letters, 0 otherwise. */
    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int index = lower.length() >= 3 ? MONTHS.indexOf(lower.substring(0, 3)) : -1;
        if (index < 0) {
            return 0;
        }
        String full = java.time.Month.of(index + 1).name().toLowerCase(Locale.ROOT);
        return lower.length() == 3 || full.equals(lower) || (lower.equals("sept")) ? index + 1 : 0;
    }

    /** A year of four digits, or of two (20 is 2020: exports with two-digit years are of this century). */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    /** What a row is told when its date cannot be read in {@code format}. */
    public static String wrong(String text, Format format) {
        String time = CsvValues.noSuchTime(text.strip());
        if (time != null) {
            return "'" + text + "' has " + time + " after its day, which is no time of a day: check the cell.";
        }
        Matcher digits = DIGITS_DAY.matcher(text.strip());
        // (a day with its year first is read as YYYY-MM-DD in every format, and in no other order: see parse)
        boolean yearFirst = digits.matches() && digits.group(1).length() == 4;
        if (yearFirst) {
            format = Format.ISO;
        }
        boolean noDayAnyWay = digits.matches()
                && switch (format) {
                    case ISO -> yearFirst && noDay(digits.group(1), digits.group(2), digits.group(3));
                    case DAY_MONTH_YEAR, MONTH_DAY_YEAR ->
                        digits.group(1).length() <= 2
                                && digits.group(3).length() == 4
                                && noDay(digits.group(3), digits.group(2), digits.group(1))
                                && noDay(digits.group(3), digits.group(1), digits.group(2));
                    default -> false;
                };
        if (noDayAnyWay) {
            // no day of the calendar in either order (2024-13-45): another format cannot help
            return "'" + text + "' is no day of the calendar (read as "
                    + (format == Format.ISO ? "YYYY-MM-DD" : format.label()) + "): check its day and month.";
        }
        return "'" + text + "' is not a date in the format " + (format == Format.ISO ? "YYYY-MM-DD" : format.label())
                + " (such as " + format.example() + "); choose the dates' format on the mapping page,"
                + " with dateFormat in the API, or with --date-format on the command line.";
    }

    /** Whether year, month and day make no day of the calendar. */
    private static boolean noDay(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return false;
        } catch (DateTimeException | NumberFormatException e) {
            return true;
        }
    }

    /** A day written as three numbers, a time after it or not. */
    private static final Pattern DIGITS_DAY = Pattern.compile("(\\d{1,4})[-./](\\d{1,2})[-./](\\d{1,4})(?:[ T].*)?");

    /** How the API and the command line spell the formats. */
    public static final String SPELLINGS = "detect (the default), iso, day-month-year, month-day-year, excel or unix";

    /**
     * The format spelled {@code name} (detect, iso, day-month-year, month-day-year, excel or unix, in any
     * case, with - or _); null for none; a wrong one is refused naming {@code dateFormat}.
     */
    public static @Nullable Format format(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Format format : Format.values()) {
            if (format.name().equals(key)) {
                return format;
            }
        }
        throw new InvalidInput("dateFormat", "'" + name + "' is not a date format; use " + SPELLINGS + ".");
    }
}

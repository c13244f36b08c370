package app.tandem.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A day as Tandem writes it in a sentence a person reads ("4 Jan 2027"), as its pages show dates;
 * never the ISO form, which reads as a code.
 */
public final class DayWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DayWords() {}

    /** "4 Jan 2027". */
    public static String of(LocalDate day) {
        return DAY.format(day);
    }
}

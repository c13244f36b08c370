package app.tandem.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A day as Tandem writes it in a sentence a person reads ("4 Jan 2027"), as its pages show dates;
 * never the ISO form, which reads as a code.
 */
public final class DayWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private DayWords() {}

    /**
     * A moment as a person reads it, to the minute in UTC: "7 Dec 2026, 00:11 UTC" (never
     * "2026-12-07T00:11:23.882354791Z"); for a {@code <time datetime>} whose attribute keeps the
     * exact instant.
     */
    public static String time(Instant at) {
        return TIME.format(at);
    }

    /** "4 Jan 2027". */
    public static String of(LocalDate day) {
        return DAY.format(day);
    }

    /**
     * A sentence to add to what a page says after saving something due on {@code due}, when that day
     * has passed everywhere (before yesterday in UTC, which may still be today for the person; a
     * year typed wrong, say): " Its due date, 3 Nov 2026, has passed: check that it is
     * the one meant."; else the empty string. The date is kept as typed: work is sometimes recorded late.
     */
    public static String passed(@Nullable LocalDate due, LocalDate today) {
        return due != null && due.isBefore(today.minusDays(1))
                ? " Its due date, " + of(due) + ", has passed: check that it is the one meant."
                : "";
    }
}

package app.tandem.support;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Time zones as people name them: a check-in cadence's and a discovery session's. */
public final class TimeZones {

    private TimeZones() {}

    /**
     * A time zone of the IANA database by its name, in any case ({@code europe/berlin} is
     * Europe/Berlin); an offset ({@code +05:00}, {@code GMT+5}), which a calendar cannot follow
     * through summer time, and the obsolete {@code SystemV/} names are none ({@link
     * DateTimeException}).
     */
    public static ZoneId named(String name) {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equalsIgnoreCase(name) && !id.startsWith("SystemV/"))
                .findFirst()
                .map(ZoneId::of)
                .orElseThrow(() -> new DateTimeException("no time zone " + name));
    }
}

package app.tandem.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the home page ({@code tandem.home.*}).
 *
 * @param needsMe how many open items "What needs me" lists (20); the rest are counted
 * @param visitPause how long a person must have been away for their next opening of home to count
 *     as a new visit (30 minutes): reloading the page sooner keeps "since my last visit" where it was
 * @param firstVisitDays how far back "what changed" looks on a person's first visit (14 days)
 * @param changesShown how many KPIs, themes and initiatives each part of "what changed" lists (10)
 */
@ConfigurationProperties("tandem.home")
public record HomeProperties(
        @DefaultValue("20") int needsMe,
        @DefaultValue("30m") Duration visitPause,
        @DefaultValue("14") int firstVisitDays,
        @DefaultValue("10") int changesShown) {

    public HomeProperties {
        if (needsMe < 1 || needsMe > 100) {
            throw new IllegalArgumentException("tandem.home.needs-me must be 1 to 100, not " + needsMe);
        }
        if (visitPause.isNegative()) {
            throw new IllegalArgumentException("tandem.home.visit-pause must not be negative, not " + visitPause);
        }
        if (firstVisitDays < 1) {
            throw new IllegalArgumentException("tandem.home.first-visit-days must be 1 or more, not " + firstVisitDays);
        }
        if (changesShown < 1 || changesShown > 100) {
            throw new IllegalArgumentException("tandem.home.changes-shown must be 1 to 100, not " + changesShown);
        }
    }
}

package app.tandem.goal.internal;

import app.tandem.goal.KpiUnit;
import app.tandem.goal.health.HealthRules;
import app.tandem.support.PlannedDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * What every way in for a measurement (the form, the API, the CSV import) checks besides its
 * syntax, without Spring or a database.
 *
 * <ul>
 *   <li>A value is measured, so its day is not after today, unless forecasts are allowed ({@code
 *       tandem.kpi.allow-future-measurements}). "Today" is today anywhere on Earth (the latest
 *       time zone, UTC+14): a team east of the server records the value of its own today without
 *       being told it lies in the future, and 2030 is refused everywhere.
 *   <li>A percentage outside 0–100% is saved but doubted: the pages show the doubt beside it,
 *       the API answers it as a warning. Refusing it would make KPIs that rightly go past 100%
 *       (net revenue retention of 112%) or below 0% (growth of −3%) impossible to record, so a KPI
 *       whose own baseline, target or guardrails go outside 0–100% is not doubted within its own
 *       range.
 *   <li>A percentage written as a fraction (0.65 for 65%) is saved but doubted the same way, when
 *       a hundred times it lies in the KPI's own range and it does not.
 * </ul>
 */
public final class MeasurementChecks {

    /** The time zone where a day begins first. */
    static final ZoneOffset FIRST_TO_START_A_DAY = ZoneOffset.ofHours(14);

    private MeasurementChecks() {}

    /** Today anywhere on Earth: the day it is in the latest time zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(FIRST_TO_START_A_DAY));
    }

    /** The earliest year a measurement is recorded in: a KPI's history may go back before 1970. */
    static final int FIRST_YEAR = 1900;

    /**
     * Why a value measured on {@code day} is refused for lying in the future, or null when it is not
     * after {@code today} or forecasts are allowed; and, forecasts or not, a day before {@link
     * #FIRST_YEAR} or after {@link PlannedDates#LAST_YEAR} (a year typed short, such as 0202, or long).
     */
    public static @Nullable String future(LocalDate day, LocalDate today, boolean allowFuture) {
        String year = year(day);
        if (year != null) {
            return year;
        }
        if (allowFuture || !day.isAfter(today)) {
            return null;
        }
        return day + " is after today: give the day the value was measured.";
    }

    /**
     * Why a value (a measurement, or a KPI's baseline) measured on {@code day} is refused for its
     * year: before {@link #FIRST_YEAR} or after {@link PlannedDates#LAST_YEAR} (a year typed short,
     * such as 0202, or long); null when its year is one values are recorded for.
     */
    public static @Nullable String year(LocalDate day) {
        if (day.getYear() < FIRST_YEAR || day.getYear() > PlannedDates.LAST_YEAR) {
            return day + " is not in a year a value is recorded for (" + FIRST_YEAR + " to " + PlannedDates.LAST_YEAR
                    + "): check its year.";
        }
        return null;
    }

    /**
     * Why {@code value} of the KPI looks mistyped though it is kept, or null: a percentage outside
     * 0–100% and outside the KPI's own baseline, target and guardrails.
     */
    public static @Nullable String doubt(HealthRules.Spec kpi, double value) {
        if (kpi.unit() != KpiUnit.PERCENT) {
            return null;
        }
        double low = Math.min(0, Math.min(kpi.baselineValue(), kpi.targetValue()));
        double high = Math.max(100, Math.max(kpi.baselineValue(), kpi.targetValue()));
        if (kpi.guardrailMin() != null) {
            low = Math.min(low, kpi.guardrailMin());
        }
        if (kpi.guardrailMax() != null) {
            high = Math.max(high, kpi.guardrailMax());
        }
        if (value < low || value > high) {
            return kpi.unit().format(value) + " is outside 0–100%: check that it is right.";
        }
        return fraction(kpi, value);
    }

    /**
     * Why a percentage looks written as a fraction (0.65 for 65%, as Google Analytics exports its
     * rates), or null: a value between 0 and 1 that is far below the KPI's own range (under a tenth
     * of the lowest of its baseline, target and lower guardrail) while a hundred times it lies in that
     * range (from half its lowest to twice its highest). A churn of 0.8% on a KPI from 2% to 1% is
     * not doubted; 0.05 on a conversion from 4% to 6% is.
     */
    private static @Nullable String fraction(HealthRules.Spec kpi, double value) {
        double lowest = Math.min(kpi.baselineValue(), kpi.targetValue());
        double highest = Math.max(kpi.baselineValue(), kpi.targetValue());
        if (kpi.guardrailMin() != null) {
            lowest = Math.min(lowest, kpi.guardrailMin());
        }
        if (kpi.guardrailMax() != null) {
            highest = Math.max(highest, kpi.guardrailMax());
        }
        double hundredTimes = value * 100;
        if (value <= 0
                || value >= 1
                || lowest <= 0
                || value >= lowest / 10
                || hundredTimes < lowest / 2
                || hundredTimes > highest * 2) {
            return null;
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                + "% is far below this KPI's baseline and target: if it means "
                + kpi.unit().format(hundredTimes) + " (a rate written as a fraction), write "
                + java.math.BigDecimal.valueOf(value)
                        .movePointRight(2)
                        .stripTrailingZeros()
                        .toPlainString() + ".";
    }
}

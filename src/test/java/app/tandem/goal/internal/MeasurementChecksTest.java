package app.tandem.goal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.goal.Direction;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.health.HealthRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MeasurementChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static HealthRules.Spec percent(
            double baseline, double target, @Nullable Double guardrailMin, @Nullable Double guardrailMax) {
        return new HealthRules.Spec(
                KpiUnit.PERCENT,
                Direction.HIGHER_IS_BETTER,
                baseline,
                LocalDate.of(2026, 1, 1),
                target,
                LocalDate.of(2027, 1, 1),
                guardrailMin,
                guardrailMax);
    }

    @Test
    void aDayAfterTodayIsRefusedUnlessForecastsAreAllowed() {
        assertThat(MeasurementChecks.future(TODAY, TODAY, false)).isNull();
        assertThat(MeasurementChecks.future(TODAY.minusYears(30), TODAY, false)).isNull();
        assertThat(MeasurementChecks.future(LocalDate.of(2030, 1, 1), TODAY, false))
                .isEqualTo("2030-01-01 is after today: give the day the value was measured.");
        assertThat(MeasurementChecks.future(TODAY.plusDays(1), TODAY, false)).isNotNull();
        // a year typed short is refused, whether forecasts are allowed or not
        assertThat(MeasurementChecks.future(LocalDate.of(202, 5, 1), TODAY, false))
                .contains("check its year");
        assertThat(MeasurementChecks.future(LocalDate.of(20266, 5, 1), TODAY, true))
                .contains("check its year");
        assertThat(MeasurementChecks.future(LocalDate.of(2030, 1, 1), TODAY, true))
                .isNull();
    }

    @Test
    void todayIsTheDayInTheFirstTimeZoneToStartIt() {
        // 1 December 2026, 11:00 UTC: already 2 December in Kiribati (UTC+14), where a team may record its today
        Clock lateMorningUtc = Clock.fixed(Instant.parse("2026-12-01T11:00:00Z"), ZoneOffset.UTC);
        assertThat(MeasurementChecks.today(lateMorningUtc)).isEqualTo(LocalDate.of(2026, 12, 2));
        Clock earlyMorningUtc = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        assertThat(MeasurementChecks.today(earlyMorningUtc)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aPercentageOutsideZeroToAHundredIsDoubted() {
        HealthRules.Spec conversion = percent(4, 6, null, null);
        assertThat(MeasurementChecks.doubt(conversion, 150))
                .isEqualTo("150% is outside 0–100%: check that it is right.");
        assertThat(MeasurementChecks.doubt(conversion, -0.5))
                .isEqualTo("-0.5% is outside 0–100%: check that it is right.");
        assertThat(MeasurementChecks.doubt(conversion, 0)).isNull();
        assertThat(MeasurementChecks.doubt(conversion, 100)).isNull();
        assertThat(MeasurementChecks.doubt(conversion, 15)).isNull();
    }

    @Test
    void aRateWrittenAsAFractionIsDoubted() {
        // Google Analytics exports an engagement rate of 65.43% as 0.6543
        HealthRules.Spec engagement = percent(60, 70, null, null);
        assertThat(MeasurementChecks.doubt(engagement, 0.6543))
                .isEqualTo("0.6543% is far below this KPI's baseline and target: if it means 65.43% (a rate written"
                        + " as a fraction), write 65.43.");
        assertThat(MeasurementChecks.doubt(engagement, 65.43)).isNull();
        assertThat(MeasurementChecks.doubt(percent(4, 6, null, null), 0.05)).contains("write 5.");
        // a low value that a hundred times would not fit either is just low
        assertThat(MeasurementChecks.doubt(percent(4, 6, null, null), 0.5)).isNull();
        // a KPI that lives below 1%, or a churn that rightly goes under it, is not doubted
        assertThat(MeasurementChecks.doubt(percent(0.8, 0.5, null, null), 0.45)).isNull();
        assertThat(MeasurementChecks.doubt(percent(2, 1, null, null), 0.8)).isNull();
        assertThat(MeasurementChecks.doubt(percent(2, 1, 0.05, null), 0.015)).isNull();
        // nor a KPI whose range starts at or below zero
        assertThat(MeasurementChecks.doubt(percent(-3, 5, null, null), 0.04)).isNull();
        assertThat(MeasurementChecks.doubt(engagement, 0)).isNull();
    }

    @Test
    void aKpiThatRightlyGoesPastAHundredIsDoubtedOnlyBeyondItsOwnRange() {
        HealthRules.Spec netRevenueRetention = percent(98, 112, null, 130.0);
        assertThat(MeasurementChecks.doubt(netRevenueRetention, 118)).isNull();
        assertThat(MeasurementChecks.doubt(netRevenueRetention, 130)).isNull();
        assertThat(MeasurementChecks.doubt(netRevenueRetention, 1_180)).isNotNull();
        HealthRules.Spec growth = percent(-5, 10, -20.0, null);
        assertThat(MeasurementChecks.doubt(growth, -12)).isNull();
        assertThat(MeasurementChecks.doubt(growth, -30)).isNotNull();
    }

    @Test
    void otherUnitsAreNeverDoubted() {
        HealthRules.Spec signUps = new HealthRules.Spec(
                KpiUnit.COUNT,
                Direction.HIGHER_IS_BETTER,
                100,
                LocalDate.of(2026, 1, 1),
                200,
                LocalDate.of(2027, 1, 1),
                null,
                null);
        assertThat(MeasurementChecks.doubt(signUps, 150)).isNull();
        assertThat(MeasurementChecks.doubt(signUps, -3)).isNull();
    }
}

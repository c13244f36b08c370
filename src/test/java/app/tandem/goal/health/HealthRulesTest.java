package app.tandem.goal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tandem.goal.Direction;
import app.tandem.goal.Health;
import app.tandem.goal.HealthAssessment;
import app.tandem.goal.KpiUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HealthRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 1, 1); // 365 days later
    private static final LocalDate MIDDLE = START.plusDays(182); // 49.9% of the time ≈ 50%

    private final HealthRules rules = new HealthRules(HealthThresholds.DEFAULTS);

    /** Conversion: 4% to 6% in a year, higher is better. */
    private static HealthRules.Spec conversion() {
        return new HealthRules.Spec(KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER, 4.0, START, 6.0, END, null, null);
    }

    /** Support tickets a week: 200 down to 100 in a year, lower is better. */
    private static HealthRules.Spec tickets() {
        return new HealthRules.Spec(KpiUnit.COUNT, Direction.LOWER_IS_BETTER, 200, START, 100, END, null, null);
    }

    private HealthAssessment assess(HealthRules.Spec spec, LocalDate day, double value) {
        return rules.assess(spec, new HealthRules.Reading(day, value));
    }

    @Test
    void withoutAMeasurementThereIsNoData() {
        HealthAssessment health = rules.assess(conversion(), null);
        assertThat(health.status()).isEqualTo(Health.NO_DATA);
        assertThat(health.explanation())
                .isEqualTo("No data yet: add a measurement to see how the KPI is doing against its plan.");
        assertThat(health.progress()).isNull();
    }

    @Nested
    class HigherIsBetter {

        @Test
        void aheadOfPaceIsOnTrackAndTheExplanationSaysTheNumbers() {
            HealthAssessment health = assess(conversion(), MIDDLE, 5.24);
            assertThat(health.status()).isEqualTo(Health.ON_TRACK);
            assertThat(health.progress()).isCloseTo(0.62, within(1e-9));
            assertThat(health.expectedProgress()).isCloseTo(0.5, within(0.01));
            assertThat(health.explanation())
                    .isEqualTo("Ahead of plan: 62% of the way to the target, with 50% of the time gone. 5.24% on 2 Jul"
                            + " 2026, where the plan asks for 5%. Target: 6% by 1 Jan 2027.");
        }

        @Test
        void upToTenPointsBehindIsStillOnTrack() {
            assertThat(assess(conversion(), MIDDLE, 4.8).status()).isEqualTo(Health.ON_TRACK); // 40% at 50%
        }

        @Test
        void tenToTwentyFivePointsBehindIsAtRisk() {
            HealthAssessment health = assess(conversion(), MIDDLE, 4.6); // 30% at 50%
            assertThat(health.status()).isEqualTo(Health.AT_RISK);
            assertThat(health.explanation())
                    .startsWith("At risk, behind plan: 30% of the way to the target, with 50% of the time gone.");
            assertThat(assess(conversion(), MIDDLE, 4.5).status()).isEqualTo(Health.AT_RISK); // 25% at 50%
        }

        @Test
        void moreThanTwentyFivePointsBehindIsOffTrack() {
            assertThat(assess(conversion(), MIDDLE, 4.4).status()).isEqualTo(Health.OFF_TRACK); // 20% at 50%
        }

        @Test
        void fallingBelowTheBaselineCountsAsNegativeProgress() {
            HealthAssessment health = assess(conversion(), MIDDLE, 3.6);
            assertThat(health.progress()).isCloseTo(-0.2, within(1e-9));
            assertThat(health.status()).isEqualTo(Health.OFF_TRACK);
            assertThat(health.explanation())
                    .isEqualTo("Off track, moving away from the target: 3.6% on 2 Jul 2026 is worse than the baseline"
                            + " of 4%, with 50% of the time gone; the plan asks for 5% by then. Target: 6% by 1 Jan"
                            + " 2027.");
        }
    }

    @Nested
    class LowerIsBetter {

        @Test
        void fallingFastEnoughIsOnTrack() {
            HealthAssessment health = assess(tickets(), MIDDLE, 140); // 60% of the way down
            assertThat(health.status()).isEqualTo(Health.ON_TRACK);
            assertThat(health.progress()).isCloseTo(0.6, within(1e-9));
        }

        @Test
        void fallingTooSlowlyIsAtRiskThenOffTrack() {
            assertThat(assess(tickets(), MIDDLE, 170).status()).isEqualTo(Health.AT_RISK); // 30%
            assertThat(assess(tickets(), MIDDLE, 190).status()).isEqualTo(Health.OFF_TRACK); // 10%
        }

        @Test
        void risingIsMovingAwayFromTheTarget() {
            HealthAssessment health = assess(tickets(), START.plusDays(30), 230);
            assertThat(health.progress()).isNegative();
            assertThat(health.status()).isEqualTo(Health.OFF_TRACK);
        }
    }

    @Nested
    class BeforeTheBaselineDate {

        @Test
        void noProgressIsExpectedYet() {
            HealthAssessment health = assess(conversion(), START.minusDays(10), 4.0);
            assertThat(health.status()).isEqualTo(Health.ON_TRACK);
            assertThat(health.expectedProgress()).isZero();
            assertThat(health.explanation())
                    .isEqualTo("Not started yet: 4% on 22 Dec 2025, and the plan starts on 1 Jan 2026, so no progress"
                            + " is expected yet. Target: 6% by 1 Jan 2027.");
        }

        @Test
        void aValueFarWorseThanTheBaselineIsStillFlagged() {
            HealthAssessment health = assess(conversion(), START.minusDays(10), 3.0);
            assertThat(health.status()).isEqualTo(Health.OFF_TRACK);
            assertThat(health.explanation())
                    .isEqualTo("Off track before the plan starts: 3% on 22 Dec 2025 is worse than the baseline of 4%,"
                            + " and the plan starts on 1 Jan 2026. Target: 6% by 1 Jan 2027.");
        }
    }

    @Nested
    class AfterTheTargetDate {

        @Test
        void theWholeWayIsExpectedAndReachingTheTargetIsOnTrack() {
            HealthAssessment health = assess(conversion(), END.plusDays(20), 6.1);
            assertThat(health.status()).isEqualTo(Health.ON_TRACK);
            assertThat(health.expectedProgress()).isEqualTo(1.0);
            assertThat(health.explanation())
                    .isEqualTo("Target reached: 6.1% on 21 Jan 2027, against a target of 6% by 1 Jan 2027.");
        }

        @Test
        void missingTheTargetIsAtRiskOrOffTrack() {
            HealthAssessment health = assess(conversion(), END.plusDays(20), 5.0);
            assertThat(health.status()).isEqualTo(Health.OFF_TRACK);
            assertThat(health.explanation())
                    .isEqualTo("Target date passed: 50% of the way to the target covered. 5% on 21 Jan 2027, against a"
                            + " target of 6% by 1 Jan 2027.");
            assertThat(assess(conversion(), END.plusDays(20), 3.5).explanation())
                    .isEqualTo("Target date passed: 3.5% on 21 Jan 2027 is worse than the baseline of 4%. Target: 6%"
                            + " by 1 Jan 2027.");
            assertThat(assess(tickets(), END, 120).status()).isEqualTo(Health.AT_RISK); // 80% of the way
        }
    }

    @Nested
    class Guardrails {

        private final HealthRules.Spec nps =
                new HealthRules.Spec(KpiUnit.SCORE, Direction.HIGHER_IS_BETTER, 32, START, 36, END, 30.0, null);

        @Test
        void droppingBelowTheLowerBoundIsABreachWhateverThePace() {
            HealthAssessment health = assess(nps, START.plusDays(10), 29);
            assertThat(health.status()).isEqualTo(Health.GUARDRAIL_BREACHED);
            assertThat(health.explanation())
                    .startsWith("Guardrail breached: 29 on 11 Jan 2026 is below 30, the value it must not drop below."
                            + " Off track, moving away from the target: 29 on 11 Jan 2026 is worse than the baseline"
                            + " of 32");
        }

        @Test
        void theBoundItselfIsNotABreach() {
            assertThat(assess(nps, START.plusDays(10), 30).status()).isNotEqualTo(Health.GUARDRAIL_BREACHED);
        }

        @Test
        void risingAboveTheUpperBoundIsABreach() {
            HealthRules.Spec churn =
                    new HealthRules.Spec(KpiUnit.PERCENT, Direction.LOWER_IS_BETTER, 5, START, 3, END, null, 6.0);
            HealthAssessment health = assess(churn, MIDDLE, 6.5);
            assertThat(health.status()).isEqualTo(Health.GUARDRAIL_BREACHED);
            assertThat(health.explanation()).contains("is above 6%, the value it must not rise above.");
            assertThat(assess(churn, MIDDLE, 3.9).status()).isEqualTo(Health.ON_TRACK);
        }
    }

    /** The first words say the verdict as a person would, for every health between the two dates. */
    @Nested
    class Sentences {

        @Test
        void onThePlanLineItSaysOnPlan() {
            assertThat(assess(conversion(), MIDDLE, 5.0).explanation()) // 50% at 49.9%
                    .isEqualTo("On plan: 50% of the way to the target, with 50% of the time gone. 5% on 2 Jul 2026,"
                            + " where the plan asks for 5%. Target: 6% by 1 Jan 2027.");
        }

        @Test
        void slightlyBehindButOnTrackSaysSo() {
            HealthAssessment health = assess(conversion(), MIDDLE, 4.8); // 40% at 50%
            assertThat(health.status()).isEqualTo(Health.ON_TRACK);
            assertThat(health.explanation())
                    .startsWith("On track, a little behind plan: 40% of the way to the target, with 50% of the time"
                            + " gone. 4.8% on 2 Jul 2026");
        }

        @Test
        void farBehindSaysOffTrack() {
            assertThat(assess(conversion(), MIDDLE, 4.4).explanation()) // 20% at 50%
                    .startsWith("Off track, far behind plan: 20% of the way to the target, with 50% of the time gone.");
        }

        @Test
        void aKpiThatShouldFallCountsItsFallAsTheWay() {
            assertThat(assess(tickets(), MIDDLE, 140).explanation()) // 60 of 100 down at 50%
                    .isEqualTo("Ahead of plan: 60% of the way to the target, with 50% of the time gone. 140 on 2 Jul"
                            + " 2026, where the plan asks for 150.1. Target: 100 by 1 Jan 2027.");
        }

        @Test
        void noSentenceUsesTheOldJargon() {
            for (double value : new double[] {3.0, 4.0, 4.4, 4.6, 4.8, 5.0, 5.24, 6.5}) {
                for (LocalDate day : new LocalDate[] {START.minusDays(5), MIDDLE, END.plusDays(5)}) {
                    assertThat(assess(conversion(), day, value).explanation())
                            .doesNotContain("pace", "points", "of the time (", "of the way at");
                }
            }
        }
    }

    @Test
    void thresholdsAreConfigurable() {
        HealthRules strict = new HealthRules(new HealthThresholds(0.0, 0.05));
        assertThat(strict.assess(conversion(), new HealthRules.Reading(MIDDLE, 4.8))
                        .status())
                .isEqualTo(Health.OFF_TRACK);
        assertThat(strict.assess(conversion(), new HealthRules.Reading(MIDDLE, 5.1))
                        .status())
                .isEqualTo(Health.ON_TRACK);
    }

    @Test
    void thePaceLineRunsStraightFromBaselineToTarget() {
        assertThat(HealthRules.paceValue(conversion(), START)).isEqualTo(4.0);
        assertThat(HealthRules.paceValue(conversion(), END)).isEqualTo(6.0);
        assertThat(HealthRules.paceValue(conversion(), END.plusYears(1))).isEqualTo(6.0);
        assertThat(HealthRules.paceValue(tickets(), START.minusDays(3))).isEqualTo(200.0);
    }
}

package app.tandem.goal.health;

import app.tandem.goal.Direction;
import app.tandem.goal.Health;
import app.tandem.goal.HealthAssessment;
import app.tandem.goal.KpiUnit;
import app.tandem.support.DayWords;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Computes a KPI's health from its latest measurement, without Spring or a database.
 *
 * <p>The pace is the straight line from the baseline (value, date) to the target (value, date).
 * On the day of the latest measurement, the share of the time that has passed is the share of the
 * way the KPI should have covered; the shortfall between the two decides the health (see {@link
 * HealthThresholds}). The day of the measurement, not today, is used, so a health does not change
 * by itself overnight and the explanation's numbers match the value shown. Before the baseline
 * date no progress is expected; after the target date the whole way is. A value across a guardrail
 * bound makes the health "guardrail breached", whatever the pace says. Both directions work the
 * same: the share of the way is signed by the direction from baseline to target. The explanation
 * says it in everyday words ("Ahead of plan: 85% of the way to the target, with 61% of the time
 * gone. ..."); the pace line is "the plan" there.
 */
public final class HealthRules {

    /** What health needs to know about a KPI. */
    public record Spec(
            KpiUnit unit,
            Direction direction,
            double baselineValue,
            LocalDate baselineDate,
            double targetValue,
            LocalDate targetDate,
            @Nullable Double guardrailMin,
            @Nullable Double guardrailMax) {}

    /** One measurement. */
    public record Reading(LocalDate date, double value) {}

    private final HealthThresholds thresholds;

    public HealthRules(HealthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public HealthAssessment assess(Spec kpi, @Nullable Reading latest) {
        if (latest == null) {
            return new HealthAssessment(
                    Health.NO_DATA,
                    "No data yet: add a measurement to see how the KPI is doing against its plan.",
                    null,
                    null);
        }
        double progress = progress(kpi, latest.value());
        double expected = expectedProgress(kpi, latest.date());
        double shortfall = expected - progress;
        Health pace = shortfall <= thresholds.onTrackTolerance() + 1e-9
                ? Health.ON_TRACK
                : shortfall <= thresholds.atRiskTolerance() + 1e-9 ? Health.AT_RISK : Health.OFF_TRACK;
        String sentence = sentence(pace, kpi, latest, progress, expected);

        String breach = breach(kpi, latest);
        if (breach != null) {
            return new HealthAssessment(Health.GUARDRAIL_BREACHED, breach + " " + sentence, progress, expected);
        }
        return new HealthAssessment(pace, sentence, progress, expected);
    }

    /** The share of the way from baseline to target that {@code value} has covered (signed). */
    static double progress(Spec kpi, double value) {
        double way = kpi.targetValue() - kpi.baselineValue();
        return way == 0 ? 1 : (value - kpi.baselineValue()) / way;
    }

    /** The share of the time from baseline date to target date passed on {@code day}, within 0..1. */
    static double expectedProgress(Spec kpi, LocalDate day) {
        long total = ChronoUnit.DAYS.between(kpi.baselineDate(), kpi.targetDate());
        if (total <= 0) {
            return 1;
        }
        double passed = ChronoUnit.DAYS.between(kpi.baselineDate(), day);
        return Math.clamp(passed / total, 0.0, 1.0);
    }

    /** The value the pace line asks for on {@code day}. */
    static double paceValue(Spec kpi, LocalDate day) {
        return kpi.baselineValue() + (kpi.targetValue() - kpi.baselineValue()) * expectedProgress(kpi, day);
    }

    private static @Nullable String breach(Spec kpi, Reading latest) {
        Double min = kpi.guardrailMin();
        Double max = kpi.guardrailMax();
        if (min != null && latest.value() < min) {
            return "Guardrail breached: " + kpi.unit().format(latest.value()) + " on " + DayWords.of(latest.date())
                    + " is below " + kpi.unit().format(min) + ", the value it must not drop below.";
        }
        if (max != null && latest.value() > max) {
            return "Guardrail breached: " + kpi.unit().format(latest.value()) + " on " + DayWords.of(latest.date())
                    + " is above " + kpi.unit().format(max) + ", the value it must not rise above.";
        }
        return null;
    }

    /**
     * The health said as a person would: the verdict first ("Ahead of plan", "At risk, behind
     * plan"...), then how much of the way is covered against how much of the time is gone, then
     * the value, what the plan asks for on its day, and the target. "The plan" is the straight line
     * from baseline to target.
     */
    private static String sentence(Health pace, Spec kpi, Reading latest, double progress, double expected) {
        KpiUnit unit = kpi.unit();
        String value = unit.format(latest.value()) + " on " + DayWords.of(latest.date());
        String baseline = unit.format(kpi.baselineValue());
        String target = unit.format(kpi.targetValue()) + " by " + DayWords.of(kpi.targetDate());
        boolean worseThanBaseline = progress < -1e-9;
        if (latest.date().isBefore(kpi.baselineDate())) {
            String starts = DayWords.of(kpi.baselineDate());
            if (pace == Health.ON_TRACK) {
                return "Not started yet: " + value + ", and the plan starts on " + starts
                        + ", so no progress is expected yet. Target: " + target + ".";
            }
            return (pace == Health.AT_RISK ? "At risk" : "Off track") + " before the plan starts: " + value
                    + " is worse than the baseline of " + baseline + ", and the plan starts on " + starts + ". Target: "
                    + target + ".";
        }
        if (!latest.date().isBefore(kpi.targetDate())) {
            if (progress >= 1 - 1e-9) {
                return "Target reached: " + value + ", against a target of " + target + ".";
            }
            if (worseThanBaseline) {
                return "Target date passed: " + value + " is worse than the baseline of " + baseline + ". Target: "
                        + target + ".";
            }
            return "Target date passed: " + percent(progress) + " of the way to the target covered. " + value
                    + ", against a target of " + target + ".";
        }
        String plan = unit.format(round(paceValue(kpi, latest.date())));
        String time = percent(expected) + " of the time gone";
        if (worseThanBaseline) {
            return verdict(pace, progress, expected) + ": " + value + " is worse than the baseline of " + baseline
                    + ", with " + time + "; the plan asks for " + plan + " by then. Target: " + target + ".";
        }
        return verdict(pace, progress, expected) + ": " + percent(progress) + " of the way to the target, with " + time
                + ". " + value + ", where the plan asks for " + plan + ". Target: " + target + ".";
    }

    /** The first words of a sentence between the baseline date and the target date. */
    private static String verdict(Health pace, double progress, double expected) {
        long points = Math.round((progress - expected) * 100);
        return switch (pace) {
            case ON_TRACK -> points > 0 ? "Ahead of plan" : points == 0 ? "On plan" : "On track, a little behind plan";
            case AT_RISK -> "At risk, behind plan";
            default -> progress < -1e-9 ? "Off track, moving away from the target" : "Off track, far behind plan";
        };
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

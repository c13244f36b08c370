package app.tandem.goal.health;

import app.tandem.goal.Direction;
import app.tandem.goal.Health;
import app.tandem.goal.HealthAssessment;
import app.tandem.goal.KpiUnit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
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
 * same: the share of the way is signed by the direction from baseline to target.
 */
public final class HealthRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
                    Health.NO_DATA, "No measurement yet: add one to see the pace toward the target.", null, null);
        }
        double progress = progress(kpi, latest.value());
        double expected = expectedProgress(kpi, latest.date());
        String pace = paceSentence(kpi, latest, progress, expected);

        String breach = breach(kpi, latest);
        if (breach != null) {
            return new HealthAssessment(Health.GUARDRAIL_BREACHED, breach + " " + pace, progress, expected);
        }
        double shortfall = expected - progress;
        Health status = shortfall <= thresholds.onTrackTolerance() + 1e-9
                ? Health.ON_TRACK
                : shortfall <= thresholds.atRiskTolerance() + 1e-9 ? Health.AT_RISK : Health.OFF_TRACK;
        return new HealthAssessment(status, pace, progress, expected);
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
            return "Guardrail breached: " + kpi.unit().format(latest.value()) + " on " + DAY.format(latest.date())
                    + " is below " + kpi.unit().format(min) + ", the value it must not drop below.";
        }
        if (max != null && latest.value() > max) {
            return "Guardrail breached: " + kpi.unit().format(latest.value()) + " on " + DAY.format(latest.date())
                    + " is above " + kpi.unit().format(max) + ", the value it must not rise above.";
        }
        return null;
    }

    private String paceSentence(Spec kpi, Reading latest, double progress, double expected) {
        KpiUnit unit = kpi.unit();
        String numbers = percent(progress) + " of the way at " + percent(expected) + " of the time";
        String values = unit.format(latest.value()) + " on " + DAY.format(latest.date());
        String target = unit.format(kpi.targetValue()) + " by " + DAY.format(kpi.targetDate());
        if (latest.date().isBefore(kpi.baselineDate())) {
            return numbers + ": " + values + " is before the baseline date (" + DAY.format(kpi.baselineDate())
                    + "), so no progress is expected yet. Target " + target + ".";
        }
        if (!latest.date().isBefore(kpi.targetDate())) {
            String verdict = progress >= 1 - 1e-9 ? "Target reached" : "The target date has passed";
            return verdict + ": " + numbers + ". " + values + " against a target of " + target + ".";
        }
        long points = Math.round((progress - expected) * 100);
        String gap = points == 0
                ? "exactly on pace"
                : points > 0 ? points + " points ahead of pace" : -points + " points behind pace";
        return numbers + " (" + gap + "): " + values + ", where the pace asks for "
                + unit.format(round(paceValue(kpi, latest.date()))) + ". Target " + target + ".";
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

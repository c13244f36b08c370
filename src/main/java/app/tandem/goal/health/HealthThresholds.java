package app.tandem.goal.health;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far behind the straight-line pace a KPI may fall, in shares of the whole way from baseline to
 * target ({@code tandem.goals.health.*}):
 *
 * <ul>
 *   <li>on track: at most {@code on-track-tolerance} behind the pace (default 0.10, i.e. 10
 *       points: at 50% of the time, 40% of the way is still on track);
 *   <li>at risk: at most {@code at-risk-tolerance} behind (default 0.25: 25% to 39% of the way at
 *       50% of the time);
 *   <li>off track: further behind.
 * </ul>
 *
 * A shortfall in points, rather than a ratio of progress to expected progress, keeps the first
 * weeks calm: at 5% of the time a ratio would call 3% of the way "at risk" over noise.
 */
@ConfigurationProperties("tandem.goals.health")
public record HealthThresholds(
        @DefaultValue("0.10") double onTrackTolerance,
        @DefaultValue("0.25") double atRiskTolerance) {

    public static final HealthThresholds DEFAULTS = new HealthThresholds(0.10, 0.25);

    public HealthThresholds {
        if (onTrackTolerance < 0 || atRiskTolerance < onTrackTolerance) {
            throw new IllegalArgumentException(
                    "tandem.goals.health: need 0 <= on-track-tolerance <= at-risk-tolerance, got " + onTrackTolerance
                            + " and " + atRiskTolerance);
        }
    }
}

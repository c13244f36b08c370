package app.tandem.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * What the dashboard is narrowed to: one team, one business goal, and the period (in days) its
 * counts cover (the evidence flow, the participation matrix): 30 or 90.
 */
public record DashboardFilter(
        @Nullable Long teamId, @Nullable Long goalId, int days) {

    public static final int DEFAULT_DAYS = 90;

    public static DashboardFilter everything() {
        return new DashboardFilter(null, null, DEFAULT_DAYS);
    }
}

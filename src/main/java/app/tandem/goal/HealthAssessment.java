package app.tandem.goal;

import org.jspecify.annotations.Nullable;

/**
 * A KPI's health with its explanation in words and numbers. {@code progress} is the share of the
 * way from baseline to target the latest value has covered; {@code expectedProgress} the share of
 * the time from baseline date to target date that had passed on the day it was measured (both
 * 0..1 normally; progress can be below 0 or above 1). Both are null when there is no measurement.
 */
public record HealthAssessment(
        Health status,
        String explanation,
        @Nullable Double progress,
        @Nullable Double expectedProgress) {}

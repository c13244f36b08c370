package app.tandem.goal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the KPI pages and API ({@code tandem.kpi.*}): at most {@code maxMeasurementsPerRequest}
 * (10,000) values in one POST of measurements (more are answered with 413), at most {@code
 * chartPoints} (400) of the latest measurements drawn in a KPI's chart, and whether a measurement
 * may be dated after today ({@code allowFutureMeasurements}, false: a value is measured, so a date
 * after today is a typo; true lets a team record forecasts as measurements).
 */
@ConfigurationProperties("tandem.kpi")
public record KpiProperties(
        @DefaultValue("10000") int maxMeasurementsPerRequest,
        @DefaultValue("400") int chartPoints,
        @DefaultValue("false") boolean allowFutureMeasurements) {}

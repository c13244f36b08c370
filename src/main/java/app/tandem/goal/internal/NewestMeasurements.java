package app.tandem.goal.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The newest measurements of many KPIs in one query: each KPI's part reads the unique index
 * {@code uk_kpi_measurements_day (kpi_id, measured_on)} backwards from its newest entry and stops
 * after the ones asked for, however many measurements the KPI has.
 */
public interface NewestMeasurements {

    /** The latest measurement of each of these KPIs that has one, by KPI id. */
    Map<Long, Measurement> latestOf(Collection<Long> kpiIds);

    /** At most {@code count} of the newest measurements of each of these KPIs, newest first, by KPI id. */
    Map<Long, List<Measurement>> newestOf(Collection<Long> kpiIds, int count);

    /**
     * The latest measurement (by day) of each of these KPIs among those recorded before an instant:
     * the reading their health was computed from then, as far as the measurements tell (a value
     * revised since counts as recorded when it was revised). By KPI id; a KPI with none is absent.
     */
    Map<Long, Measurement> latestRecordedBefore(Collection<Long> kpiIds, Instant before);
}

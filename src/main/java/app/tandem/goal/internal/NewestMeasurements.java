package app.tandem.goal.internal;

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
}

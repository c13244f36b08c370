package app.tandem.goal.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.query.NativeQuery;
import org.jspecify.annotations.Nullable;

/**
 * {@link NewestMeasurements} as one {@code union all} of a part per KPI, each part the query of
 * {@link MeasurementRepository#newestFirst} with a row limit: a backward read of the unique index
 * on H2 and PostgreSQL alike (the condition on the day keeps H2 off its foreign-key index on
 * kpi_id alone, which would read and sort all the KPI's measurements). Neither has a better form for both: a {@code max()} per KPI reads all
 * of the KPI's measurements on H2 (it shortcuts {@code max} only without a {@code where}), a
 * {@code group by} reads all of them on both, and H2 has no lateral join. At most {@link
 * #PER_QUERY} KPIs go into one query, a page of the API.
 */
class NewestMeasurementsImpl implements NewestMeasurements {

    static final int PER_QUERY = 100;

    private static final String COLUMNS = "id, kpi_id, measured_on, measured, note, source, recorded_at, version";

    private final EntityManager entityManager;

    NewestMeasurementsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<Long, Measurement> latestOf(Collection<Long> kpiIds) {
        Map<Long, Measurement> latest = new HashMap<>();
        newestOf(kpiIds, 1).forEach((kpiId, newest) -> latest.put(kpiId, newest.getFirst()));
        return latest;
    }

    @Override
    public Map<Long, List<Measurement>> newestOf(Collection<Long> kpiIds, int count) {
        return newest(kpiIds, count, null);
    }

    @Override
    public Map<Long, Measurement> latestRecordedBefore(Collection<Long> kpiIds, Instant before) {
        Map<Long, Measurement> latest = new HashMap<>();
        newest(kpiIds, 1, before).forEach((kpiId, newest) -> latest.put(kpiId, newest.getFirst()));
        return latest;
    }

    private Map<Long, List<Measurement>> newest(Collection<Long> kpiIds, int count, @Nullable Instant recordedBefore) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(kpiIds));
        Map<Long, List<Measurement>> newest = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + PER_QUERY));
            Query query = entityManager
                    .createNativeQuery(sql(chunk.size(), count, recordedBefore != null), Measurement.class)
                    // a pending change to other tables need not be flushed before it
                    .unwrap(NativeQuery.class)
                    .addSynchronizedEntityClass(Measurement.class);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            if (recordedBefore != null) {
                query.setParameter(chunk.size() + 1, recordedBefore);
            }
            for (Object row : query.getResultList()) {
                Measurement measurement = (Measurement) row;
                newest.computeIfAbsent(measurement.kpiId(), k -> new ArrayList<>())
                        .add(measurement);
            }
        }
        // union all keeps no order between or within its parts
        newest.values()
                .forEach(list ->
                        list.sort(Comparator.comparing(Measurement::date).reversed()));
        return newest;
    }

    /**
     * {@code kpis} parts of at most {@code count} rows each; the count is an int, so safe to write
     * into the text. With {@code recordedBefore}, each part also skips the measurements recorded at
     * or after parameter {@code kpis + 1}: the backward read stops at the first one recorded before.
     */
    static String sql(int kpis, int count, boolean recordedBefore) {
        String before = recordedBefore ? " and recorded_at < ?" + (kpis + 1) : "";
        return IntStream.rangeClosed(1, kpis)
                .mapToObj(i -> "(select " + COLUMNS + " from kpi_measurements where kpi_id = ?" + i
                        + " and measured_on >= date '" + Measurement.EVER + "'" + before
                        + " order by kpi_id desc, measured_on desc fetch first " + count + " rows only)")
                .collect(Collectors.joining(" union all "));
    }
}

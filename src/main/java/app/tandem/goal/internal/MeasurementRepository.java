package app.tandem.goal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MeasurementRepository extends JpaRepository<Measurement, Long>, NewestMeasurements {

    Optional<Measurement> findByIdAndKpiId(long id, long kpiId);

    List<Measurement> findByKpiIdAndDateIn(long kpiId, Collection<LocalDate> dates);

    /**
     * Measurements of a KPI, newest first, a slice at a time (no count): a backward read of the
     * unique index on (kpi_id, measured_on). {@code since} is {@link Measurement#EVER}: H2 keeps a
     * second index on kpi_id alone for the foreign key and, for {@code kpi_id = ?} only, may read
     * that one and sort all the KPI's measurements; a condition on the day leaves only the unique
     * index. The order names both columns because H2 reads an index backwards only then.
     */
    @Query("select m from Measurement m where m.kpiId = :kpiId and m.date >= :since order by m.kpiId desc, m.date desc")
    Slice<Measurement> newestFirst(long kpiId, LocalDate since, Pageable pageable);

    List<Measurement> findByKpiIdOrderByDateAsc(long kpiId);

    List<Measurement> findByKpiIdAndDateBetweenOrderByDateAsc(long kpiId, LocalDate from, LocalDate to);

    long countByKpiId(long kpiId);

    /**
     * The latest measurement (by day) of each of these KPIs among those recorded before an instant: the
     * reading their health was computed from then, as far as the measurements tell (a value revised
     * since counts as recorded when it was revised).
     */
    @Query("""
            select m from Measurement m where m.kpiId in :kpiIds and m.recordedAt < :before
              and m.date = (select max(n.date) from Measurement n where n.kpiId = m.kpiId and n.recordedAt < :before)
            """)
    List<Measurement> latestRecordedBefore(Collection<Long> kpiIds, Instant before);

    @Modifying
    @Query("delete from Measurement m where m.kpiId = :kpiId")
    void deleteByKpi(long kpiId);
}

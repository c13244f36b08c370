package app.tandem.goal.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    Optional<Measurement> findByIdAndKpiId(long id, long kpiId);

    List<Measurement> findByKpiIdAndDateIn(long kpiId, Collection<LocalDate> dates);

    /**
     * The latest measurement of a KPI: one entry of the unique index on (kpi_id, measured_on), read
     * backwards. The order names both columns of the index because H2 reads an index backwards
     * only then; ordered by the date alone, it reads and sorts every measurement of the KPI.
     */
    @Query("select m from Measurement m where m.kpiId = :kpiId order by m.kpiId desc, m.date desc limit 1")
    Optional<Measurement> latest(long kpiId);

    /** Measurements of a KPI, newest first, a slice at a time (no count), read along the same index. */
    @Query("select m from Measurement m where m.kpiId = :kpiId order by m.kpiId desc, m.date desc")
    Slice<Measurement> newestFirst(long kpiId, Pageable pageable);

    List<Measurement> findByKpiIdOrderByDateAsc(long kpiId);

    List<Measurement> findByKpiIdAndDateBetweenOrderByDateAsc(long kpiId, LocalDate from, LocalDate to);

    long countByKpiId(long kpiId);

    @Modifying
    @Query("delete from Measurement m where m.kpiId = :kpiId")
    void deleteByKpi(long kpiId);
}

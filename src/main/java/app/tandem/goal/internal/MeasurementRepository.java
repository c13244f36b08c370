package app.tandem.goal.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
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

    /** A KPI's measurements from and to a day, oldest first, a page at a time. */
    Page<Measurement> findByKpiIdAndDateBetweenOrderByDateAsc(
            long kpiId, LocalDate from, LocalDate to, Pageable pageable);

    long countByKpiId(long kpiId);

    @Modifying
    @Query("delete from Measurement m where m.kpiId = :kpiId")
    void deleteByKpi(long kpiId);

    /**
     * The measurements of a workspace's KPIs as if each was recorded on its day: the demo's history,
     * loaded at once, so that "what changed since" (an agenda, Home) compares with what was known then.
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update kpi_measurements set recorded_at = cast(measured_on as timestamp with time zone)"
                    + " where kpi_id in (select id from kpis where workspace_id = :workspaceId)",
            nativeQuery = true)
    int recordedOnTheirDays(long workspaceId);
}

package app.tandem.goal.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    Optional<Measurement> findByIdAndKpiId(long id, long kpiId);

    Optional<Measurement> findByKpiIdAndDate(long kpiId, LocalDate date);

    Optional<Measurement> findFirstByKpiIdOrderByDateDesc(long kpiId);

    List<Measurement> findByKpiIdOrderByDateAsc(long kpiId);

    List<Measurement> findByKpiIdAndDateBetweenOrderByDateAsc(long kpiId, LocalDate from, LocalDate to);

    long countByKpiId(long kpiId);

    /** The latest measurement of each of the KPIs, for lists. */
    @Query("select m from Measurement m where m.kpiId in :kpiIds and m.date ="
            + " (select max(n.date) from Measurement n where n.kpiId = m.kpiId)")
    List<Measurement> latestOf(Collection<Long> kpiIds);

    @Modifying
    @Query("delete from Measurement m where m.kpiId = :kpiId")
    void deleteByKpi(long kpiId);
}

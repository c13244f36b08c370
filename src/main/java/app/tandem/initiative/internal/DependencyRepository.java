package app.tandem.initiative.internal;

import app.tandem.initiative.DependencyKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DependencyRepository extends JpaRepository<Dependency, Long> {

    String ROW = """
            select new app.tandem.initiative.internal.DependencyRow(
                d.id, d.kind, d.handoffDue, d.state, d.version,
                a.id, a.title, a.status, a.startDate, a.dueDate,
                p.id, p.title, p.status, p.startDate, p.dueDate)
            from Dependency d
            join Initiative a on a.id = d.dependantId
            join Initiative p on p.id = d.providerId
            """;

    Optional<Dependency> findByIdAndWorkspaceId(long id, long workspaceId);

    boolean existsByDependantIdAndProviderIdAndKind(long dependantId, long providerId, DependencyKind kind);

    /** Every dependency of the workspace as (dependant, provider) pairs, for the cycle check. */
    @Query("select d.dependantId, d.providerId from Dependency d where d.workspaceId = :workspaceId")
    List<Object[]> pairs(long workspaceId);

    /** One dependency with both its initiatives. */
    @Query(ROW + " where d.id = :id")
    DependencyRow row(long id);

    /** An initiative's dependencies both ways, by hand-off date. */
    @Query(ROW + " where d.dependantId = :initiativeId or d.providerId = :initiativeId order by d.handoffDue, d.id")
    List<DependencyRow> rowsOf(long initiativeId);

    /** The open dependencies the given initiatives need, to tell which are at risk. */
    @Query(ROW + " where d.dependantId in :dependantIds and d.state = app.tandem.initiative.DependencyState.OPEN")
    List<DependencyRow> openNeededBy(Collection<Long> dependantIds);

    /** Every open dependency of the workspace, to tell which initiatives are at risk. */
    @Query(ROW + " where d.workspaceId = :workspaceId and d.state = app.tandem.initiative.DependencyState.OPEN")
    List<DependencyRow> openIn(long workspaceId);
}

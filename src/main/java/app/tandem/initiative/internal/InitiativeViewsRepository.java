package app.tandem.initiative.internal;

import app.tandem.initiative.InitiativeStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The reads behind the roadmap, the board and the dependency graph: a few queries each, however many
 * initiatives a workspace has (never one per initiative).
 */
public interface InitiativeViewsRepository extends Repository<Initiative, Long> {

    String ROW = """
            select new app.tandem.initiative.internal.InitiativeRow(
                i.id, i.title, i.kind, i.status, i.startDate, i.dueDate, i.proposingTeamId, i.ownerUserId, i.version)
            from Initiative i
            """;

    String OVERLAPPING = """
             where i.workspaceId = :workspaceId and i.startDate <= :to and i.dueDate >= :from
              and (:withDropped = true or i.status <> app.tandem.initiative.InitiativeStatus.DROPPED)
            """;

    /** The initiatives that run on at least one day from {@code from} to {@code to}, by start date, a page of them. */
    @Query(ROW + OVERLAPPING + " order by i.startDate, i.title, i.id")
    List<InitiativeRow> overlapping(
            long workspaceId, LocalDate from, LocalDate to, boolean withDropped, Pageable limit);

    @Query("select count(i) from Initiative i" + OVERLAPPING)
    long countOverlapping(long workspaceId, LocalDate from, LocalDate to, boolean withDropped);

    /** The dependencies whose two initiatives both run on a day of the window. */
    @Query(DependencyRepository.ROW + """
             where d.workspaceId = :workspaceId
              and a.startDate <= :to and a.dueDate >= :from
              and p.startDate <= :to and p.dueDate >= :from
            order by d.id
            """)
    List<DependencyRow> dependenciesWithin(long workspaceId, LocalDate from, LocalDate to);

    /** The initiatives of one status, the earliest due first, a page of them. */
    @Query(ROW + " where i.workspaceId = :workspaceId and i.status = :status order by i.dueDate, i.title, i.id")
    List<InitiativeRow> withStatus(long workspaceId, InitiativeStatus status, Pageable limit);

    /** How many initiatives the workspace has in each status, as (status, count) pairs. */
    @Query("select i.status, count(i) from Initiative i where i.workspaceId = :workspaceId group by i.status")
    List<Object[]> countByStatus(long workspaceId);

    /** What the given initiatives need: their dependencies to their providers. */
    @Query(DependencyRepository.ROW
            + " where d.workspaceId = :workspaceId and d.dependantId in :ids order by d.handoffDue, d.id")
    List<DependencyRow> needs(long workspaceId, Collection<Long> ids);

    /** What needs the given initiatives: their dependencies to their dependants. */
    @Query(DependencyRepository.ROW
            + " where d.workspaceId = :workspaceId and d.providerId in :ids order by d.handoffDue, d.id")
    List<DependencyRow> neededBy(long workspaceId, Collection<Long> ids);
}

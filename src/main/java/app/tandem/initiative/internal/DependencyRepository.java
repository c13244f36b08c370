package app.tandem.initiative.internal;

import app.tandem.initiative.DependencyKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
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

    /**
     * What an initiative needs from others, by hand-off date. (Each way is its own query: with "or",
     * the database reads every dependency instead of looking the initiative up in an index.)
     */
    @Query(ROW + " where d.dependantId = :initiativeId order by d.handoffDue, d.id")
    List<DependencyRow> needsOf(long initiativeId);

    /** What others need from an initiative, by hand-off date. */
    @Query(ROW + " where d.providerId = :initiativeId order by d.handoffDue, d.id")
    List<DependencyRow> neededFrom(long initiativeId);

    /**
     * The rules of {@link app.tandem.initiative.rules.DependencyRisk} in the database, so that which
     * initiatives are at risk is answered without reading every open dependency: an open dependency
     * whose dependant is neither done nor dropped is at risk when its hand-off is due after the
     * dependant starts, the provider was dropped, or the provider is not done and either past its due
     * date or due after the dependant starts. {@code DependencyRiskQueriesIT} checks it answers as the
     * rules do.
     */
    String AT_RISK = """
            select distinct d.dependantId from Dependency d
            join Initiative a on a.id = d.dependantId
            join Initiative p on p.id = d.providerId
            """ + DependencyRepository.AT_RISK_WHERE;

    /** The where clause of {@link #AT_RISK}, to follow {@link #ROW} too. */
    String AT_RISK_WHERE = """
            where d.state = app.tandem.initiative.DependencyState.OPEN
              and a.status not in (app.tandem.initiative.InitiativeStatus.DONE,
                                   app.tandem.initiative.InitiativeStatus.DROPPED)
              and (d.handoffDue > a.startDate
                   or p.status = app.tandem.initiative.InitiativeStatus.DROPPED
                   or (p.status <> app.tandem.initiative.InitiativeStatus.DONE
                       and (p.dueDate < :today or p.dueDate > a.startDate)))
            """;

    /**
     * The dependencies of the workspace at risk on {@code today} (the rules of {@link #AT_RISK}), the
     * earliest hand-off first, a page of them.
     */
    @Query(ROW + AT_RISK_WHERE + " and d.workspaceId = :workspaceId order by d.handoffDue, d.id")
    List<DependencyRow> rowsAtRiskIn(long workspaceId, LocalDate today, Pageable limit);

    /** The initiatives of the workspace with a dependency they need at risk on {@code today}. */
    @Query(AT_RISK + " and d.workspaceId = :workspaceId")
    List<Long> atRiskIn(long workspaceId, LocalDate today);

    /** Those of the given initiatives with a dependency they need at risk on {@code today}. */
    @Query(AT_RISK + " and d.dependantId in :dependantIds")
    List<Long> atRiskAmong(Collection<Long> dependantIds, LocalDate today);

    /**
     * The initiatives of the workspace with a dependency they need at risk on {@code day}, counting only
     * the dependencies made before {@code madeBefore}: which were at risk at an earlier instant, as far
     * as can be told (today's statuses and dates are used, since only statuses keep a history).
     */
    @Query(AT_RISK + " and d.workspaceId = :workspaceId and d.createdAt < :madeBefore")
    List<Long> atRiskInMadeBefore(long workspaceId, LocalDate today, Instant madeBefore);

    /** Open dependencies of the workspace due on or before {@code by} that concern the goal (any, when null). */
    String OPEN_DUE_BY = """
             where d.workspaceId = :workspaceId
               and d.state = app.tandem.initiative.DependencyState.OPEN
               and d.handoffDue <= :by
               and (:goalId is null
                    or d.dependantId in (select g.initiativeId from GoalLinkRow g where g.goalId = :goalId)
                    or d.providerId in (select h.initiativeId from GoalLinkRow h where h.goalId = :goalId))
            """;

    /** The hand-offs still open and due on or before {@code by}, earliest first, a page at a time. */
    @Query(ROW + OPEN_DUE_BY + " order by d.handoffDue, d.id")
    List<DependencyRow> openDueBy(long workspaceId, LocalDate by, @Nullable Long goalId, Pageable pageable);

    @Query("select count(d) from Dependency d" + OPEN_DUE_BY)
    long countOpenDueBy(long workspaceId, LocalDate by, @Nullable Long goalId);
}

package app.tandem.initiative.internal;

import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    Optional<Initiative> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Initiative> findByWorkspaceIdAndIdIn(long workspaceId, Collection<Long> ids);

    /** The titles of the workspace's initiatives. */
    @Query("select i.title from Initiative i where i.workspaceId = :workspaceId")
    List<String> titles(long workspaceId);

    /**
     * Whether another initiative of the workspace (not {@code exceptId}) has this title, compared
     * without case and surrounding spaces ({@code lowered}: the title stripped and lower-cased).
     */
    @Query("""
            select count(i) > 0 from Initiative i
            where i.workspaceId = :workspaceId and i.id <> :exceptId and lower(trim(i.title)) = :lowered""")
    boolean titleTaken(long workspaceId, String lowered, long exceptId);

    /** The initiatives of a workspace that pass the filters of {@link #ids}. */
    String PASSING = """
            from Initiative i
            where i.workspaceId = :workspaceId
              and (:kind is null or i.kind = :kind)
              and (:status is null or i.status = :status)
              and (:ownerId is null or i.ownerUserId = :ownerId)
              and (:goalId is null or i.id in (select g.initiativeId from GoalLinkRow g where g.goalId = :goalId))
              and (:teamId is null
                   or i.proposingTeamId = :teamId
                   or i.id in (select e.id from Initiative e join e.effort f where key(f) = :teamId)
                   or i.id in (select c.id from Initiative c join c.contributors k where k.teamId = :teamId))
            """;

    /**
     * The ids of the workspace's initiatives that pass the filters (a null one lets everything
     * through), by start date, then title. A team matches the proposing team, a team putting in effort
     * or a contributor's team (each found by team in its index, not initiative by initiative).
     */
    @Query("select i.id " + PASSING + " order by i.startDate, i.title, i.id")
    List<Long> ids(
            long workspaceId,
            @Nullable InitiativeKind kind,
            @Nullable InitiativeStatus status,
            @Nullable Long ownerId,
            @Nullable Long goalId,
            @Nullable Long teamId);

    /** One page of {@link #ids}, paged by the database, so a page does not read every id. */
    @Query(
            value = "select i.id " + PASSING + " order by i.startDate, i.title, i.id",
            countQuery = "select count(i) " + PASSING)
    Page<Long> ids(
            long workspaceId,
            @Nullable InitiativeKind kind,
            @Nullable InitiativeStatus status,
            @Nullable Long ownerId,
            @Nullable Long goalId,
            @Nullable Long teamId,
            Pageable pageable);

    /** The workspace's initiatives past their due date on {@code today}, neither done nor dropped: late. */
    @Query("""
            select i.id from Initiative i where i.workspaceId = :workspaceId and i.dueDate < :today
              and i.status not in (app.tandem.initiative.InitiativeStatus.DONE,
                                   app.tandem.initiative.InitiativeStatus.DROPPED)
            """)
    List<Long> lateIn(long workspaceId, java.time.LocalDate today);
}

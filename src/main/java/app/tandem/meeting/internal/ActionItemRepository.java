package app.tandem.meeting.internal;

import app.tandem.meeting.ActionItemState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByCheckInIdOrderByIdAsc(long checkInId);

    Optional<ActionItem> findByIdAndCheckInId(long id, long checkInId);

    long countByCheckInId(long checkInId);

    /** Open action items due before {@code today}, earliest first: for the agenda. */
    List<ActionItem> findByWorkspaceIdAndStateAndDueLessThanOrderByDueAscIdAsc(
            long workspaceId, ActionItemState state, LocalDate today, Pageable pageable);

    /**
     * {@code userId}'s open action items (id, text, due, check-in id, check-in date, workspace id) in
     * these workspaces: overdue first, then by due date, those without one last.
     */
    @Query(nativeQuery = true, value = """
                    select a.id, a.text, a.due_date, c.id, c.starts_on, a.workspace_id
                    from check_in_action_items a
                    join check_ins c on c.id = a.check_in_id
                    where a.owner_user_id = :userId and a.state = 'OPEN' and a.workspace_id in (:workspaceIds)
                    order by case when a.due_date is null then 1 else 0 end, a.due_date, a.id
                    """)
    List<Object[]> openFor(long userId, Collection<Long> workspaceIds, Pageable pageable);

    @Query(nativeQuery = true, value = """
                    select count(*)
                    from check_in_action_items a
                    where a.owner_user_id = :userId and a.state = 'OPEN' and a.workspace_id in (:workspaceIds)
                    """)
    long countOpenFor(long userId, Collection<Long> workspaceIds);
}

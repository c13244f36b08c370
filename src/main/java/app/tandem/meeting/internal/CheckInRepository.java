package app.tandem.meeting.internal;

import app.tandem.meeting.CheckInState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByIdAndWorkspaceId(long id, long workspaceId);

    /** The workspace's check-ins by start (cancelled ones too, not those a new rhythm superseded). */
    Page<CheckIn> findByWorkspaceIdAndSupersededFalseOrderByStartsAtAscIdAsc(long workspaceId, Pageable pageable);

    /** The workspace's check-ins that start at or after {@code from}, by start, superseded ones too (for calendars). */
    Page<CheckIn> findByWorkspaceIdAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
            long workspaceId, Instant from, Pageable pageable);

    /** The workspace's check-ins that start at or after {@code from}, by start (not those superseded). */
    Page<CheckIn> findByWorkspaceIdAndSupersededFalseAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
            long workspaceId, Instant from, Pageable pageable);

    List<CheckIn> findByCadenceIdOrderByOccurrenceAsc(long cadenceId);

    List<CheckIn> findByCadenceIdInAndStateAndStartsAtBetweenOrderByStartsAtAsc(
            Collection<Long> cadenceIds, CheckInState state, Instant from, Instant to);

    /** The last check-in of the cadence held before {@code before} (not cancelled). */
    Optional<CheckIn> findFirstByCadenceIdAndStateAndStartsAtLessThanOrderByStartsAtDesc(
            long cadenceId, CheckInState state, Instant before);

    /** The cadence's next check-in at or after {@code from} (not cancelled). */
    Optional<CheckIn> findFirstByCadenceIdAndStateAndStartsAtGreaterThanEqualOrderByStartsAtAsc(
            long cadenceId, CheckInState state, Instant from);

    @Query("select max(c.occurrence) from CheckIn c where c.cadenceId = :cadenceId")
    Optional<Integer> lastOccurrence(long cadenceId);

    List<CheckIn> findByWorkspaceIdAndStateAndStartsAtBetweenOrderByStartsAtAsc(
            long workspaceId, CheckInState state, Instant from, Instant to, Pageable pageable);

    /**
     * Check-ins (id, workspace id, cadence title, date, start, the cadence's time zone) between {@code from} and {@code to}, not
     * cancelled, in these workspaces, where {@code userId} is an attendee or, when nobody's attendance
     * is recorded yet, any member: for the "My work" inbox.
     */
    @Query(nativeQuery = true, value = """
                    select c.id, c.workspace_id, k.title, c.starts_on, c.start_time, k.time_zone
                    from check_ins c
                    join checkin_cadences k on k.id = c.cadence_id
                    where c.workspace_id in (:workspaceIds) and c.state = 'SCHEDULED'
                      and c.starts_at >= :from and c.starts_at < :to
                      and (exists (select 1 from check_in_attendees a where a.check_in_id = c.id and a.user_id = :userId)
                           or not exists (select 1 from check_in_attendees a where a.check_in_id = c.id))
                    order by c.starts_at, c.id
                    """)
    List<Object[]> upcomingFor(long userId, Collection<Long> workspaceIds, Instant from, Instant to, Pageable pageable);

    @Query(nativeQuery = true, value = """
                    select count(*)
                    from check_ins c
                    where c.workspace_id in (:workspaceIds) and c.state = 'SCHEDULED'
                      and c.starts_at >= :from and c.starts_at < :to
                      and (exists (select 1 from check_in_attendees a where a.check_in_id = c.id and a.user_id = :userId)
                           or not exists (select 1 from check_in_attendees a where a.check_in_id = c.id))
                    """)
    long countUpcomingFor(long userId, Collection<Long> workspaceIds, Instant from, Instant to);
}

package app.tandem.insight;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by the module that keeps the work (initiative): the initiatives a team can close a
 * routed insight with, and recording that one acts on the insight (the insight then backs it). {@code
 * insight} does not depend on {@code initiative}; without an implementation a route closes with words
 * only. The caller has checked access to the workspace and the role; only the workspace's initiatives
 * are answered.
 */
public interface ActingWork {

    /** The most initiatives {@link #openFor} answers. */
    int MAX_OPEN = 200;

    /**
     * An initiative: its title, its status in words ("In progress"), where its page is (e.g. {@code
     * initiatives/12}), whether it is the team's (proposed by it, with its effort or a contributor
     * from it) and whether it was dropped (so it acts on nothing).
     */
    record Initiative(long id, String title, String status, String path, boolean teams, boolean dropped) {}

    /**
     * The workspace's initiatives that are neither done nor dropped, the team's first, then by due
     * date and title; at most {@link #MAX_OPEN}.
     */
    List<Initiative> openFor(long workspaceId, long teamId);

    /** The workspace's initiative with this id; empty when there is none in the workspace. */
    Optional<Initiative> find(long workspaceId, long initiativeId);

    /** The workspace's initiatives among these ids (ids of none or of another workspace left out). */
    Map<Long, Initiative> named(long workspaceId, Collection<Long> initiativeIds);

    /**
     * Records that the initiative acts on the insight: the insight backs it from now on (nothing
     * changes when it does already). Both are the workspace's (checked by the caller with {@link
     * #find}).
     */
    void actsOn(long workspaceId, long initiativeId, long insightId);
}

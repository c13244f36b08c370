package app.tandem.workspace;

import java.util.List;

/**
 * Implemented by each module that gives a person something to do (action items, reviews they are
 * invited to, insights routed to their teams, check-ins they attend): the "My work" inbox and its
 * count in the navigation list them all, across the workspaces the person is a member of; a
 * workspace's home page lists those of one workspace. {@code workspace} depends on none of those
 * modules; it takes every implementation there is. Implementations ask {@link Workspaces#mine} which
 * workspaces the person is in, and read their own tables only.
 */
public interface WorkForMe {

    /** What this source lists, as the inbox's heading for it: "Action items". */
    String heading();

    /** Where this source's section stands in the inbox, lower first. */
    int order();

    /**
     * The person's open items, most urgent first (overdue, then by due date), at most {@code limit};
     * only from workspaces the person is still a member of.
     */
    List<WorkItem> openFor(long userId, int limit);

    /**
     * The person's open items in one workspace they are a member of ({@code workspace} is theirs,
     * access checked), most urgent first, at most {@code limit}: for the workspace's home page, which
     * must not miss them behind other workspaces' items.
     */
    List<WorkItem> openIn(long userId, WorkspaceContext workspace, int limit);

    /** How many open items the person has here, for the count in the navigation. */
    long countFor(long userId);
}

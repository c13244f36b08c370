package app.tandem.backup;

import java.util.List;

/**
 * A workspace imported from its archive: its id, address and name here, the rows added, the people
 * its rows name who were found here by email and who were added (they sign in once an admin sends
 * them a password link), the links to rows outside the workspace left out, what an archive of a
 * workspace never holds, the migrations that brought an older Tandem's archive up to this version
 * (none for this version's own), and how long it took in seconds.
 */
public record WorkspaceImportSummary(
        long workspaceId,
        String slug,
        String name,
        long rows,
        int peopleMatched,
        int peopleAdded,
        long linksLeftOut,
        List<String> notCarried,
        List<String> upgradedBy,
        double seconds) {

    /** This summary, for an archive an older Tandem made that {@code migrations} brought up to this version. */
    public WorkspaceImportSummary upgradedBy(List<String> migrations) {
        return new WorkspaceImportSummary(
                workspaceId,
                slug,
                name,
                rows,
                peopleMatched,
                peopleAdded,
                linksLeftOut,
                notCarried,
                List.copyOf(migrations),
                seconds);
    }
}

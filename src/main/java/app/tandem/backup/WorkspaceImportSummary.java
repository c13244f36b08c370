package app.tandem.backup;

import java.util.List;

/**
 * A workspace imported from its archive: its id, address and name here, the rows added, the people
 * its rows name who were found here by email and who were added (they sign in once an admin sends
 * them a password link), the links to rows outside the workspace left out, what an archive of a
 * workspace never holds, and how long it took in seconds.
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
        double seconds) {}

package app.tandem.backup;

/**
 * A workspace archive imported under an address another workspace has (409 naming {@code slug}, as
 * creating a workspace under it is): nothing was changed.
 */
public class WorkspaceAddressTaken extends BackupRefused {
    public WorkspaceAddressTaken(String slug) {
        super(
                Kind.CONFLICT,
                "slug",
                "There is already a workspace " + slug + " here: give the imported one another address.");
    }
}

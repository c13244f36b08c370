package app.tandem.backup;

import app.tandem.support.DomainException;

/** A backup archive that cannot be restored (damaged, not a backup, from a newer Tandem), or a restore that failed: nothing changed. */
public class BackupRefused extends DomainException {
    public BackupRefused(String message) {
        super(Kind.INVALID, "file", message);
    }
}

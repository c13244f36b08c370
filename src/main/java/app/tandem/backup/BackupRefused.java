package app.tandem.backup;

import app.tandem.support.DomainException;

/** A backup archive that cannot be restored (damaged, not a backup, from a newer Tandem), or a restore that failed: nothing changed. */
public class BackupRefused extends DomainException {
    public BackupRefused(String message) {
        super(Kind.INVALID, "file", message);
    }

    /** Refused for what {@code field} says (the address a workspace would be imported under, say). */
    public BackupRefused(String field, String message) {
        super(Kind.INVALID, field, message);
    }

    /** Refused as {@code kind} says (a conflict: the address is another workspace's). */
    protected BackupRefused(Kind kind, String field, String message) {
        super(kind, field, message);
    }
}

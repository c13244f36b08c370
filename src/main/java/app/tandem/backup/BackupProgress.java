package app.tandem.backup;

/**
 * What a backup, a check or a restore tells while it works, for a progress bar: the rows of the
 * phase handled so far, of how many. The phases are "Backing up" (the database's rows read into the
 * archive), "Checking" (the archive's rows read and their checksums compared) and "Restoring" (its
 * rows written into the database).
 */
@FunctionalInterface
public interface BackupProgress {

    /** Nothing to tell. */
    BackupProgress NONE = (phase, done, total) -> {};

    /** {@code done} of the {@code total} rows of {@code phase} handled. */
    void rows(String phase, long done, long total);
}

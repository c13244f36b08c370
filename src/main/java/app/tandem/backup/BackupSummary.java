package app.tandem.backup;

import java.nio.file.Path;

/** A backup written: where, how many tables and rows, its size in bytes and how long it took in seconds. */
public record BackupSummary(Path file, int tables, long rows, long bytes, double seconds) {}

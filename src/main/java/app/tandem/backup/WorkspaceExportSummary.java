package app.tandem.backup;

import java.nio.file.Path;

/**
 * A workspace written into its archive: the file, the workspace's slug, the tables and rows it holds,
 * the people its rows name (their email and display name only), the archive's size in bytes, and how
 * long it took in seconds.
 */
public record WorkspaceExportSummary(
        Path file, String slug, int tables, long rows, int people, long bytes, double seconds) {}

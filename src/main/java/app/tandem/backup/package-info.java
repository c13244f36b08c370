/**
 * Backup and restore of a whole instance (M12): {@link app.tandem.backup.Backups} writes the
 * database into one archive and restores one, checked first and applied in one transaction; a
 * daily backup keeps the newest few. Used by the command line ({@code ./tandem backup}, {@code
 * ./tandem restore}). {@link app.tandem.backup.WorkspaceArchives} writes one workspace into an
 * archive and imports one into another instance ({@code ./tandem export-workspace}, {@code ./tandem
 * import-workspace}, a workspace's settings page and an instance admin's import page, and the API).
 * {@code internal} holds the archives' format over plain JDBC and the schedule; {@code web} the pages
 * and the API.
 */
@ApplicationModule(allowedDependencies = {"insight", "support", "workspace", "identity"})
@NullMarked
package app.tandem.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

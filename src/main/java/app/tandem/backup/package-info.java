/**
 * Backup and restore of a whole instance (M12): {@link app.tandem.backup.Backups} writes the
 * database into one archive and restores one, checked first and applied in one transaction; a
 * daily backup keeps the newest few. Used by the command line ({@code ./tandem backup}, {@code
 * ./tandem restore}). {@code internal} holds the archive's format over plain JDBC and the schedule.
 */
@ApplicationModule(allowedDependencies = {"insight", "support"})
@NullMarked
package app.tandem.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

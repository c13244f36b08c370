package app.tandem.backup;

import java.util.List;

/**
 * A restore done: the Tandem version and time the archive was made, the tables and rows restored,
 * the insights indexed again, the migrations that brought an older Tandem's archive up to this
 * version (none for this version's own), and how long it took in seconds.
 */
public record RestoreSummary(
        String madeBy, String madeAt, int tables, long rows, long indexed, List<String> upgradedBy, double seconds) {}

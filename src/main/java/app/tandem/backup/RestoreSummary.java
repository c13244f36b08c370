package app.tandem.backup;

/**
 * A restore done: the Tandem version and time the archive was made, the tables and rows restored,
 * the insights indexed again, and how long it took in seconds.
 */
public record RestoreSummary(String madeBy, String madeAt, int tables, long rows, long indexed, double seconds) {}

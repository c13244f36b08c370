package app.tandem.cli;

import app.tandem.backup.BackupProgress;
import java.io.PrintWriter;

/**
 * A progress bar on standard error for work counted in rows, one line per phase: "Restoring
 * [###############...............]  50% 12,000 of 24,000 rows", redrawn at most ten times a second;
 * a count alone when the total is not known.
 */
final class RowsBar implements BackupProgress {

    private static final long EVERY = 100_000_000L; // ns

    private final PrintWriter err;
    private String phase = "";
    private long shownAt;

    RowsBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void rows(String phase, long done, long total) {
        boolean next = !phase.equals(this.phase);
        long now = System.nanoTime();
        if (!next && done != total && now - shownAt < EVERY) {
            return;
        }
        if (next && !this.phase.isEmpty()) {
            err.println();
        }
        this.phase = phase;
        shownAt = now;
        if (total < 0) {
            err.printf("\r%-10s %,d rows   ", phase, done);
        } else {
            err.printf(
                    "\r%-10s %s %,d of %,d rows   ",
                    phase, ImportCommand.ProgressBar.bar(total == 0 ? 1 : done / (double) total), done, total);
        }
        err.flush();
    }

    /** Ends the line of the last phase. */
    synchronized void end() {
        if (!phase.isEmpty()) {
            err.println();
            err.flush();
            phase = "";
        }
    }
}

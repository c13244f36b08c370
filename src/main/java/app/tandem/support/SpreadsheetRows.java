package app.tandem.support;

import java.util.Arrays;
import java.util.List;

/**
 * Which spreadsheet row each line of a CSV file starts: a record whose cells hold line breaks spans
 * several lines but is one row, so after it the two differ. Kept as the lines where the difference
 * changes (a file without line breaks in its cells holds none), read as rows arrive; {@link
 * #onRows} gives errors found by line their rows.
 */
public final class SpreadsheetRows {

    private int[] lines = new int[0];
    private int[] offsets = new int[0];
    private int size;
    private int offset;

    /** Record {@code row} (the header is row 1) starts on {@code line}. */
    public void starts(int line, int row) {
        int now = line - row;
        if (now == offset) {
            return;
        }
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, Math.max(8, size * 2));
            offsets = Arrays.copyOf(offsets, lines.length);
        }
        lines[size] = line;
        offsets[size] = now;
        size++;
        offset = now;
    }

    /** The row of the record that starts on {@code line}. */
    public int rowOf(int line) {
        int at = Arrays.binarySearch(lines, 0, size, line);
        int index = at >= 0 ? at : -at - 2;
        return index < 0 ? line : line - offsets[index];
    }

    /** {@code errors} with their rows, in place. */
    public void onRows(List<RowError> errors) {
        if (size > 0) {
            errors.replaceAll(e -> e.onRow(rowOf(e.line())));
        }
    }
}

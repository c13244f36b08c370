package app.tandem.support.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a workspace's rows for an export in pages of {@link #PAGE} by a increasing key (each page
 * starts after the last key of the one before), and writes each row as it is read: memory holds one
 * page at most, however many rows there are. Call it inside a read-only transaction.
 *
 * <p>The query takes three parameters, in order: the workspace id, the key to start after, and the
 * page size, and orders by the key; for example {@code ... where x.workspace_id = ? and x.id > ?
 * order by x.id fetch first ? rows only}. The first cell of each row is the key (a {@code long}).
 */
public final class ExportQuery {

    /** How many rows are read at a time. */
    public static final int PAGE = 1_000;

    /** The cells of one row, the key first. */
    @FunctionalInterface
    public interface Cells {
        Object[] of(ResultSet row) throws SQLException;
    }

    private ExportQuery() {}

    /** Every row of the query for the workspace, to the writer; returns how many. */
    public static long write(JdbcTemplate jdbc, String sql, long workspaceId, ExportWriter writer, Cells cells) {
        long written = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long[] page = {0, after};
            jdbc.query(
                    sql,
                    (ResultSet row) -> {
                        Object[] values = cells.of(row);
                        page[1] = (Long) values[0];
                        page[0]++;
                        writer.row(values);
                    },
                    workspaceId,
                    after,
                    PAGE);
            written += page[0];
            if (page[0] < PAGE) {
                return written;
            }
            after = page[1];
        }
    }
}

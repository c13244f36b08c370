package app.tandem.support.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a workspace's rows for an export with one query whose rows are fetched {@link #FETCH} at a
 * time, and writes each row as it is read: the list is never held in memory. Call it inside a
 * read-only transaction: PostgreSQL then reads through a cursor; H2 keeps a large result on disk.
 *
 * <p>The query takes one parameter, the workspace id; for example {@code ... where x.workspace_id =
 * ? order by x.id}.
 */
public final class ExportQuery {

    /** How many rows the driver fetches at a time. */
    public static final int FETCH = 1_000;

    /** The cells of one row. */
    @FunctionalInterface
    public interface Cells {
        Object[] of(ResultSet row) throws SQLException;
    }

    private ExportQuery() {}

    /** Every row of the query for the workspace, to the writer; returns how many. */
    public static long write(JdbcTemplate jdbc, String sql, long workspaceId, ExportWriter writer, Cells cells) {
        long[] written = {0};
        jdbc.query(
                connection -> {
                    PreparedStatement statement =
                            connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                    statement.setFetchSize(FETCH);
                    statement.setLong(1, workspaceId);
                    return statement;
                },
                (ResultSet row) -> {
                    writer.row(cells.of(row));
                    written[0]++;
                });
        return written[0];
    }
}

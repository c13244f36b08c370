package app.tandem.discovery;

import app.tandem.support.export.ExportQuery;
import app.tandem.support.export.ExportWriter;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every outcome (decision) of every discovery session of a workspace written out one row at a time ({@link ExportQuery}), for an export of any size. */
@Service
@Transactional(readOnly = true)
public class DecisionExports {

    public static final List<String> COLUMNS =
            List.of("id", "session_id", "session", "kind", "what", "why", "created_at");

    private static final String SELECT = """
            select o.id, s.id as session_id, s.topic as session, o.kind, o.what, o.why, o.created_at
            from discovery_outcomes o
            join discovery_sessions s on s.id = o.session_id
            where s.workspace_id = ?
            order by o.id""";

    private final Workspaces workspaces;
    private final JdbcTemplate jdbc;

    DecisionExports(Workspaces workspaces, JdbcTemplate jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /** The workspace, when the person may read it (a viewer too); else refused as not found. */
    public WorkspaceContext access(String slug, long userId) {
        return workspaces.access(slug, userId);
    }

    /** Every row of the workspace to the writer; returns how many. */
    public long write(WorkspaceContext context, ExportWriter writer) {
        return ExportQuery.write(jdbc, SELECT, context.id(), writer, DecisionExports::cells);
    }

    private static Object[] cells(ResultSet row) throws SQLException {
        return new Object[] {
            row.getLong("id"),
            row.getLong("session_id"),
            row.getString("session"),
            row.getString("kind"),
            row.getString("what"),
            row.getString("why"),
            row.getObject("created_at", OffsetDateTime.class).toInstant()
        };
    }
}

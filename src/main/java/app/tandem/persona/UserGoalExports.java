package app.tandem.persona;

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

/** Every user goal of a workspace written out one row at a time ({@link ExportQuery}), for an export of any size. */
@Service
@Transactional(readOnly = true)
public class UserGoalExports {

    public static final List<String> COLUMNS =
            List.of("id", "persona_id", "persona", "sentence", "importance", "how_we_know", "created_at");

    private static final String SELECT = """
            select g.id, p.id as persona_id, p.name as persona, g.sentence, g.importance, g.how_we_know, g.created_at
            from user_goals g
            join personas p on p.id = g.persona_id
            where g.workspace_id = ?
            order by g.id""";

    private final Workspaces workspaces;
    private final JdbcTemplate jdbc;

    UserGoalExports(Workspaces workspaces, JdbcTemplate jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /** The workspace, when the person may read it (a viewer too); else refused as not found. */
    public WorkspaceContext access(String slug, long userId) {
        return workspaces.access(slug, userId);
    }

    /** Every row of the workspace to the writer; returns how many. */
    public long write(WorkspaceContext context, ExportWriter writer) {
        return ExportQuery.write(jdbc, SELECT, context.id(), writer, UserGoalExports::cells);
    }

    private static Object[] cells(ResultSet row) throws SQLException {
        return new Object[] {
            row.getLong("id"),
            row.getLong("persona_id"),
            row.getString("persona"),
            row.getString("sentence"),
            row.getInt("importance"),
            row.getString("how_we_know"),
            row.getObject("created_at", OffsetDateTime.class).toInstant()
        };
    }
}

package app.tandem.journey;

import app.tandem.support.export.ExportQuery;
import app.tandem.support.export.ExportWriter;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every stage of every journey of a workspace, one row each, written out one row at a time ({@link ExportQuery}), for an export of any size. */
@Service
@Transactional(readOnly = true)
public class JourneyStageExports {

    public static final List<String> COLUMNS =
            List.of("id", "journey_id", "journey", "persona", "position", "stage", "doing", "thinking", "emotion");

    private static final String SELECT = """
            select s.id, j.id as journey_id, j.name as journey, p.name as persona, s.position, s.name as stage,
                   s.doing, s.thinking, s.emotion
            from journey_stages s
            join journeys j on j.id = s.journey_id
            join personas p on p.id = j.persona_id
            where j.workspace_id = ?
            order by s.id""";

    private final Workspaces workspaces;
    private final JdbcTemplate jdbc;

    JourneyStageExports(Workspaces workspaces, JdbcTemplate jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /** The workspace, when the person may read it (a viewer too); else refused as not found. */
    public WorkspaceContext access(String slug, long userId) {
        return workspaces.access(slug, userId);
    }

    /** Every row of the workspace to the writer; returns how many. */
    public long write(WorkspaceContext context, ExportWriter writer) {
        return ExportQuery.write(jdbc, SELECT, context.id(), writer, JourneyStageExports::cells);
    }

    private static Object[] cells(ResultSet row) throws SQLException {
        return new Object[] {
            row.getLong("id"),
            row.getLong("journey_id"),
            row.getString("journey"),
            row.getString("persona"),
            row.getInt("position"),
            row.getString("stage"),
            row.getString("doing"),
            row.getString("thinking"),
            row.getInt("emotion")
        };
    }
}

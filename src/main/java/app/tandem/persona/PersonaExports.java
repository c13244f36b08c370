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

/** Every persona of a workspace written out one row at a time ({@link ExportQuery}), for an export of any size. */
@Service
@Transactional(readOnly = true)
public class PersonaExports {

    public static final List<String> COLUMNS = List.of("id", "name", "kind", "team", "summary", "quote", "created_at");

    private static final String SELECT = """
            select p.id, p.name, p.kind, t.name as team, p.summary, p.quote, p.created_at
            from personas p
            left join teams t on t.id = p.team_id
            where p.workspace_id = ?
            order by p.id""";

    private final Workspaces workspaces;
    private final JdbcTemplate jdbc;

    PersonaExports(Workspaces workspaces, JdbcTemplate jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /** The workspace, when the person may read it (a viewer too); else refused as not found. */
    public WorkspaceContext access(String slug, long userId) {
        return workspaces.access(slug, userId);
    }

    /** Every row of the workspace to the writer; returns how many. */
    public long write(WorkspaceContext context, ExportWriter writer) {
        return ExportQuery.write(jdbc, SELECT, context.id(), writer, PersonaExports::cells);
    }

    private static Object[] cells(ResultSet row) throws SQLException {
        return new Object[] {
            row.getLong("id"),
            row.getString("name"),
            row.getString("kind"),
            row.getString("team"),
            row.getString("summary"),
            row.getString("quote"),
            row.getObject("created_at", OffsetDateTime.class).toInstant()
        };
    }
}

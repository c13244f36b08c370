package app.tandem.initiative;

import app.tandem.support.export.ExportQuery;
import app.tandem.support.export.ExportWriter;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A workspace's initiatives written out one row at a time ({@link ExportQuery}), for an export of any size. */
@Service
@Transactional(readOnly = true)
public class InitiativeExports {

    public static final List<String> COLUMNS = List.of(
            "id",
            "title",
            "description",
            "kind",
            "status",
            "proposing_team",
            "owner",
            "start_date",
            "due_date",
            "confidence",
            "created_at");

    private static final String SELECT = """
            select i.id, i.title, i.description, i.kind, i.status, t.name as team, u.display_name as owner,
                   i.start_date, i.due_date, i.confidence, i.created_at
            from initiatives i
            left join teams t on t.id = i.proposing_team_id
            left join users u on u.id = i.owner_user_id
            where i.workspace_id = ?
            order by i.id""";

    private final Workspaces workspaces;
    private final JdbcTemplate jdbc;

    InitiativeExports(Workspaces workspaces, JdbcTemplate jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /** The workspace, when the person may read it (a viewer too); else refused as not found. */
    public WorkspaceContext access(String slug, long userId) {
        return workspaces.access(slug, userId);
    }

    /** Every initiative of the workspace to the writer; returns how many. */
    public long write(WorkspaceContext context, ExportWriter writer) {
        return ExportQuery.write(jdbc, SELECT, context.id(), writer, InitiativeExports::cells);
    }

    private static Object[] cells(ResultSet row) throws SQLException {
        return new Object[] {
            row.getLong("id"),
            row.getString("title"),
            row.getString("description"),
            row.getString("kind"),
            row.getString("status"),
            row.getString("team"),
            row.getString("owner"),
            row.getObject("start_date", LocalDate.class),
            row.getObject("due_date", LocalDate.class),
            row.getString("confidence"),
            row.getObject("created_at", OffsetDateTime.class).toInstant()
        };
    }
}

package app.tandem.meeting;

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

/** Every action item of every check-in of a workspace written out one row at a time ({@link ExportQuery}), for an export of any size. */
@Service
@Transactional(readOnly = true)
public class ActionItemExports {

    public static final List<String> COLUMNS =
            List.of("id", "check_in_id", "check_in_on", "text", "owner", "due_date", "state", "created_at");

    private static final String SELECT = """
            select a.id, c.id as check_in_id, c.starts_on as check_in_on, a.text, u.display_name as owner,
                   a.due_date, a.state, a.created_at
            from check_in_action_items a
            join check_ins c on c.id = a.check_in_id
            left join users u on u.id = a.owner_user_id
            where a.workspace_id = ?
            order by a.id""";

    private final Workspaces workspaces;
    private final JdbcTemplate jdbc;

    ActionItemExports(Workspaces workspaces, JdbcTemplate jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /** The workspace, when the person may read it (a viewer too); else refused as not found. */
    public WorkspaceContext access(String slug, long userId) {
        return workspaces.access(slug, userId);
    }

    /** Every row of the workspace to the writer; returns how many. */
    public long write(WorkspaceContext context, ExportWriter writer) {
        return ExportQuery.write(jdbc, SELECT, context.id(), writer, ActionItemExports::cells);
    }

    private static Object[] cells(ResultSet row) throws SQLException {
        return new Object[] {
            row.getLong("id"),
            row.getLong("check_in_id"),
            row.getObject("check_in_on", LocalDate.class),
            row.getString("text"),
            row.getString("owner"),
            row.getObject("due_date", LocalDate.class),
            row.getString("state"),
            row.getObject("created_at", OffsetDateTime.class).toInstant()
        };
    }
}

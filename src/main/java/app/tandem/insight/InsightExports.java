package app.tandem.insight;

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

/**
 * A workspace's insights written out one row at a time, for an export of any size: one query read
 * as it is fetched ({@link ExportQuery}) in a read-only transaction, never the whole list in memory.
 */
@Service
@Transactional(readOnly = true)
public class InsightExports {

    /** The columns, in order: what the list shows, and the description. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "title",
            "description",
            "source",
            "team",
            "observed_on",
            "external_ref",
            "sentiment",
            "reach",
            "evidence_strength",
            "tags",
            "theme",
            "created_at");

    private static final String SELECT = """
            select i.id, i.title, i.body, i.source_type, t.name as team, i.observed_on, i.external_ref,
                   i.sentiment, i.reach, i.evidence_strength, i.tags, th.name as theme, i.created_at
            from insights i
            left join teams t on t.id = i.team_id
            left join insight_theme_placements p on p.insight_id = i.id
            left join insight_themes th on th.id = p.theme_id
            where i.workspace_id = ?
            order by i.id""";

    private final Workspaces workspaces;
    private final JdbcTemplate jdbc;

    InsightExports(Workspaces workspaces, JdbcTemplate jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /** The workspace, when the person may read it (any member, a viewer too); else refused as not found. */
    public WorkspaceContext access(String slug, long userId) {
        return workspaces.access(slug, userId);
    }

    /** Every insight of the workspace, oldest id first, to the writer; returns how many. */
    public long write(WorkspaceContext context, ExportWriter writer) {
        return ExportQuery.write(jdbc, SELECT, context.id(), writer, InsightExports::cells);
    }

    private static Object[] cells(ResultSet row) throws SQLException {
        String tags = row.getString("tags");
        return new Object[] {
            row.getLong("id"),
            row.getString("title"),
            row.getString("body"),
            row.getString("source_type"),
            row.getString("team"),
            row.getObject("observed_on", LocalDate.class),
            row.getString("external_ref"),
            row.getInt("sentiment"),
            row.getInt("reach"),
            row.getString("evidence_strength"),
            tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(" ")),
            row.getString("theme"),
            row.getObject("created_at", OffsetDateTime.class).toInstant()
        };
    }
}

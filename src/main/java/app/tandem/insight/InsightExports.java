package app.tandem.insight;

import app.tandem.support.InvalidInput;
import app.tandem.support.export.ExportQuery;
import app.tandem.support.export.ExportWriter;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The most insights a search's export holds; every insight of the workspace has no limit. */
    public static final int SEARCH_EXPORT_MAX = 100_000;

    /** How many insights of a search's export are read in one query. */
    private static final int CHUNK = 500;

    private static final String SELECT_BY_ID = """
            select i.id, i.title, i.body, i.source_type, t.name as team, i.observed_on, i.external_ref,
                   i.sentiment, i.reach, i.evidence_strength, i.tags, th.name as theme, i.created_at
            from insights i
            left join teams t on t.id = i.team_id
            left join insight_theme_placements p on p.insight_id = i.id
            left join insight_themes th on th.id = p.theme_id
            where i.workspace_id = ? and i.id in (%s)""";

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
    private final Insights insights;

    InsightExports(Workspaces workspaces, JdbcTemplate jdbc, Insights insights) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
        this.insights = insights;
    }

    /** The workspace, when the person may read it (any member, a viewer too); else refused as not found. */
    public WorkspaceContext access(String slug, long userId) {
        return workspaces.access(slug, userId);
    }

    /** Every insight of the workspace, oldest id first, to the writer; returns how many. */
    public long write(WorkspaceContext context, ExportWriter writer) {
        return ExportQuery.write(jdbc, SELECT, context.id(), writer, InsightExports::cells);
    }

    /**
     * The ids of what a search finds, in its order, to export with {@link #write(WorkspaceContext,
     * List, ExportWriter)}; refused (naming {@code q}) past {@link #SEARCH_EXPORT_MAX}, before
     * anything is written.
     */
    public List<Long> found(WorkspaceContext context, InsightSearch search) {
        return found(context, search, SEARCH_EXPORT_MAX);
    }

    /** The same with another limit than {@link #SEARCH_EXPORT_MAX}: {@code max} found are exported, one more is refused. */
    public List<Long> found(WorkspaceContext context, InsightSearch search, int max) {
        List<Long> ids = insights.ids(context, search, max);
        if (ids.size() > max) {
            throw new InvalidInput(
                    "q",
                    "This search finds more than " + String.format(Locale.ROOT, "%,d", max)
                            + " insights: narrow it, or export every insight without a search.");
        }
        return ids;
    }

    /** The insights of {@code ids}, in that order, to the writer, a chunk at a time; returns how many. */
    public long write(WorkspaceContext context, List<Long> ids, ExportWriter writer) {
        long written = 0;
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            Map<Long, Object[]> rows = new HashMap<>();
            Object[] arguments = new Object[chunk.size() + 1];
            arguments[0] = context.id();
            for (int i = 0; i < chunk.size(); i++) {
                arguments[i + 1] = chunk.get(i);
            }
            jdbc.query(
                    SELECT_BY_ID.formatted(String.join(",", Collections.nCopies(chunk.size(), "?"))),
                    (ResultSet row) -> {
                        rows.putIfAbsent(row.getLong("id"), cells(row));
                    },
                    arguments);
            for (Long id : chunk) {
                Object[] cells = rows.get(id);
                if (cells != null) {
                    writer.row(cells);
                    written++;
                }
            }
        }
        return written;
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

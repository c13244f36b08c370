package app.tandem.initiative;

import app.tandem.support.export.ExportQuery;
import app.tandem.support.export.ExportWriter;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
            "effort",
            "needs_web_form",
            "created_at");

    /** An initiative's row once per team of its effort, its teams in order of name. */
    private static final String SELECT = """
            select i.id, i.title, i.description, i.kind, i.status, t.name as team, u.display_name as owner,
                   u.email as owner_email,
                   i.start_date, i.due_date, i.confidence, i.needs_web_form, i.created_at,
                   et.name as effort_team, et.id as effort_team_id, e.person_weeks
            from initiatives i
            left join teams t on t.id = i.proposing_team_id
            left join users u on u.id = i.owner_user_id
            left join initiative_efforts e on e.initiative_id = i.id
            left join teams et on et.id = e.team_id
            where i.workspace_id = ?
            order by i.id, et.name""";

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

    /**
     * Every initiative of the workspace to the writer; returns how many. Its effort is written as the
     * import reads it ("Design: 2; IT: 3.5"), so an export imports into another workspace as it is.
     */
    public long write(WorkspaceContext context, ExportWriter writer) {
        ByInitiative rows = new ByInitiative(writer);
        Set<String> shared = sharedNames(context);
        ExportQuery.write(jdbc, SELECT, context.id(), rows, row -> cells(row, shared));
        rows.finish();
        return rows.written;
    }

    /** The index of the effort column, which the rows of one initiative fill in turn. */
    private static final int EFFORT = COLUMNS.indexOf("effort");

    /**
     * The display names two or more of the workspace's members go by (stripped, in lower case, as the
     * import compares them): an owner with one of them is written by email, which the import reads
     * as that person, where the name would be refused as not one member's alone.
     */
    private Set<String> sharedNames(WorkspaceContext context) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query(
                "select u.display_name from workspace_members m join users u on u.id = m.user_id where m.workspace_id = ?",
                (ResultSet row) -> {
                    String name = row.getString(1);
                    if (name != null) {
                        counts.merge(nameKey(name), 1, Integer::sum);
                    }
                },
                context.id());
        Set<String> shared = new HashSet<>();
        counts.forEach((name, count) -> {
            if (count > 1) {
                shared.add(name);
            }
        });
        return shared;
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable Object[] cells(ResultSet row, Set<String> sharedNames) throws SQLException {
        String owner = row.getString("owner");
        if (owner != null && sharedNames.contains(nameKey(owner))) {
            owner = row.getString("owner_email");
        }
        String team = row.getString("effort_team");
        double weeks = row.getDouble("person_weeks");
        return new Object[] {
            row.getLong("id"),
            row.getString("title"),
            row.getString("description"),
            row.getString("kind"),
            row.getString("status"),
            row.getString("team"),
            owner,
            row.getObject("start_date", LocalDate.class),
            row.getObject("due_date", LocalDate.class),
            row.getString("confidence"),
            team == null
                    ? null
                    : effortTeam(team, row.getLong("effort_team_id")) + ": "
                            + BigDecimal.valueOf(weeks).stripTrailingZeros().toPlainString(),
            row.getBoolean("needs_web_form"),
            row.getObject("created_at", OffsetDateTime.class).toInstant()
        };
    }

    /**
     * A team as the effort cell names it: by name, or by id when the name holds what separates the
     * cell's teams ({@code ;}, {@code |}, a line break), which the import would split it at.
     */
    private static String effortTeam(String name, long id) {
        return name.matches("(?s).*[;|\\n\\r].*") ? String.valueOf(id) : name;
    }

    /**
     * Joins the query's rows of one initiative (one per team of its effort) into one, and writes it
     * when the next initiative's row comes: one initiative is held at a time.
     */
    private static final class ByInitiative implements ExportWriter {
        private final ExportWriter writer;
        private @Nullable Object @Nullable [] current;
        private long written;

        ByInitiative(ExportWriter writer) {
            this.writer = writer;
        }

        @Override
        public void row(@Nullable Object... cells) {
            if (current != null && current[0] != null && current[0].equals(cells[0])) {
                current[EFFORT] = current[EFFORT] + "; " + cells[EFFORT];
                return;
            }
            finish();
            current = cells.clone();
        }

        /** Writes the initiative held (the underlying writer's document is finished by its owner). */
        @Override
        public void finish() {
            if (current != null) {
                writer.row(current);
                written++;
                current = null;
            }
        }
    }
}

package app.tandem.goal;

import app.tandem.support.export.ExportQuery;
import app.tandem.support.export.ExportWriter;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every measurement of every KPI of a workspace written out one row at a time ({@link ExportQuery}), for an export of any size. */
@Service
@Transactional(readOnly = true)
public class KpiMeasurementExports {

    public static final List<String> COLUMNS = List.of("id", "kpi_id", "kpi", "measured_on", "value", "note", "source");

    private static final String SELECT = """
            select m.id, k.id as kpi_id, k.name as kpi, m.measured_on, m.measured, m.note, m.source
            from kpi_measurements m
            join kpis k on k.id = m.kpi_id
            where k.workspace_id = ?
            order by m.id""";

    private final Workspaces workspaces;
    private final JdbcTemplate jdbc;

    KpiMeasurementExports(Workspaces workspaces, JdbcTemplate jdbc) {
        this.workspaces = workspaces;
        this.jdbc = jdbc;
    }

    /** The workspace, when the person may read it (a viewer too); else refused as not found. */
    public WorkspaceContext access(String slug, long userId) {
        return workspaces.access(slug, userId);
    }

    /** Every row of the workspace to the writer; returns how many. */
    public long write(WorkspaceContext context, ExportWriter writer) {
        return ExportQuery.write(jdbc, SELECT, context.id(), writer, KpiMeasurementExports::cells);
    }

    private static Object[] cells(ResultSet row) throws SQLException {
        return new Object[] {
            row.getLong("id"),
            row.getLong("kpi_id"),
            row.getString("kpi"),
            row.getObject("measured_on", LocalDate.class),
            row.getDouble("measured"),
            row.getString("note"),
            row.getString("source")
        };
    }
}

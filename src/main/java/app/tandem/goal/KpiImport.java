package app.tandem.goal;

import app.tandem.goal.internal.Kpi;
import app.tandem.goal.internal.KpiRepository;
import app.tandem.support.CsvImportReport;
import app.tandem.support.CsvRows;
import app.tandem.support.DomainException;
import app.tandem.support.ImportMode;
import app.tandem.support.RowError;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Defines KPIs from CSV, as a spreadsheet of metrics gives them: {@code name}, {@code unit}
 * (percent, count, currency, score), {@code direction} (higher or lower is better), {@code
 * baseline}, {@code baseline date}, {@code target} and {@code target date}, and {@code guardrail
 * min}, {@code guardrail max} and {@code data source} as wanted; other columns are left out. Each
 * row is checked as a KPI made on its page is (and its name against the workspace's KPIs and the
 * rows above it); every wrong row is reported by line and column, and nothing is saved unless every
 * row is good or {@link ImportMode#GOOD_ROWS} is asked for. The good rows are saved in one
 * transaction through {@link Kpis#create}.
 */
@Service
public class KpiImport {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 1_000;

    private static final Map<String, String> COLUMNS = columns();

    private final Workspaces workspaces;
    private final KpiRepository kpis;
    private final Kpis service;
    private final TransactionTemplate writing;

    KpiImport(Workspaces workspaces, KpiRepository kpis, Kpis service, TransactionTemplate writing) {
        this.workspaces = workspaces;
        this.kpis = kpis;
        this.service = service;
        this.writing = writing;
    }

    /** Checks that the person may define KPIs in the workspace, before an upload is read. */
    public void checkImport(String slug, long userId) {
        workspaces.accessToChange(slug, userId);
    }

    /** Reads the CSV before any transaction begins, checks every row, and defines the good ones in one. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CsvImportReport importCsv(String slug, long userId, Reader csv, ImportMode mode) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Set<String> taken = new HashSet<>();
        kpis.findByWorkspaceIdOrderByNameKeyAsc(context.id()).forEach(kpi -> taken.add(Kpi.key(kpi.name())));
        List<RowError> errors = new ArrayList<>();
        List<KpiInput> good = new ArrayList<>();
        CsvRows.read(
                csv,
                MAX_ROWS,
                COLUMNS,
                // (each has a column, or the header is the file's one error, not every row's)
                List.of("name", "unit", "direction", "baseline", "baselineDate", "target", "targetDate"),
                "name, unit, direction, baseline, baseline date, target, target date, and any of guardrail min,"
                        + " guardrail max, data source",
                row -> {
                    KpiInput input = row(context.id(), row, taken, errors);
                    if (input != null) {
                        good.add(input);
                    }
                },
                errors);
        return CsvImportReport.apply(
                good,
                errors,
                mode,
                rows -> writing.executeWithoutResult(
                        status -> rows.forEach(input -> service.create(slug, userId, input))));
    }

    private static @Nullable KpiInput row(long workspaceId, CsvRows.Row row, Set<String> taken, List<RowError> errors) {
        int line = row.line();
        int before = errors.size();
        KpiUnit unit = null;
        String unitText = row.get("unit");
        if (unitText != null) {
            unit = switch (unitText.strip().toLowerCase(Locale.ROOT)) {
                case "percent", "%", "percentage" -> KpiUnit.PERCENT;
                case "count", "number", "#" -> KpiUnit.COUNT;
                case "currency", "money", "€", "$", "£" -> KpiUnit.CURRENCY;
                case "score" -> KpiUnit.SCORE;
                default -> {
                    errors.add(new RowError(
                            line, "unit", "'" + unitText + "' is not a unit; use percent, count, currency or score."));
                    yield null;
                }
            };
        }
        Direction direction = null;
        String directionText = row.get("direction");
        if (directionText != null) {
            String key = directionText.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (key.startsWith("higher") || key.equals("up") || key.equals("increase")) {
                direction = Direction.HIGHER_IS_BETTER;
            } else if (key.startsWith("lower") || key.equals("down") || key.equals("decrease")) {
                direction = Direction.LOWER_IS_BETTER;
            } else {
                errors.add(new RowError(
                        line,
                        "direction",
                        "'" + directionText + "' is not a direction; use higher is better or lower is better."));
            }
        }
        KpiInput input = new KpiInput(
                row.get("name"),
                unit,
                direction,
                CsvRows.number(row, "baseline", "baseline", errors),
                CsvRows.day(line, "baseline date", row.get("baselineDate"), errors),
                CsvRows.number(row, "target", "target", errors),
                CsvRows.day(line, "target date", row.get("targetDate"), errors),
                CsvRows.number(row, "guardrailMin", "guardrail min", errors),
                CsvRows.number(row, "guardrailMax", "guardrail max", errors),
                row.get("dataSource"),
                null,
                null);
        if (errors.size() > before) {
            return null;
        }
        try {
            new Kpi(workspaceId, input); // the checks of a KPI made on its page; nothing is saved
        } catch (DomainException e) {
            e.fieldErrors().forEach(f -> errors.add(new RowError(line, column(f.field()), f.message())));
            return null;
        }
        if (!taken.add(Kpi.key(input.name() == null ? "" : input.name()))) {
            errors.add(new RowError(
                    line, "name", "a KPI called '" + input.name() + "' is in this workspace or above in the file."));
            return null;
        }
        return input;
    }

    /** The CSV column a field of {@link KpiInput} comes from, to name it in a row's problem. */
    private static String column(String field) {
        return switch (field) {
            case "baselineValue" -> "baseline";
            case "baselineDate" -> "baseline date";
            case "targetValue" -> "target";
            case "targetDate" -> "target date";
            case "guardrailMin" -> "guardrail min";
            case "guardrailMax" -> "guardrail max";
            case "dataSource" -> "data source";
            default -> field;
        };
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new HashMap<>();
        List.of("name", "kpi", "metric").forEach(c -> columns.put(c, "name"));
        columns.put("unit", "unit");
        List.of("direction", "better").forEach(c -> columns.put(c, "direction"));
        List.of("baseline", "baseline_value").forEach(c -> columns.put(c, "baseline"));
        List.of("baseline_date", "baseline_on").forEach(c -> columns.put(c, "baselineDate"));
        List.of("target", "target_value").forEach(c -> columns.put(c, "target"));
        List.of("target_date", "target_on", "due").forEach(c -> columns.put(c, "targetDate"));
        List.of("guardrail_min", "min").forEach(c -> columns.put(c, "guardrailMin"));
        List.of("guardrail_max", "max").forEach(c -> columns.put(c, "guardrailMax"));
        List.of("data_source", "source").forEach(c -> columns.put(c, "dataSource"));
        return Map.copyOf(columns);
    }
}

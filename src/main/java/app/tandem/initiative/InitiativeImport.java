package app.tandem.initiative;

import app.tandem.initiative.internal.InitiativeChecks;
import app.tandem.initiative.internal.InitiativeDirectory;
import app.tandem.support.CsvSeparator;
import app.tandem.support.DomainException;
import app.tandem.support.ImportMode;
import app.tandem.support.RowError;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Proposes initiatives from CSV, as a roadmap tool's export gives them: a header row naming the
 * columns: {@code title}, {@code kind}, {@code team}, {@code start} and {@code due} as a proposal
 * needs them, and {@code description}, {@code owner} (a member's email; the person importing when
 * empty), {@code confidence}, {@code effort} and {@code needs web form} as wanted; other columns are
 * left out; comma, semicolon or tab separated as the header shows. Every wrong row is
 * reported by line, field and reason; nothing is saved unless every row is good or {@link
 * ImportMode#GOOD_ROWS} is asked for; the good rows are saved in one transaction, each as {@link
 * Initiatives#propose} saves one.
 */
@Service
public class InitiativeImport {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 5_000;

    /** What an import did: {@code imported} proposed, or {@code rejected} with nothing saved. */
    public record Report(int imported, boolean rejected, List<RowError> errors) {}

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** Each column's names, as a header writes them in lower case with other characters as _. */
    private static final Map<String, String> COLUMNS = columns();

    private final Workspaces workspaces;
    private final InitiativeDirectory directory;
    private final Initiatives initiatives;
    private final TransactionTemplate writing;

    InitiativeImport(
            Workspaces workspaces,
            InitiativeDirectory directory,
            Initiatives initiatives,
            TransactionTemplate writing) {
        this.workspaces = workspaces;
        this.directory = directory;
        this.initiatives = initiatives;
        this.writing = writing;
    }

    /**
     * Checks that the person may propose initiatives in the workspace, before an upload is read: a
     * person of no workspace gets its 404, a viewer 403.
     */
    public void checkImport(String slug, long userId) {
        workspaces.accessToChange(slug, userId);
    }

    /**
     * Reads the CSV (at most {@value #MAX_ROWS} rows, before any transaction begins), checks every
     * row as a proposal is checked, and proposes the good ones in one transaction.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Report importCsv(String slug, long userId, Reader csv, ImportMode mode) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        InitiativeDirectory.Snapshot names = directory.of(context);
        List<RowError> errors = new ArrayList<>();
        List<InitiativeInput> good = new ArrayList<>();
        read(csv, names, userId, good, errors);
        if (!errors.isEmpty() && (mode == ImportMode.ALL_OR_NOTHING || good.isEmpty())) {
            return new Report(0, true, errors);
        }
        writing.executeWithoutResult(status -> good.forEach(input -> initiatives.propose(slug, userId, input)));
        return new Report(good.size(), false, errors);
    }

    private static void read(
            Reader text,
            InitiativeDirectory.Snapshot names,
            long importer,
            List<InitiativeInput> good,
            List<RowError> errors) {
        BufferedReader in = new BufferedReader(text, CsvSeparator.LOOK_AT);
        Map<String, Integer> header = null;
        int rows = 0;
        try {
            in.mark(CsvSeparator.LOOK_AT);
            char[] start = new char[CsvSeparator.LOOK_AT];
            int length = Math.max(0, in.read(start));
            in.reset();
            CsvSchema schema =
                    CsvSchema.emptySchema().withColumnSeparator(CsvSeparator.of(new String(start, 0, length)));
            try (MappingIterator<String[]> it =
                    CSV.readerFor(String[].class).with(schema).readValues(in)) {
                while (it.hasNextValue()) {
                    int line = it.currentLocation().getLineNr();
                    String[] cells = it.nextValue();
                    if (Arrays.stream(cells).allMatch(String::isBlank)) {
                        continue;
                    }
                    if (header == null) {
                        header = header(cells);
                        if (!header.containsKey("title")) {
                            errors.add(new RowError(
                                    line,
                                    "header",
                                    "no column gives the title. The first line names the columns: title, and any of"
                                            + " description, kind, team, owner, start, due, confidence, effort, needs web"
                                            + " form."));
                            return;
                        }
                        continue;
                    }
                    if (++rows > MAX_ROWS) {
                        errors.add(new RowError(line, "file", "more than " + MAX_ROWS + " rows; split the file."));
                        return;
                    }
                    InitiativeInput input = row(line, cells, header, names, importer, errors);
                    if (input != null) {
                        good.add(input);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            errors.add(new RowError(line, "file", "is not readable CSV (" + e.getOriginalMessage() + ")."));
        }
        if (header == null && errors.isEmpty()) {
            errors.add(new RowError(1, "file", "is empty. The first line names the columns: title, and any others."));
        }
    }

    private static @Nullable InitiativeInput row(
            int line,
            String[] cells,
            Map<String, Integer> header,
            InitiativeDirectory.Snapshot names,
            long importer,
            List<RowError> errors) {
        int before = errors.size();
        InitiativeKind kind = choice(line, "kind", cell(cells, header, "kind"), InitiativeKind.values(), errors);
        Confidence confidence =
                choice(line, "confidence", cell(cells, header, "confidence"), Confidence.values(), errors);
        Long team = null;
        String teamText = cell(cells, header, "team");
        if (teamText != null) {
            try {
                team = names.team(teamText, "team");
            } catch (DomainException e) {
                errors.add(new RowError(line, "team", String.valueOf(e.getMessage())));
            }
        }
        Long owner = importer;
        String ownerText = cell(cells, header, "owner");
        if (ownerText != null) {
            owner = names.memberByEmail(ownerText).orElse(null);
            if (owner == null) {
                errors.add(new RowError(
                        line, "owner", "'" + ownerText + "' is not the email of a member of this workspace."));
            }
        }
        LocalDate start = date(line, "start", cell(cells, header, "start"), errors);
        LocalDate due = date(line, "due", cell(cells, header, "due"), errors);
        List<InitiativeInput.Effort> effort = effort(line, cell(cells, header, "effort"), names, errors);
        String webForm = cell(cells, header, "needsWebForm");
        Boolean needsWebForm = null;
        if (webForm != null) {
            needsWebForm = switch (webForm.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "x" -> true;
                case "false", "no", "n", "0" -> false;
                default -> {
                    errors.add(new RowError(line, "needsWebForm", "'" + webForm + "' is not yes or no."));
                    yield null;
                }
            };
        }
        if (errors.size() > before) {
            return null;
        }
        InitiativeInput input = new InitiativeInput(
                cell(cells, header, "title"),
                cell(cells, header, "description"),
                kind,
                team,
                owner,
                start,
                due,
                confidence == null ? Confidence.MEDIUM : confidence,
                effort,
                List.of(),
                needsWebForm);
        try {
            InitiativeChecks.check(input, names.memberIds(), names.teamIds());
        } catch (DomainException e) {
            e.fieldErrors().forEach(f -> errors.add(new RowError(line, column(f.field()), f.message())));
            return null;
        }
        return input;
    }

    /** The CSV column a field of {@link InitiativeInput} comes from, to name it in a row's problem. */
    private static String column(String field) {
        return switch (field) {
            case "proposingTeamId" -> "team";
            case "ownerId" -> "owner";
            case "startDate" -> "start";
            case "dueDate" -> "due";
            default -> field.startsWith("effort") ? "effort" : field;
        };
    }

    private static <E extends Enum<E>> @Nullable E choice(
            int line, String field, @Nullable String text, E[] values, List<RowError> errors) {
        if (text == null) {
            return null;
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E value : values) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        errors.add(new RowError(
                line,
                field,
                "'" + text + "' is not one of "
                        + Arrays.stream(values)
                                .map(v -> v.name().toLowerCase(Locale.ROOT))
                                .toList()
                        + "."));
        return null;
    }

    private static @Nullable LocalDate date(int line, String field, @Nullable String text, List<RowError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(line, field, "'" + text + "' is not a date; use YYYY-MM-DD."));
            return null;
        }
    }

    /** "Design: 2; IT: 3.5": each team (by name or id) and its person-weeks. */
    private static @Nullable List<InitiativeInput.Effort> effort(
            int line, @Nullable String text, InitiativeDirectory.Snapshot names, List<RowError> errors) {
        if (text == null) {
            return null;
        }
        List<InitiativeInput.Effort> effort = new ArrayList<>();
        for (String part : text.split("[;|\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.lastIndexOf(':');
            if (colon < 0) {
                errors.add(new RowError(
                        line,
                        "effort",
                        "'" + part.strip() + "' is not a team and its person-weeks, such as Design: 2."));
                continue;
            }
            try {
                long team = names.team(part.substring(0, colon), "effort");
                double weeks = Double.parseDouble(part.substring(colon + 1).strip());
                effort.add(new InitiativeInput.Effort(team, weeks));
            } catch (NumberFormatException e) {
                errors.add(new RowError(
                        line,
                        "effort",
                        "'" + part.substring(colon + 1).strip() + "' is not a number of person-weeks."));
            } catch (DomainException e) {
                errors.add(new RowError(line, "effort", String.valueOf(e.getMessage())));
            }
        }
        return effort;
    }

    private static @Nullable String cell(String[] cells, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= cells.length) {
            return null;
        }
        String value = cells[index].strip();
        return value.isEmpty() ? null : value;
    }

    private static Map<String, Integer> header(String[] cells) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String key = cells[i].replace("\uFEFF", "")
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}]+", "_")
                    .replaceAll("^_+|_+$", "");
            String column = COLUMNS.get(key);
            if (column != null) {
                header.putIfAbsent(column, i);
            }
        }
        return header;
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new HashMap<>();
        List.of("title", "name", "summary").forEach(c -> columns.put(c, "title"));
        List.of("description", "details").forEach(c -> columns.put(c, "description"));
        List.of("kind", "type").forEach(c -> columns.put(c, "kind"));
        List.of("team", "proposing_team", "proposed_by").forEach(c -> columns.put(c, "team"));
        List.of("owner", "owner_email", "assignee").forEach(c -> columns.put(c, "owner"));
        List.of("start", "start_date", "starts").forEach(c -> columns.put(c, "start"));
        List.of("due", "due_date", "end", "end_date", "target_date").forEach(c -> columns.put(c, "due"));
        columns.put("confidence", "confidence");
        List.of("effort", "efforts").forEach(c -> columns.put(c, "effort"));
        List.of("needs_web_form", "web_form", "needswebform").forEach(c -> columns.put(c, "needsWebForm"));
        return Map.copyOf(columns);
    }
}

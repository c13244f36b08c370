package app.tandem.initiative;

import app.tandem.initiative.internal.InitiativeChecks;
import app.tandem.initiative.internal.InitiativeDirectory;
import app.tandem.initiative.internal.InitiativeRepository;
import app.tandem.support.CsvImportReport;
import app.tandem.support.CsvRows;
import app.tandem.support.CsvValues;
import app.tandem.support.DomainException;
import app.tandem.support.ImportMode;
import app.tandem.support.InvalidInput;
import app.tandem.support.RowError;
import app.tandem.support.SpreadsheetRows;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManager;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposes initiatives from CSV, as a roadmap tool's export gives them: a header row naming the
 * columns: {@code title}, {@code kind}, {@code team}, {@code start} and {@code due} as a proposal
 * needs them, and {@code description}, {@code owner} (a member's email or the name of one member alone; the person importing when
 * empty), {@code confidence}, {@code effort} and {@code needs web form} as wanted; other columns are
 * left out (Tandem's own export imports as it is written); a row whose title an initiative of the
 * workspace has already is wrong; comma, semicolon or tab separated as the header shows. Every wrong row is
 * reported by line, field and reason; nothing is saved unless every row is good or {@link
 * ImportMode#GOOD_ROWS} is asked for; the good rows are saved in one transaction, each as {@link
 * Initiatives#propose} saves one.
 */
@Service
public class InitiativeImport {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 5_000;

    private static final Pattern NAME_AND_EMAIL = Pattern.compile("[^<>]*<([^<>\\s]+@[^<>\\s]+)>");

    /** Each column's names, as a header writes them in lower case with other characters as _. */
    private static final Map<String, String> COLUMNS = columns();

    private final Workspaces workspaces;
    private final InitiativeDirectory directory;
    private final Initiatives initiatives;
    private final TransactionTemplate writing;
    private final EntityManager entityManager;
    private final InitiativeRepository repository;

    InitiativeImport(
            Workspaces workspaces,
            InitiativeDirectory directory,
            Initiatives initiatives,
            TransactionTemplate writing,
            EntityManager entityManager,
            InitiativeRepository repository) {
        this.workspaces = workspaces;
        this.directory = directory;
        this.initiatives = initiatives;
        this.writing = writing;
        this.entityManager = entityManager;
        this.repository = repository;
    }

    /**
     * Checks that the person may propose initiatives in the workspace, before an upload is read: a
     * person of no workspace gets its 404, a viewer 403.
     */
    public void checkImport(String slug, long userId) {
        workspaces.accessToChange(slug, userId);
    }

    /**
     * The kind and the proposing team of the rows that give none (a tracker's export has neither: Jira,
     * Asana, Linear), as the person importing chooses them; null: each row gives its own. The team is
     * a name or id of the workspace's teams, as in a file.
     */
    public record Defaults(@Nullable String kind, @Nullable String team) {

        public static final Defaults NONE = new Defaults(null, null);

        /** The kind, read as a file's is: null when none was chosen; an error naming {@code kind}. */
        @Nullable InitiativeKind kindChosen() {
            if (kind == null || kind.isBlank()) {
                return null;
            }
            List<RowError> wrong = new ArrayList<>();
            InitiativeKind chosen = choice(0, "kind", kind, InitiativeKind.values(), wrong);
            if (chosen == null) {
                throw new InvalidInput("kind", wrong.getFirst().message());
            }
            return chosen;
        }
    }

    /**
     * Checks the kind and team chosen for rows without one before a file is read: a wrong one is a 400
     * naming {@code kind} or {@code team}.
     */
    public void checkDefaults(String slug, long userId, Defaults defaults) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        defaults.kindChosen();
        if (defaults.team() != null && !defaults.team().isBlank()) {
            directory.of(context).team(defaults.team(), "team");
        }
    }

    /**
     * Reads the CSV (at most {@value #MAX_ROWS} rows, before any transaction begins), checks every
     * row as a proposal is checked, and proposes the good ones in one transaction.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CsvImportReport importCsv(String slug, long userId, Reader csv, ImportMode mode) {
        return importCsv(slug, userId, csv, mode, Defaults.NONE);
    }

    /** {@link #importCsv(String, long, Reader, ImportMode)}, rows without a kind or team taking {@code defaults}'. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CsvImportReport importCsv(String slug, long userId, Reader csv, ImportMode mode, Defaults defaults) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        InitiativeDirectory.Snapshot names = directory.of(context);
        InitiativeKind kind = defaults.kindChosen();
        Long team = defaults.team() == null || defaults.team().isBlank() ? null : names.team(defaults.team(), "team");
        List<RowError> errors = new ArrayList<>();
        List<InitiativeInput> good = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        SpreadsheetRows spreadsheet = read(csv, names, userId, kind, team, good, lines, errors);
        leaveOutExisting(context.id(), good, lines, errors);
        spreadsheet.onRows(errors);
        return CsvImportReport.apply(
                good,
                errors,
                mode,
                rows -> writing.executeWithoutResult(status -> {
                    // one import into a workspace at a time, the titles looked at again once it is held: two
                    // imports of one file at once each found no initiative of its titles and both proposed
                    // them (an API probe, December 2026)
                    workspaces.holdWorkspace(context);
                    List<RowError> meanwhile = new ArrayList<>();
                    leaveOutExisting(context.id(), new ArrayList<>(rows), new ArrayList<>(lines), meanwhile);
                    if (!meanwhile.isEmpty()) {
                        throw new TitlesTakenMeanwhile(meanwhile.size());
                    }
                    // in batches, each written and let go: a persistence context holding every row saved
                    // so far made each query's automatic flush check them all (5,000 rows took 15 minutes)
                    for (int from = 0; from < rows.size(); from += BATCH) {
                        initiatives.proposeAll(slug, userId, rows.subList(from, Math.min(rows.size(), from + BATCH)));
                        entityManager.flush();
                        entityManager.clear();
                    }
                }));
    }

    /** Rows proposed between two clearings of the persistence context. */
    private static final int BATCH = 100;

    /**
     * A row whose title an initiative of the workspace has already (in any case) is wrong on its
     * line, so that importing a file again, or a workspace's own export, proposes nothing twice.
     */
    private void leaveOutExisting(
            long workspaceId, List<InitiativeInput> good, List<Integer> lines, List<RowError> errors) {
        if (good.isEmpty()) {
            return;
        }
        // (compared in Java, as the file's titles are: a database's lower() may not lower every letter)
        Set<String> existing = new HashSet<>();
        repository.titles(workspaceId).forEach(t -> existing.add(t.strip().toLowerCase(Locale.ROOT)));
        Map<String, Integer> firstLine = new HashMap<>();
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            String title = String.valueOf(good.get(i).title()).strip();
            String key = title.toLowerCase(Locale.ROOT);
            if (existing.contains(key)) {
                errors.add(new RowError(
                        lines.get(i),
                        "title",
                        "'" + title + "' is an initiative of this workspace already; leave the row out, or"
                                + " save only the good rows."));
                wrong.add(i);
            } else {
                Integer earlier = firstLine.putIfAbsent(key, lines.get(i));
                if (earlier != null) {
                    errors.add(new RowError(
                            lines.get(i),
                            "title",
                            "line " + earlier + " proposes '" + title + "' already; leave one of the two out."));
                    wrong.add(i);
                }
            }
        }
        for (int j = wrong.size() - 1; j >= 0; j--) {
            int i = wrong.get(j);
            good.remove(i);
            lines.remove(i);
        }
        errors.sort(Comparator.comparingInt(RowError::line));
    }

    /** Titles of the file proposed by another import (or a person) while this one was read: nothing is saved. */
    static final class TitlesTakenMeanwhile extends DomainException {
        TitlesTakenMeanwhile(int rows) {
            super(
                    Kind.CONFLICT,
                    "file",
                    (rows == 1 ? "1 row's title was" : rows + " rows' titles were")
                            + " proposed in this workspace while the file was being read, most likely by another"
                            + " import of it. Nothing of this file was imported: import it again to see which rows"
                            + " those are.");
        }
    }

    private static SpreadsheetRows read(
            Reader text,
            InitiativeDirectory.Snapshot names,
            long importer,
            @Nullable InitiativeKind kind,
            @Nullable Long team,
            List<InitiativeInput> good,
            List<Integer> lines,
            List<RowError> errors) {
        // (each has a column, or the header is the file's one error, not every row's), but a kind or
        // a team chosen for every row
        List<String> needed = new ArrayList<>(List.of("title", "start", "due"));
        if (kind == null) {
            needed.add(1, "kind");
        }
        if (team == null) {
            needed.add(kind == null ? 2 : 1, "team");
        }
        return CsvRows.read(
                text,
                MAX_ROWS,
                COLUMNS,
                needed,
                String.join(", ", needed) + ", and any of description, owner, confidence, effort, needs web form"
                        + (kind == null || team == null
                                ? " (or choose a kind and a team for the rows without one)"
                                : ""),
                row -> {
                    InitiativeInput input = row(row, names, importer, kind, team, errors);
                    if (input != null) {
                        good.add(input);
                        lines.add(row.line());
                    }
                },
                errors);
    }

    private static @Nullable InitiativeInput row(
            CsvRows.Row cells,
            InitiativeDirectory.Snapshot names,
            long importer,
            @Nullable InitiativeKind kindChosen,
            @Nullable Long teamChosen,
            List<RowError> errors) {
        int line = cells.line();
        int before = errors.size();
        String kindText = cells.get("kind");
        InitiativeKind kind = kindText == null && kindChosen != null
                ? kindChosen
                : choice(line, "kind", kindText, InitiativeKind.values(), errors);
        Confidence confidence = choice(line, "confidence", cells.get("confidence"), Confidence.values(), errors);
        Long team = teamChosen;
        String teamText = cells.get("team");
        if (teamText != null) {
            team = null;
            try {
                team = names.team(teamText, "team");
            } catch (DomainException e) {
                errors.add(new RowError(line, "team", String.valueOf(e.getMessage())));
            }
        }
        Long owner = importer;
        String ownerText = cells.get("ownerEmail") != null ? cells.get("ownerEmail") : cells.get("owner");
        if (ownerText != null) {
            // "Jane Doe <jane@example.com>", as Azure DevOps and mail programs write a person: the email
            Matcher named = NAME_AND_EMAIL.matcher(ownerText.strip());
            owner = names.member(named.matches() ? named.group(1) : ownerText).orElse(null);
            if (owner == null) {
                errors.add(new RowError(
                        line,
                        "owner",
                        "'" + ownerText + "' is neither the email of a member of this workspace nor the name of"
                                + " one member alone."));
            }
        }
        LocalDate start = CsvRows.day(line, "start", cells.get("start"), errors);
        LocalDate due = CsvRows.day(line, "due", cells.get("due"), errors);
        List<InitiativeInput.Effort> effort = effort(line, cells.get("effort"), cells.decimals(), names, errors);
        String webForm = cells.get("needsWebForm");
        Boolean needsWebForm = null;
        if (webForm != null) {
            needsWebForm = switch (webForm.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "x" -> true;
                case "false", "no", "n", "0" -> false;
                default -> {
                    errors.add(new RowError(line, "needs web form", "'" + webForm + "' is not yes or no."));
                    yield null;
                }
            };
        }
        // what could be read is checked too, so a row's every problem is listed at once
        Set<String> refused = new HashSet<>();
        errors.subList(before, errors.size()).forEach(e -> refused.add(e.field()));
        InitiativeInput input = new InitiativeInput(
                cells.get("title"),
                cells.get("description"),
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
            InitiativeChecks.check(input, names.memberIds(), names.teamIds(), names::inTeam);
        } catch (DomainException e) {
            e.fieldErrors().stream()
                    .filter(f -> !refused.contains(column(f.field())))
                    .forEach(f -> errors.add(new RowError(line, column(f.field()), f.message())));
            return null;
        }
        return errors.size() > before ? null : input;
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
                line, field, "'" + text + "' is not a " + field + " Tandem knows: use " + or(values) + "."));
        return null;
    }

    /** "campaign, feature or research": the values as a sentence lists them. */
    private static <E extends Enum<E>> String or(E[] values) {
        List<String> words = Arrays.stream(values)
                .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .toList();
        return words.size() == 1
                ? words.getFirst()
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }

    /** "Design: 2; IT: 3.5": each team (by name or id) and its person-weeks. */
    private static @Nullable List<InitiativeInput.Effort> effort(
            int line,
            @Nullable String text,
            CsvValues.Decimals decimals,
            InitiativeDirectory.Snapshot names,
            List<RowError> errors) {
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
                // read as the file writes its numbers: 2,5 in a file separated by ; (as KPIs' are)
                String weeksText = part.substring(colon + 1).strip();
                Double weeks = CsvValues.number(weeksText, decimals);
                String ambiguous = CsvValues.ambiguity(weeksText, decimals);
                if (weeks == null) {
                    errors.add(new RowError(
                            line,
                            "effort",
                            ambiguous != null
                                    ? ambiguous
                                    : "'" + weeksText + "' is not a number of person-weeks; "
                                            + CsvValues.numberFormats(decimals)));
                } else {
                    effort.add(new InitiativeInput.Effort(team, weeks));
                }
            } catch (DomainException e) {
                errors.add(new RowError(line, "effort", String.valueOf(e.getMessage())));
            }
        }
        return effort;
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new HashMap<>();
        // (Jira: Summary, Assignee, Start date, Due date; Productboard and Aha!: Feature name)
        // (Trello: Card Name; ClickUp: Task Name; Asana and monday.com: Name; Linear and Azure DevOps: Title)
        List.of(
                        "title",
                        "name",
                        "summary",
                        "feature_name",
                        "feature",
                        "initiative_name",
                        "epic_name",
                        "card_name",
                        "task_name")
                .forEach(c -> columns.put(c, "title"));
        // (Asana: Notes; Trello: Card Description; ClickUp: Task Content)
        List.of("description", "details", "feature_description", "notes", "card_description", "task_content")
                .forEach(c -> columns.put(c, "description"));
        List.of("kind", "type").forEach(c -> columns.put(c, "kind"));
        // (Jira: "Custom field (Team)", or its built-in "Team[Team]")
        List.of("team", "proposing_team", "proposed_by", "team_name", "custom_field_team", "team_team")
                .forEach(c -> columns.put(c, "team"));
        // (Azure DevOps: Assigned To, as "Jane Doe <jane@example.com>"); a column of emails beside one of
        // names (Asana: Assignee and Assignee Email) is the one read
        List.of("owner", "owner_name", "assignee", "assigned_to").forEach(c -> columns.put(c, "owner"));
        List.of("owner_email", "assignee_email").forEach(c -> columns.put(c, "ownerEmail"));
        List.of("start", "start_date", "starts", "start_on", "planned_start", "custom_field_start_date", "target_start")
                .forEach(c -> columns.put(c, "start"));
        List.of("due", "due_date", "end", "end_date", "target_date", "release_date", "planned_end", "target_end")
                .forEach(c -> columns.put(c, "due"));
        columns.put("confidence", "confidence");
        List.of("effort", "efforts").forEach(c -> columns.put(c, "effort"));
        List.of("needs_web_form", "web_form", "needswebform").forEach(c -> columns.put(c, "needsWebForm"));
        return Map.copyOf(columns);
    }
}

package app.tandem.insight.importing;

import app.tandem.insight.EvidenceStrength;
import app.tandem.insight.InsightDraft;
import app.tandem.insight.InsightView;
import app.tandem.insight.SourceType;
import app.tandem.insight.internal.Insight;
import app.tandem.insight.routing.Routing;
import app.tandem.support.CsvRows;
import app.tandem.support.DomainException;
import app.tandem.support.ImportMode;
import app.tandem.support.InvalidInput;
import app.tandem.support.OneNodeAtATime;
import app.tandem.support.RowError;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports insights from CSV or JSON exports (a support tool's tickets, survey answers, ...). Two
 * passes over the file, never all of it in memory: the first checks every row and reports each bad
 * one by line, field and reason; the second saves the good rows in chunks, skipping what was
 * imported before (same external reference, or same title and text). By default nothing is saved
 * when any row is bad; {@link ImportMode#GOOD_ROWS} saves the good ones and reports the rest.
 */
@Service
@NamedInterface("importing")
public class InsightImport {

    private static final Logger log = LoggerFactory.getLogger(InsightImport.class);

    /** The insight fields a column can fill, with the column names recognised without a mapping. */
    /**
     * The fields of an insight a column can give, each with the aliases of columns it is taken from
     * when no mapping is given, and a label and hint for people (the mapping page).
     */
    public enum Target {
        externalRef(
                "Reference in the source system",
                "The ticket number or row id there. A row whose reference was imported before is skipped.",
                "external_ref",
                "externalref",
                "ticket_id",
                "ticket_number",
                "ticket",
                "issue_key",
                "issue_id",
                "conversation_id",
                "response_id",
                "respondent_id",
                "review_id",
                "reviewid",
                "id",
                // (Zendesk's and Intercom's "external_id" is the customer's id in another system, mostly
                // empty: the ticket's own "id" first)
                "external_id",
                "ref",
                "reference"),
        title(
                "Title",
                "What was observed, in a line. A row without one is titled with the start of its text.",
                // a ticket's subject before a title: Freshdesk's full export also has the contact's
                // job title, as "Title"
                // (Intercom's conversation JSON: its top-level title is mostly empty)
                "source.subject",
                "subject",
                "ticket_subject",
                "title",
                "summary",
                "issue_summary",
                "conversation_title",
                // App Store Connect's customer reviews
                "attributes.title"),
        body(
                "Text",
                "The details, in Markdown.",
                "body",
                "description",
                "ticket_description",
                "text",
                "details",
                "comment",
                "comments",
                "message",
                "feedback",
                "conversation_body",
                "first_message",
                "source.body",
                // Dovetail's notes and highlights, research repositories' quotes
                "content",
                "notes",
                "note",
                "highlight",
                "highlight_text",
                "quote",
                "verbatim",
                "transcript",
                // store reviews (App Store Connect, Google Play), Typeform's answers
                "review",
                "review_text",
                "attributes.body",
                "comments.usercomment.text",
                "answers.text"),
        observedOn(
                "Observed on",
                "The day it was seen: YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or an Excel serial number, as chosen"
                        + " below or detected (a time after it is ignored). No column: every insight is dated the"
                        + " day of the import.",
                "observed_on",
                "observedon",
                "observed",
                "observed_at",
                "date_observed",
                "created_at",
                "createdat",
                "created_time",
                "created_date",
                "attributes.createddate",
                "created",
                "date_created",
                "conversation_started_at",
                "submitted_at",
                "submission_date",
                // Typeform ("Submit Date (UTC)"), SurveyMonkey ("Start Date": when the answers began)
                "submit_date_utc",
                "submit_date",
                "start_date_utc",
                "end_date",
                "start_date",
                "timestamp",
                "date"),
        tags(
                "Tags",
                "Separated by commas, semicolons or |; by spaces too in a Zendesk ticket export.",
                "tags",
                "labels",
                "tag",
                "ticket_tags",
                "conversation_tags",
                "tag_names",
                "tags.name",
                "tags.tags.name"),
        requester(
                "Requester",
                "Who reported it; added at the end of the text.",
                "requester",
                "requester_email",
                "requester_name",
                "customer",
                "customer_email",
                "customer_name",
                "contact",
                "user_email",
                "reporter",
                "email"),
        sourceType(
                "Source type",
                "Survey, support ticket, interview... Empty: the source type chosen below.",
                // not "source" or "type": in support tools' exports they are the channel or the category
                "source_type",
                "sourcetype"),
        team("Found by team", "A team's name or id. Empty: the team chosen below.", "team", "found_by"),
        sentiment("Sentiment", "A whole number from -2 (very negative) to +2 (very positive). Empty: 0.", "sentiment"),
        reach("Reach", "How many users it concerns, a whole number. Empty: 1.", "reach", "users"),
        evidenceStrength(
                "Evidence strength",
                "ANECDOTE, PATTERN or MEASURED. Empty: ANECDOTE.",
                "evidence_strength",
                "evidencestrength",
                "evidence");

        final List<String> aliases;
        private final String label;
        private final String hint;

        Target(String label, String hint, String... aliases) {
            this.label = label;
            this.hint = hint;
            this.aliases = List.of(aliases);
        }

        /** What people call the field. */
        public String label() {
            return label;
        }

        /** What the field takes, in a sentence or two. */
        public String hint() {
            return hint;
        }

        /** The label of a field named in a row's problem ({@code row} when it is about the whole row). */
        public static String labelOf(String field) {
            return Arrays.stream(values())
                    .filter(t -> t.name().equals(field))
                    .map(Target::label)
                    .findFirst()
                    .orElse("row".equals(field) ? "Whole row" : field);
        }
    }

    /**
     * How one of the first rows of a file would be saved with a mapping: its line, the insight it
     * gives (null when it has problems) and its problems.
     */
    public record PreviewRow(int line, int row, @Nullable InsightDraft draft, List<RowError> errors) {

        /** Where it is, as the page's "Line" column says it: "3 (row 2)", or "12" when the two agree. */
        public String where() {
            return new RowError(line, "", "", row).where();
        }
    }

    /** How many of a file's first rows the mapping page shows as they would be saved. */
    public static final int PREVIEW_ROWS = 5;

    /**
     * What an import did, or would do; {@code dates} says in a sentence how the dates were read, or
     * that no column gave them and every insight is dated the day of the import; {@code text} which
     * column gave each insight's text, or that none did (and which columns no field read, {@code
     * columnsNotRead}, one of which may hold it: an import that recognised no text column saved
     * titles alone without a word, December 2026).
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "InsightImportReport")
    public record Report(
            long rows,
            long imported,
            long duplicates,
            long badRows,
            List<RowError> errors,
            boolean applied,
            String dates,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "Which column gave each insight's text, or that none did, in a sentence")
            String text,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "The file's columns no field read (at most " + MAX_COLUMNS_NAMED
                            + "); map one to a field with map.<field>")
            List<String> columnsNotRead) {}

    /** How many of a file's columns no field read a report names, at most. */
    static final int MAX_COLUMNS_NAMED = 50;

    /** A file's columns no field of {@code mapping} reads, at most {@link #MAX_COLUMNS_NAMED}. */
    static List<String> notRead(List<String> columns, Map<Target, String> mapping) {
        return columns.stream()
                .filter(c -> !mapping.containsValue(c) && !c.isBlank())
                .distinct()
                .limit(MAX_COLUMNS_NAMED)
                .toList();
    }

    /**
     * That no column gives the titles, so each insight is titled with its text's start, in a sentence;
     * null when a column gives them.
     */
    static @Nullable String titleSaid(Map<Target, String> mapping) {
        return mapping.containsKey(Target.title)
                ? null
                : "No column gives the title: each insight is titled with the start of its text. Map a column to"
                        + " the title if one holds it.";
    }

    /** {@link #titleSaid} of a file with this mapping (the mapping page says it above the preview). */
    public @Nullable String titleRead(Path file, ImportFormat format, Map<String, String> givenMapping) {
        return titleSaid(mapping(givenMapping, columns(file, format), format));
    }

    /** Which column gives the insights' text, in a sentence, or that none does. */
    static String textSaid(Map<Target, String> mapping, List<String> notRead) {
        String column = mapping.get(Target.body);
        if (column != null) {
            String title = titleSaid(mapping);
            return "The text of each insight is from the column '" + column + "'." + (title == null ? "" : " " + title);
        }
        return "No column gives the text: each insight has its title alone."
                + (notRead.isEmpty()
                        ? ""
                        : " Columns no field reads: " + String.join(", ", notRead)
                                + "; map one to the text if it holds it.");
    }

    /** How many dates of a file detection looks at, at most. */
    static final int DATES_LOOKED_AT = 10_000;

    public static final int CHUNK = 2000;

    /** An import of at least this many new insights ends by merging the index's segments into one. */
    static final int MERGE_AFTER = 10_000;

    static final int MAX_ERRORS_REPORTED = 1000;
    static final int PROGRESS_EVERY = 1000;

    private final Workspaces workspaces;
    private final Routing routing;
    private final InsightWriter writer;
    private final TransactionTemplate transactions;
    private final OneNodeAtATime oneAtATime;

    /**
     * How long an import waits for another saving into the same workspace (or for the lock of a node
     * that stopped in the middle of one, let go within 30 s) before it is refused.
     */
    static final Duration WAIT_FOR_ANOTHER = Duration.ofSeconds(60);

    InsightImport(
            Workspaces workspaces,
            Routing routing,
            InsightWriter writer,
            TransactionTemplate transactions,
            OneNodeAtATime oneAtATime) {
        this.workspaces = workspaces;
        this.routing = routing;
        this.writer = writer;
        this.transactions = transactions;
        this.oneAtATime = oneAtATime;
    }

    /**
     * The mapping used when none is given: each field from the column named as its first alias that
     * the file has. Names are compared in lower case with every run of other characters than letters
     * and digits as one {@code _}: "Ticket Subject", "ticket-subject" and "TICKET_SUBJECT" are one.
     * The aliases cover the exports of Zendesk, Freshdesk, Intercom, Jira and survey tools, and a
     * column is used for one field only.
     */
    public static Map<Target, String> recognise(List<String> columns) {
        return recognise(columns, ImportFormat.CSV);
    }

    /**
     * {@link #recognise(List)} for a file of this format: a JSON file's nested property ({@code
     * source.body}) matches only an alias written with dots; a CSV header with dots ({@code
     * Ticket.Subject}, as a JSON-to-CSV tool writes one) is read as any other.
     */
    public static Map<Target, String> recognise(List<String> columns, ImportFormat format) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String column : columns) {
            byKey.putIfAbsent(format == ImportFormat.JSON ? nestedKey(column) : columnKey(column), column);
        }
        Map<Target, String> mapping = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Target target : Target.values()) {
            for (String alias : target.aliases) {
                String column = byKey.get(alias);
                if (column != null && used.add(column)) {
                    mapping.put(target, column);
                    break;
                }
            }
        }
        // Tandem's own export calls the source type "source" (beside its other columns): an export
        // imports as it is, source types and all
        String source = byKey.get("source");
        if (source != null
                && !mapping.containsKey(Target.sourceType)
                && byKey.keySet().containsAll(OWN_EXPORT)
                && used.add(source)) {
            mapping.put(Target.sourceType, source);
        }
        return mapping;
    }

    /**
     * The file's other columns named as a title is ({@link Target#title}'s aliases), which no field of
     * {@code mapping} reads, in the aliases' order: a row whose title column is empty takes its title
     * from the first of them it has. None when another column than the one recognised was chosen for
     * the title (the mapping page sends the recognised one back as chosen).
     */
    static List<String> moreTitles(
            List<String> columns, ImportFormat format, Map<Target, String> mapping, Map<String, String> given) {
        String recognised = recognise(columns, format).get(Target.title);
        boolean chosen = given.entrySet().stream()
                .anyMatch(e -> e.getKey().equalsIgnoreCase(Target.title.name())
                        && !java.util.Objects.equals(e.getValue(), recognised));
        if (chosen || !java.util.Objects.equals(mapping.get(Target.title), recognised)) {
            // (a column chosen for the title other than the one recognised: that one alone)
            return List.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String column : columns) {
            byKey.putIfAbsent(format == ImportFormat.JSON ? nestedKey(column) : columnKey(column), column);
        }
        List<String> more = new ArrayList<>();
        for (String alias : Target.title.aliases) {
            String column = byKey.get(alias);
            if (column != null && !mapping.containsValue(column) && !more.contains(column)) {
                more.add(column);
            }
        }
        return more;
    }

    /** Columns of Tandem's own insight export ({@code InsightExports.COLUMNS}) few other files have. */
    private static final List<String> OWN_EXPORT = List.of("observed_on", "external_ref", "evidence_strength");

    /** What separates a cell's tags: commas, semicolons or {@code |}. */
    static final String TAG_SEPARATORS = "[,;|]";

    /**
     * What separates the tags of a file with these columns: {@link #TAG_SEPARATORS}, and spaces too in
     * a Zendesk ticket export (its columns "Via" and "Ticket type" or "Requester domain"), which
     * writes a ticket's tags with a space between them ("billing refund"); a Zendesk tag never holds
     * one.
     */
    static String tagSeparators(List<String> columns) {
        Set<String> keys = new HashSet<>();
        columns.forEach(c -> keys.add(columnKey(c)));
        boolean zendesk = keys.contains("via") && (keys.contains("ticket_type") || keys.contains("requester_domain"));
        return zendesk ? "[,;|\\s]" : TAG_SEPARATORS;
    }

    /**
     * A column's key for recognising it: {@link #columnKey}, and for a JSON file's nested property
     * ({@code source.body}) the key of each part joined by dots, which only an alias written with dots
     * matches (Intercom's {@code source.type} is the conversation's kind, not a source type).
     */
    private static String nestedKey(String column) {
        if (column.indexOf('.') < 0) {
            return columnKey(column);
        }
        List<String> parts = new ArrayList<>();
        for (String part : column.split("\\.")) {
            parts.add(columnKey(part));
        }
        return String.join(".", parts);
    }

    /** A column's name as aliases are written: lower case, other characters than letters and digits as one _. */
    static String columnKey(String column) {
        return column.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "_")
                .replaceAll("^_+|_+$", "");
    }

    /**
     * The mapping of a file: the columns recognised ({@link #recognise}), then each field given as
     * field name to column name in their place; a field given an empty column is not in the file.
     * Unknown fields and columns are an error naming them.
     */
    static Map<Target, String> mapping(Map<String, String> given, List<String> columns, ImportFormat format) {
        Map<Target, String> mapping = recognise(columns, format);
        for (Map.Entry<String, String> e : given.entrySet()) {
            Target target = Arrays.stream(Target.values())
                    .filter(t -> t.name().equalsIgnoreCase(e.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput(
                            "map." + e.getKey(),
                            "Unknown field '" + e.getKey() + "'. Fields: " + Arrays.toString(Target.values())));
            if (e.getValue() == null || e.getValue().isBlank()) {
                mapping.remove(target);
            } else {
                if (!columns.isEmpty() && !columns.contains(e.getValue())) {
                    throw new InvalidInput(
                            "map." + target.name(),
                            "The file has no column '" + e.getValue() + "'. Its columns: " + columnsNamed(columns)
                                    + ".");
                }
                mapping.put(target, e.getValue());
            }
        }
        if (columns.isEmpty()) {
            throw new InvalidInput(
                    "file",
                    format == ImportFormat.JSON
                            ? "The file holds no records: its list is empty."
                            : "The file is empty: it holds no header row and no insights.");
        }
        if (!mapping.containsKey(Target.title) && !mapping.containsKey(Target.body)) {
            throw new InvalidInput(
                    "mapping",
                    "No column gives the title or the text. Map one (for a ticket export, usually 'subject'). Columns: "
                            + columnsNamed(columns) + ".");
        }
        return mapping;
    }

    /** A file's columns in a message: the first {@link #MAX_COLUMNS_NAMED}, and how many more. */
    private static String columnsNamed(List<String> columns) {
        String named =
                String.join(", ", columns.stream().limit(MAX_COLUMNS_NAMED).toList());
        return columns.size() > MAX_COLUMNS_NAMED
                ? named + " and " + (columns.size() - MAX_COLUMNS_NAMED) + " more"
                : named;
    }

    /**
     * Defaults for what a file does not say: the source type and the team that found the insights;
     * and how its dates are written (null or {@link ImportDates.Format#DETECT}: detected from the
     * file).
     */
    public record Defaults(
            @Nullable SourceType sourceType, @Nullable Long teamId, ImportDates.@Nullable Format dateFormat) {

        public Defaults(@Nullable SourceType sourceType, @Nullable Long teamId) {
            this(sourceType, teamId, null);
        }
    }

    /**
     * The first {@code rows} rows of a file as they would be saved with this mapping and these
     * defaults, each with its problems; nothing is saved. A mapping that cannot work (no title, an
     * unknown column) and a team of another workspace are refused naming the field, as {@link #run}
     * refuses them.
     */
    public List<PreviewRow> preview(
            String slug,
            long userId,
            Path file,
            ImportFormat format,
            Map<String, String> givenMapping,
            Defaults defaults,
            int rows) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        List<String> columns = columns(file, format);
        Map<Target, String> mapping = mapping(givenMapping, columns, format);
        RowReader reader = new RowReader(
                        mapping, teams(context, defaults), defaults, dates(file, format, mapping, defaults))
                .tagsSeparatedBy(tagSeparators(columns))
                .titlesAlsoFrom(moreTitles(columns, format, mapping, givenMapping));
        List<PreviewRow> preview = new ArrayList<>();
        List<InsightFile.Row> first;
        try {
            first = InsightFile.first(file, format, rows);
        } catch (InsightFile.Unreadable e) {
            throw new ImportUnreadable(e.describe());
        }
        for (InsightFile.Row row : first) {
            List<RowError> errors = new ArrayList<>();
            InsightDraft draft = reader.draft(row, errors);
            preview.add(new PreviewRow(
                    row.line(),
                    row.row(),
                    errors.isEmpty() && draft != null ? asSaved(draft) : null,
                    errors.stream().map(e -> e.onRow(row.row())).toList()));
        }
        return preview;
    }

    /** The draft with what saving fills in or tidies: the source type, today's date, tags as stored. */
    private static InsightDraft asSaved(InsightDraft draft) {
        return new InsightDraft(
                draft.title(),
                draft.body(),
                draft.sourceType() == null ? SourceType.OTHER : draft.sourceType(),
                draft.teamId(),
                draft.observedOn() == null ? LocalDate.now() : draft.observedOn(),
                draft.externalRef(),
                draft.sentiment(),
                draft.reach(),
                draft.evidenceStrength() == null ? EvidenceStrength.ANECDOTE : draft.evidenceStrength(),
                List.copyOf(Insight.normalizeTags(draft.tags())),
                draft.personaIds(),
                draft.userGoalIds(),
                draft.journeyStageIds(),
                draft.painPointIds());
    }

    /** The workspace's teams by lower-case name and by id; refuses a default team of another workspace. */
    private Map<String, Long> teams(WorkspaceContext context, Defaults defaults) {
        Map<String, Long> teams = new HashMap<>();
        for (TeamView team : workspaces.allTeams(context)) {
            teams.put(team.name().toLowerCase(Locale.ROOT), team.id());
            teams.put(String.valueOf(team.id()), team.id());
        }
        if (defaults.teamId() != null && !teams.containsValue(defaults.teamId())) {
            throw new InvalidInput("team", "No team " + defaults.teamId() + " in this workspace.");
        }
        return teams;
    }

    public Report run(
            String slug,
            long userId,
            Path file,
            ImportFormat format,
            Map<String, String> givenMapping,
            Defaults defaults,
            ImportMode mode,
            ImportProgress progress) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Map<String, Long> teams = teams(context, defaults);
        ImportFormat fileFormat = format;
        List<String> columns = columns(file, fileFormat);
        Map<Target, String> mapping = mapping(givenMapping, columns, fileFormat);
        ImportDates.@Nullable Reading dates = dates(file, fileFormat, mapping, defaults);
        RowReader reader = new RowReader(mapping, teams, defaults, dates)
                .tagsSeparatedBy(tagSeparators(columns))
                .titlesAlsoFrom(moreTitles(columns, fileFormat, mapping, givenMapping));
        String datesSaid = describe(dates, false);
        List<String> notRead = notRead(columns, mapping);
        String textSaid = textSaid(mapping, notRead);

        // pass 1: check every row
        long started = System.nanoTime();
        List<RowError> errors = new ArrayList<>();
        long[] counts = new long[2]; // rows, bad rows
        long fileSize = size(file);
        long[] position = new long[1];
        read(
                file,
                fileFormat,
                row -> {
                    counts[0]++;
                    if (counts[0] % PROGRESS_EVERY == 0) {
                        progress.checking(counts[0], Math.min(1.0, position[0] / (double) fileSize));
                    }
                    List<RowError> rowErrors = new ArrayList<>();
                    reader.draft(row, rowErrors);
                    if (!rowErrors.isEmpty()) {
                        counts[1]++;
                        // (each on the row a spreadsheet shows, or the record's place in a JSON file: a
                        // file's lines alone do not find it when cells hold line breaks, or all of a
                        // JSON file's records are on one line)
                        rowErrors.stream()
                                .limit(Math.max(0, MAX_ERRORS_REPORTED - errors.size()))
                                .forEach(e -> errors.add(e.onRow(row.row())));
                    }
                },
                bytes -> position[0] = bytes);
        progress.checking(counts[0], 1.0);
        if (reader.titledFromText > 0 && mapping.containsKey(Target.title)) {
            // (Intercom's chats: their subject column is there, and empty)
            textSaid += " " + reader.titledFromText + (reader.titledFromText == 1 ? " row has" : " rows have")
                    + " an empty title (column '" + mapping.get(Target.title) + "'): "
                    + (reader.titledFromText == 1 ? "it is" : "each is") + " titled with the start of its text.";
        }
        if (counts[0] == 0) {
            throw new InvalidInput(
                    "file",
                    fileFormat == ImportFormat.JSON
                            ? "The file holds no records: its list is empty."
                            : "The file has no rows under its header.");
        }
        if (counts[1] > 0 && (mode == ImportMode.ALL_OR_NOTHING || counts[1] == counts[0])) {
            // (saving the good rows of a file with none: refused, as the other imports refuse it)
            return new Report(counts[0], 0, 0, counts[1], errors, false, datesSaid, textSaid, notRead);
        }

        long checked = System.nanoTime();
        long goodRows = counts[0] - counts[1];
        // pass 2: save the good rows in chunks, skipping duplicates (looked up in the database per
        // chunk, so memory does not grow with the file or the workspace)
        long[] done = new long[2]; // imported, duplicates
        List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> indexing = new ArrayList<>();
        // one import saves into a workspace at a time, on every node (a second waits for the first):
        // two at once each took the other's rows for new ones, and imported the same references twice
        // (an API probe)
        boolean saving = oneAtATime.runAlone("insight-import-" + context.id(), WAIT_FOR_ANOTHER, () -> {
            KnownContent known = new KnownContent();
            writer.eachKnown(context.id(), known::add);
            // a thread of its own reads the file again and makes insights of the good rows, a chunk ahead
            // of this one, which saves them (parsing and saving overlap on two cores)
            ChunkPipeline.<Insight>run(
                    "insight-import-reader",
                    CHUNK,
                    sink -> read(
                            file,
                            fileFormat,
                            row -> {
                                List<RowError> ignored = new ArrayList<>();
                                InsightDraft draft = reader.draft(row, ignored);
                                if (draft != null && ignored.isEmpty()) {
                                    sink.accept(new Insight(context.id(), userId, draft));
                                }
                            },
                            bytes -> {}),
                    chunk -> {
                        // the index may lag one chunk behind, no more: documents waiting for the index
                        // writer are held in memory, and saving outruns indexing on a small machine
                        awaitIndexing(slug, indexing, 1);
                        save(context, chunk, known, done, indexing);
                        progress.saving(done[0] + done[1], goodRows);
                    });
        });
        if (!saving) {
            throw new ImportRunning();
        }
        long saved = System.nanoTime();
        progress.indexing();
        awaitIndexing(slug, indexing, 0);
        long indexed = System.nanoTime();
        writer.flushIndex();
        long flushed = System.nanoTime();
        boolean merge = done[0] >= MERGE_AFTER;
        if (merge) {
            // a large import leaves the index in many segments, and searches over many segments are
            // slower (at a million insights, three times slower with many distinct tags)
            writer.mergeIndex();
        }
        log.info(
                "Import into {}: {} rows checked in {} ms, {} saved ({} duplicates) in {} ms; then the index caught up in {} ms, "
                        + "was written in {} ms{}.",
                slug,
                counts[0],
                (checked - started) / 1_000_000,
                done[0],
                done[1],
                (saved - checked) / 1_000_000,
                (indexed - saved) / 1_000_000,
                (flushed - indexed) / 1_000_000,
                merge ? " and merged into one segment in " + (System.nanoTime() - flushed) / 1_000_000 + " ms" : "");
        return new Report(counts[0], done[0], done[1], counts[1], errors, true, datesSaid, textSaid, notRead);
    }

    /**
     * Waits until the saved insights, all but the last {@code pending} chunks of them, are in the index
     * writer: at the end so that the flush and the merge after it cover them all, during the import so
     * that the documents waiting to be indexed stay within a chunk or two. A failure is logged, not
     * thrown: the rows are saved, and the index is rebuilt at the next start when it does not hold as
     * many insights as the database.
     */
    private static void awaitIndexing(
            String slug, List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> indexing, int pending) {
        while (indexing.size() > pending) {
            CompletableFuture<? extends SearchIndexingPlanExecutionReport> chunk = indexing.removeFirst();
            Throwable failure = chunk.handle((report, thrown) ->
                            thrown != null ? thrown : report.throwable().orElse(null))
                    .join();
            if (failure != null) {
                log.error(
                        "Indexing part of the import into {} failed; the index is rebuilt at the next start",
                        slug,
                        failure);
            }
        }
    }

    /**
     * Saves one chunk in one transaction: new rows written in batches, indexed, routed. A row is a
     * duplicate when its external reference, or (without one) its title and text, were imported
     * before or came earlier in the file.
     */
    private void save(
            WorkspaceContext context,
            List<Insight> candidates,
            KnownContent known,
            long[] done,
            List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> indexing) {
        if (candidates.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            long[] maybe = new long[candidates.size()];
            long[] unreferenced = new long[candidates.size()];
            Set<Long> toConfirm = new HashSet<>();
            for (int i = 0; i < candidates.size(); i++) {
                Insight candidate = candidates.get(i);
                maybe[i] = candidate.externalRef() != null
                        ? known.withRef(candidate.externalRef())
                        : known.withHash(candidate.contentHash());
                // a row with a reference whose title and text were imported before without one: the same
                // export, now with its ticket numbers
                unreferenced[i] = candidate.externalRef() != null && maybe[i] == KnownContent.NONE
                        ? known.withHash(candidate.contentHash())
                        : KnownContent.NONE;
                if (maybe[i] != KnownContent.NONE) {
                    toConfirm.add(maybe[i]);
                }
                if (unreferenced[i] != KnownContent.NONE) {
                    toConfirm.add(unreferenced[i]);
                }
            }
            Map<Long, InsightWriter.Known> existing = writer.known(context.id(), toConfirm);
            Set<String> chunkRefs = new HashSet<>();
            Set<String> chunkHashes = new HashSet<>();
            // (the title and text of the chunk's new rows without a reference: a row after them with
            // one and the same title and text is the same record)
            Set<String> chunkUnreferenced = new HashSet<>();
            List<Insight> fresh = new ArrayList<>(candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                Insight candidate = candidates.get(i);
                String ref = candidate.externalRef();
                String hash = candidate.contentHash();
                InsightWriter.Known before = existing.get(maybe[i]);
                InsightWriter.Known withoutRef = existing.get(unreferenced[i]);
                boolean duplicate = ref != null
                        ? !chunkRefs.add(ref)
                                || before != null && ref.equals(before.externalRef())
                                || withoutRef != null
                                        && withoutRef.externalRef() == null
                                        && hash.equals(withoutRef.contentHash())
                                || chunkUnreferenced.contains(hash)
                        : chunkHashes.contains(hash) || before != null && hash.equals(before.contentHash());
                if (duplicate) {
                    done[1]++;
                } else {
                    chunkHashes.add(hash);
                    if (ref == null) {
                        chunkUnreferenced.add(hash);
                    }
                    fresh.add(candidate);
                }
            }
            // a team deleted since the import began (its TeamDeleted has cleared the chunks before):
            // its rows stay, with no team, as when a team is deleted; the others are held to the commit
            Set<Long> named = new HashSet<>();
            fresh.forEach(insight -> {
                if (insight.teamId() != null) {
                    named.add(insight.teamId());
                }
            });
            Set<Long> teams = workspaces.holdTeams(context, named);
            if (teams.size() < named.size()) {
                fresh.stream()
                        .filter(insight -> insight.teamId() != null && !teams.contains(insight.teamId()))
                        .forEach(Insight::leaveTeam);
            }
            List<InsightView> views = writer.insert(fresh, indexing::add);
            for (int i = 0; i < fresh.size(); i++) {
                known.add(
                        views.get(i).id(),
                        fresh.get(i).externalRef(),
                        fresh.get(i).contentHash());
            }
            routing.routeNew(context.id(), views);
            done[0] += fresh.size();
        });
    }

    /**
     * How the dates of a file would be read with this mapping and these defaults, in a sentence (the
     * mapping page says it above the preview): the format chosen or detected, or that no column gives
     * dates and every insight is dated the day of the import.
     */
    public String datesRead(Path file, ImportFormat format, Map<String, String> givenMapping, Defaults defaults) {
        return describe(dates(file, format, mapping(givenMapping, columns(file, format), format), defaults), true);
    }

    /** How the dates were read, or with {@code ahead} how they will be (before the import). */
    private static String describe(ImportDates.@Nullable Reading dates, boolean ahead) {
        if (dates != null) {
            return ahead ? dates.describeAhead() : dates.describe();
        }
        return "No column gives the day each insight was observed: each " + (ahead ? "will be" : "is") + " dated "
                + LocalDate.now() + ", the day of the import.";
    }

    /**
     * How the dates of the column mapped to {@link Target#observedOn} are read: as chosen, or
     * detected from the first {@value #DATES_LOOKED_AT} of them; null when no column gives dates.
     */
    static ImportDates.@Nullable Reading dates(
            Path file, ImportFormat format, Map<Target, String> mapping, Defaults defaults) {
        String column = mapping.get(Target.observedOn);
        if (column == null) {
            return null;
        }
        if (defaults.dateFormat() != null && defaults.dateFormat() != ImportDates.Format.DETECT) {
            return new ImportDates.Reading(defaults.dateFormat(), false);
        }
        ImportDates.Detector detector = new ImportDates.Detector();
        int[] seen = {0};
        try {
            read(
                    file,
                    format,
                    row -> {
                        if (row.semicolons()) {
                            detector.separatedBySemicolons();
                        }
                        String value = row.cells().get(column);
                        if (value != null && !value.isBlank()) {
                            detector.see(value);
                            if (++seen[0] >= DATES_LOOKED_AT) {
                                throw new EnoughDates();
                            }
                        }
                    },
                    bytes -> {});
        } catch (EnoughDates enough) {
            // the dates looked at tell the format; the rest of the file is read when it is checked
        }
        return detector.reading();
    }

    /** Stops the look at the dates once enough are seen. */
    private static final class EnoughDates extends RuntimeException {
        EnoughDates() {
            super(null, null, false, false);
        }
    }

    private static List<String> columns(Path file, ImportFormat format) {
        try {
            return InsightFile.columns(file, format);
        } catch (InsightFile.Unreadable e) {
            throw new ImportUnreadable(e.describe());
        }
    }

    private static long size(Path file) {
        try {
            return Math.max(1, Files.size(file));
        } catch (IOException e) {
            throw new ImportUnreadable("The file cannot be read: " + e.getMessage());
        }
    }

    private static void read(
            Path file, ImportFormat format, Consumer<InsightFile.Row> consumer, LongConsumer bytesRead) {
        try {
            InsightFile.each(file, format, consumer, bytesRead);
        } catch (InsightFile.Unreadable e) {
            throw new ImportUnreadable(e.describe());
        }
    }

    /** Turns a row into a draft, or collects why it cannot be one. */
    static final class RowReader {
        private final Map<Target, String> mapping;
        private final Map<String, Long> teams;
        private final Defaults defaults;
        private final ImportDates.Format dateFormat;
        private Pattern tagSeparators = Pattern.compile(TAG_SEPARATORS);
        /** How many rows read so far were titled with their text's start. */
        private long titledFromText;

        RowReader(
                Map<Target, String> mapping,
                Map<String, Long> teams,
                Defaults defaults,
                ImportDates.@Nullable Reading dates) {
            this.mapping = mapping;
            this.teams = teams;
            this.defaults = defaults;
            this.dateFormat = dates == null ? ImportDates.Format.ISO : dates.format();
        }

        /** Other columns a title is taken from, in order, when the mapped one is empty in a row. */
        private List<String> moreTitles = List.of();

        /**
         * The reader with these columns also giving a row's title when its title column is empty in it:
         * Intercom's conversations have a subject (an email's) and a title (a chat's), each mostly
         * empty where the other is not.
         */
        RowReader titlesAlsoFrom(List<String> columns) {
            this.moreTitles = columns;
            return this;
        }

        /** The reader with tags separated by this pattern ({@link #tagSeparators}). */
        RowReader tagsSeparatedBy(String separators) {
            this.tagSeparators = Pattern.compile(separators);
            return this;
        }

        @Nullable InsightDraft draft(InsightFile.Row row, List<RowError> errors) {
            int line = row.line();
            if (row.problem() != null) {
                // more cells than columns, or a line of JSON Lines that is no record
                errors.add(new RowError(line, "row", row.problem()));
                return null;
            }
            for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                if (cell.getValue() != null && cell.getValue().indexOf('\0') >= 0) {
                    errors.add(new RowError(line, cell.getKey(), CsvRows.NUL_MESSAGE));
                    return null;
                }
            }
            String title = cell(row, Target.title);
            for (int i = 0; title == null && i < moreTitles.size(); i++) {
                String other = row.cells().get(moreTitles.get(i));
                title = other == null || other.isBlank() ? null : other.strip();
            }
            String body = cell(row, Target.body);
            if (body != null) {
                // (Freshdesk's and Intercom's descriptions are HTML)
                body = HtmlText.of(body);
            }
            if (title == null && body != null) {
                // a chat, a store review, a survey's answer: no subject, but text
                title = titleFrom(body);
                if (title != null) {
                    titledFromText++;
                }
            }
            if (title == null) {
                errors.add(new RowError(
                        line,
                        "title",
                        mapping.containsKey(Target.title)
                                ? "is empty (column '" + mapping.get(Target.title) + "')"
                                        + (mapping.containsKey(Target.body)
                                                ? ", and so is the text (column '" + mapping.get(Target.body) + "')."
                                                : ".")
                                : "is empty: the text (column '" + mapping.get(Target.body)
                                        + "') gives it, and is empty."));
            } else if (title.length() > InsightDraft.MAX_TITLE) {
                errors.add(new RowError(
                        line,
                        "title",
                        "has " + title.length() + " characters; at most " + InsightDraft.MAX_TITLE + "."));
            }
            String requester = cell(row, Target.requester);
            if (requester != null) {
                body = (body == null ? "" : body + "\n\n") + "Requester: " + requester;
            }
            if (body != null && body.length() > InsightDraft.MAX_BODY) {
                errors.add(new RowError(
                        line, "body", "has " + body.length() + " characters; at most " + InsightDraft.MAX_BODY + "."));
            }
            LocalDate observedOn = null;
            String date = cell(row, Target.observedOn);
            if (date != null) {
                observedOn = ImportDates.parse(date, dateFormat);
                if (observedOn == null) {
                    errors.add(new RowError(line, "observedOn", ImportDates.wrong(date, dateFormat)));
                } else if (observedOn.isAfter(LocalDate.now().plusDays(1))) {
                    errors.add(new RowError(line, "observedOn", "'" + date + "' is in the future."));
                }
            }
            SourceType sourceType = defaults.sourceType();
            String source = cell(row, Target.sourceType);
            if (source != null) {
                sourceType = Arrays.stream(SourceType.values())
                        .filter(s -> s.name()
                                        .equalsIgnoreCase(
                                                source.replace(' ', '_').replace('-', '_'))
                                || s.label().equalsIgnoreCase(source))
                        .findFirst()
                        .orElse(null);
                if (sourceType == null) {
                    errors.add(new RowError(
                            line,
                            "sourceType",
                            "'" + source + "' is not a source type; use one of " + Arrays.toString(SourceType.values())
                                    + "."));
                }
            }
            Long teamId = defaults.teamId();
            String team = cell(row, Target.team);
            if (team != null) {
                teamId = teams.get(team.toLowerCase(Locale.ROOT));
                if (teamId == null) {
                    errors.add(new RowError(line, "team", "'" + team + "' is not a team of this workspace."));
                }
            }
            int sentiment = number(row, Target.sentiment, 0, -2, 2, line, errors);
            int reach = number(row, Target.reach, 1, 0, Integer.MAX_VALUE, line, errors);
            EvidenceStrength strength = EvidenceStrength.ANECDOTE;
            String evidence = cell(row, Target.evidenceStrength);
            if (evidence != null) {
                strength = Arrays.stream(EvidenceStrength.values())
                        .filter(s -> s.name().equalsIgnoreCase(evidence))
                        .findFirst()
                        .orElse(null);
                if (strength == null) {
                    errors.add(new RowError(
                            line, "evidenceStrength", "'" + evidence + "' is not ANECDOTE, PATTERN or MEASURED."));
                }
            }
            List<String> tags = new ArrayList<>();
            String tagText = cell(row, Target.tags);
            if (tagText != null) {
                tags = Arrays.stream(tagSeparators.split(tagText))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
                try {
                    Insight.normalizeTags(tags);
                } catch (DomainException e) {
                    errors.add(new RowError(line, "tags", String.valueOf(e.getMessage())));
                }
            }
            String ref = cell(row, Target.externalRef);
            if (ref != null && ref.length() > InsightDraft.MAX_EXTERNAL_REF) {
                errors.add(new RowError(
                        line, "externalRef", "has more than " + InsightDraft.MAX_EXTERNAL_REF + " characters."));
            }
            if (!errors.isEmpty()) {
                return null;
            }
            return new InsightDraft(
                    title,
                    body,
                    sourceType == null ? SourceType.OTHER : sourceType,
                    teamId,
                    observedOn,
                    ref,
                    sentiment,
                    reach,
                    strength,
                    tags,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        }

        /** How long a title made from a text's start is, at most, before its "…". */
        static final int TITLE_FROM_TEXT = 80;

        /**
         * A title for a row without one: its text's first line, without Markdown's marks at its start,
         * cut after a word near {@link #TITLE_FROM_TEXT} characters with "…"; null for a text of marks
         * alone.
         */
        static @Nullable String titleFrom(String text) {
            for (String line : text.split("\\R")) {
                String plain = line.replaceFirst("^\\s*(?:#+|>+|[-*+]|\\d+[.)])\\s+", "")
                        .replaceAll("[*_`]{1,3}", "")
                        .strip();
                if (plain.isEmpty()) {
                    continue;
                }
                if (plain.length() <= TITLE_FROM_TEXT) {
                    return plain;
                }
                int cut = plain.lastIndexOf(' ', TITLE_FROM_TEXT);
                if (cut <= TITLE_FROM_TEXT / 2) {
                    // no space near the end: cut between two letters a person sees, never inside one (an
                    // emoji of several joined characters)
                    java.text.BreakIterator letters = java.text.BreakIterator.getCharacterInstance();
                    letters.setText(plain);
                    cut = letters.preceding(TITLE_FROM_TEXT + 1);
                    return plain.substring(0, cut) + "…";
                }
                return plain.substring(0, cut > TITLE_FROM_TEXT / 2 ? cut : TITLE_FROM_TEXT)
                                .replaceAll("[\\s,;:–-]+$", "")
                        + "…";
            }
            return null;
        }

        private @Nullable String cell(InsightFile.Row row, Target target) {
            String column = mapping.get(target);
            if (column == null) {
                return null;
            }
            String value = row.cells().get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private int number(
                InsightFile.Row row, Target target, int fallback, int min, int max, int line, List<RowError> errors) {
            String text = cell(row, target);
            if (text == null) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
                if (value < min || value > max) {
                    errors.add(new RowError(
                            line,
                            target.name(),
                            "'" + text + "' is out of range " + min + ".." + (max == Integer.MAX_VALUE ? "" : max)
                                    + "."));
                }
                return value;
            } catch (NumberFormatException e) {
                errors.add(new RowError(line, target.name(), "'" + text + "' is not a whole number."));
                return fallback;
            }
        }
    }

    /** The file is not readable as CSV or JSON. */
    static class ImportUnreadable extends DomainException {
        ImportUnreadable(String message) {
            super(Kind.INVALID, "file", message);
        }
    }

    /** Another import is saving into the workspace; nothing of this one was saved. */
    static class ImportRunning extends DomainException {
        ImportRunning() {
            super(
                    Kind.CONFLICT,
                    "file",
                    "Another import into this workspace has been saving its rows for a minute or more. Nothing"
                            + " of this file was imported: import it again once that one has finished (rows it"
                            + " brought are then skipped as duplicates).");
        }
    }
}

package app.tandem.insight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.insight.SourceType;
import app.tandem.support.RowError;
import app.tandem.support.UploadedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightFileTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsCsvRowsWithTheLineTheyStartOn() throws IOException {
        Path csv = file("t.csv", "\uFEFFid,subject\n1,\"two\nlines\"\n2,plain\n");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(csv, ImportFormat.CSV, rows::add);
        assertThat(InsightFile.columns(csv, ImportFormat.CSV)).containsExactly("id", "subject");
        assertThat(rows).extracting(InsightFile.Row::line).containsExactly(2, 4);
        assertThat(rows.getFirst().cells()).containsEntry("subject", "two\nlines");
    }

    @Test
    void readsAJsonArrayObjectByObject() throws IOException {
        Path json = file(
                "t.json",
                "[ {\"headline\": \"a\", \"labels\": [\"x\", \"y\"]},\n {\"headline\": \"b\", \"labels\": []} ]");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(json, ImportFormat.JSON, rows::add);
        assertThat(rows)
                .extracting(InsightFile.Row::cells)
                .containsExactly(Map.of("headline", "a", "labels", "x,y"), Map.of("headline", "b", "labels", ""));
        assertThat(InsightFile.columns(json, ImportFormat.JSON)).containsExactly("headline", "labels");
    }

    @Test
    void aNestedObjectsPropertiesAreColumnsOfTheirOwnNeverItsJson() throws IOException {
        // as Zendesk's and Intercom's JSON exports nest them
        Path json = file("t.json", """
                [ {"subject": "Export fails", "via": {"channel": "web", "source": {"from": {"name": "Ana"}}},
                   "tags": [{"name": "billing"}, "vip", {"name": "refund"}, {"id": 3}], "via.channel": "email",
                   "source": {"body": "<p>It fails</p>", "author": {"type": "user"}},
                   "deep": {"a": {"b": {"c": {"d": "e"}}}}} ]""");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(json, ImportFormat.JSON, rows::add);

        assertThat(rows.getFirst().cells())
                .containsEntry("subject", "Export fails")
                // a property named with dots after a nested one of that name: the first in the file is kept
                .containsEntry("via.channel", "web")
                .containsEntry("via.source.from.name", "Ana")
                .containsEntry("tags.name", "billing,refund")
                .containsEntry("tags.id", "3")
                // a list's values stay under its own name beside its objects' properties
                .containsEntry("tags", "vip")
                .containsEntry("source.body", "<p>It fails</p>")
                .containsEntry("source.author.type", "user")
                // three levels down, a value is its JSON
                .containsEntry("deep.a.b.c", "{\"d\":\"e\"}")
                .doesNotContainKeys("via", "source", "deep");
        assertThat(InsightFile.columns(json, ImportFormat.JSON)).contains("source.body", "via.channel");
        // Intercom's conversations, read this way, map themselves
        assertThat(InsightImport.recognise(
                        List.of(
                                "id",
                                "title",
                                "created_at",
                                "source.type",
                                "source.subject",
                                "source.body",
                                "tags.tags.name"),
                        ImportFormat.JSON))
                .containsEntry(InsightImport.Target.title, "source.subject")
                .containsEntry(InsightImport.Target.body, "source.body")
                .containsEntry(InsightImport.Target.tags, "tags.tags.name")
                .containsEntry(InsightImport.Target.observedOn, "created_at")
                // its source.type is the conversation's kind, not a source type
                .doesNotContainKey(InsightImport.Target.sourceType);
        // a CSV header with dots, as a JSON-to-CSV tool writes one, is read as any other
        assertThat(InsightImport.recognise(List.of("Ticket.Subject", "ticket.description", "Source.Type")))
                .containsEntry(InsightImport.Target.title, "Ticket.Subject")
                .containsEntry(InsightImport.Target.body, "ticket.description")
                .containsEntry(InsightImport.Target.sourceType, "Source.Type");
    }

    /** A record's own lists (a ticket's comments, its custom fields) do not make it a list of records. */
    @Test
    void anObjectWithTextIsARecordThoughItHoldsLists() throws IOException {
        Path ticket = file("ticket.json", """
                {"subject": "Real ticket", "description": "Real body", "comments": [{"body": "c1"}, {"body": "c2"}],
                 "custom_fields": [{"id": 1, "value": null}], "fields": [{"id": 1, "value": null}]}
                """);
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(ticket, ImportFormat.JSON, rows::add);
        assertThat(rows)
                .singleElement()
                .satisfies(r -> assertThat(r.cells())
                        .containsEntry("subject", "Real ticket")
                        .containsEntry("comments.body", "c1,c2"));
        // and so in JSON Lines
        Path lines = file("tickets.jsonl", """
                {"subject": "One", "comments": [{"body": "c1"}]}
                {"subject": "Two", "comments": []}
                """);
        rows.clear();
        InsightFile.each(lines, ImportFormat.JSON, rows::add);
        assertThat(rows).extracting(r -> r.cells().get("subject")).containsExactly("One", "Two");
    }

    /** An API's answer saved page after page: each page's list, numbered on. */
    @Test
    void readsPagesOfAnAnswerSavedOneAfterAnother() throws IOException {
        Path pages = file("pages.json", """
                {"tickets": [{"subject": "A"}, {"subject": "B"}], "next_page": "https://x.zendesk.com/api/v2/tickets.json?page=2"}
                {"tickets": [{"subject": "C"}], "next_page": null}
                """);
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(pages, ImportFormat.JSON, rows::add);
        assertThat(rows).extracting(r -> r.cells().get("subject")).containsExactly("A", "B", "C");
        assertThat(rows).extracting(InsightFile.Row::row).containsExactly(1, 2, 3);
        // Zendesk's cursor export and Intercom's scroll: their paging is text, and no record's
        Path cursor = file("cursor.json", """
                {"tickets": [{"id": 9801, "subject": "One"}, {"id": 9802, "subject": "Two"}],
                 "after_url": "https://x.zendesk.com/api/v2/incremental/tickets/cursor.json?cursor=MTU3", "after_cursor": "MTU3",
                 "before_url": null, "before_cursor": null, "end_of_stream": true, "scroll_param": "abc", "version": "2"}
                """);
        rows.clear();
        InsightFile.each(cursor, ImportFormat.JSON, rows::add);
        assertThat(rows).extracting(r -> r.cells().get("subject")).containsExactly("One", "Two");
        // an export with no records: none, not one record of its paging
        Path empty = file("none.json", "{\"tickets\": [], \"next_page\": null, \"count\": 0}");
        rows.clear();
        InsightFile.each(empty, ImportFormat.JSON, rows::add);
        assertThat(rows).isEmpty();
    }

    @Test
    void aSingleObjectIsOneRecord() throws IOException {
        Path json = file("t.json", "{\"title\": \"x\", \"text\": \"y\"}\n");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(json, ImportFormat.JSON, rows::add);
        assertThat(rows).extracting(InsightFile.Row::cells).containsExactly(Map.of("title", "x", "text", "y"));
    }

    /** As APIs answer and tools export: the list of records is a property of an object. */
    @Test
    void readsTheListAnObjectHolds() throws IOException {
        Path zendesk = file("tickets.json", """
                {"tickets": [
                  {"id": 35436, "subject": "Export fails", "tags": ["export"], "custom_fields": [{"id": 1, "value": null}]},
                  {"id": 35437, "subject": "Slow sync"}
                 ],
                 "next_page": null, "previous_page": null, "count": 2, "meta": {"has_more": false}}
                """);
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(zendesk, ImportFormat.JSON, rows::add);
        assertThat(rows).extracting(r -> r.cells().get("subject")).containsExactly("Export fails", "Slow sync");
        assertThat(rows)
                .extracting(InsightFile.Row::line, InsightFile.Row::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1), org.assertj.core.groups.Tuple.tuple(3, 2));
        // a list of values before the list of records, and an empty one, are passed over
        Path typeform = file("responses.json", """
                {"total_items": 1, "page_count": 1, "fields": ["a", "b"], "empty": [],
                 "items": [{"response_id": "r1", "answers": [{"text": "Too many steps"}]}]}
                """);
        rows.clear();
        InsightFile.each(typeform, ImportFormat.JSON, rows::add);
        assertThat(rows)
                .singleElement()
                .satisfies(r -> assertThat(r.cells())
                        .containsEntry("response_id", "r1")
                        .containsEntry("answers.text", "Too many steps"));

        Path two = file("two.json", "{\"tickets\": [{\"id\": 1}], \"users\": [{\"id\": 2}]}");
        assertThatThrownBy(() -> InsightFile.each(two, ImportFormat.JSON, row -> {}))
                .isInstanceOf(InsightFile.Unreadable.class)
                .hasMessage("The file's object holds two lists of records, 'tickets' and 'users': import a file with"
                        + " one list.");
    }

    @Test
    void readsJsonLinesAnObjectALine() throws IOException {
        Path lines = file("t.jsonl", "{\"title\": \"a\"}\n{\"title\": \"b\"}\n\n{\"title\": \"c\"}\n");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(lines, ImportFormat.JSON, rows::add);
        assertThat(rows).extracting(r -> r.cells().get("title")).containsExactly("a", "b", "c");
        assertThat(rows).extracting(InsightFile.Row::line).containsExactly(1, 2, 4);
        assertThat(rows).extracting(InsightFile.Row::row).containsExactly(1, 2, 3);

        // a line that is no record is that row's error: the other rows may still be saved
        Path wrong = file("w.jsonl", "{\"title\": \"a\"}\n[1]\n{\"title\": \"c\"}\n{\"id\": 99, \"title\": \"tru\n");
        rows.clear();
        InsightFile.each(wrong, ImportFormat.JSON, rows::add);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).problem())
                .isEqualTo("is a list, not an object: each line of a JSON Lines file is a record, {...}.");
        assertThat(rows.get(2).cells()).containsEntry("title", "c");
        assertThat(rows.get(3).line()).isEqualTo(4);
        assertThat(rows.get(3).problem())
                .startsWith("is not readable JSON (column ")
                .contains("cut short");
        assertThat(InsightFile.columns(wrong, ImportFormat.JSON)).containsExactly("title");

        // and so is a first line that is broken: the file is still JSON Lines
        Path firstWrong = file("f.jsonl", "{\"title\": \"a\", \"id\" 1}\n{\"title\": \"b\"}\n{\"title\": \"c\"}\n");
        rows.clear();
        InsightFile.each(firstWrong, ImportFormat.JSON, rows::add);
        assertThat(rows).extracting(InsightFile.Row::line).containsExactly(1, 2, 3);
        assertThat(rows.getFirst().problem()).startsWith("is not readable JSON (column ");
        assertThat(rows.get(1).cells()).containsEntry("title", "b");
        Path cutFirst = file("c.jsonl", "{\"title\": \"a\n{\"title\": \"b\"}\n");
        rows.clear();
        InsightFile.each(cutFirst, ImportFormat.JSON, rows::add);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).containsEntry("title", "b");
    }

    /** A pretty-printed object cut short is no JSON Lines file, though one of its lines is an object. */
    @Test
    void aBrokenObjectOverSeveralLinesIsNamedWhereItIsWrong() throws IOException {
        Path json = file("p.json", """
                {"tickets": [
                   {"subject": "a"},
                   {"subject": "b"}
                """);
        assertThatThrownBy(() -> InsightFile.each(json, ImportFormat.JSON, row -> {}))
                .isInstanceOf(InsightFile.Unreadable.class)
                .hasMessageContaining("cut short");
    }

    /** An API's answer is one line: each record's place in it finds it. */
    @Test
    void recordsOnOneLineAreNumbered() throws IOException {
        Path json = file("min.json", "[{\"title\":\"a\"},{\"title\":\"b\"},{\"title\":\"c\"}]");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(json, ImportFormat.JSON, rows::add);
        assertThat(rows).extracting(InsightFile.Row::line).containsExactly(1, 1, 1);
        assertThat(rows).extracting(InsightFile.Row::row).containsExactly(1, 2, 3);
    }

    @Test
    void jsonThatCannotBeReadIsNamedWhereItIsInPlainWords() throws IOException {
        assertThat(unreadable("[{\"title\": \"a\"}]\n[{\"title\": \"b\"}]"))
                .isEqualTo("Line 1: There is more after the list's end: the file holds one list of records. Join the"
                        + " lists into one, or import each file by itself.");
        assertThat(unreadable("[{\"title\": \"a\"}] trailing {{{"))
                .startsWith("Line 1: There is more after the list's end");
        assertThat(unreadable("[{\"title\": \"a\"},\n 7]"))
                .isEqualTo("Line 2: Record 2 of the list is a number, not an object: each record is {\"title\": ...}.");
        assertThat(unreadable("\"just text\"")).startsWith("Line 1: The file holds text, not records.");
        assertThat(unreadable("  \n ")).startsWith("Line 1: The file is empty.");
        // a file cut short, an object or a list: where it ends, not "an object, not records"
        assertThat(unreadable("{\"tickets\": [{\"id\": 1},\n {\"id\": 2"))
                .startsWith("Line 2: The file is not readable JSON");
        assertThat(unreadable("[{\"title\": \"a\"},\n{\"title\": "))
                .startsWith("Line 2: The file is not readable JSON");
        assertThat(unreadable("[\n {\"title\": \"a\"},\n]"))
                .isEqualTo("Line 3: The file is not readable JSON (column 1, in or after record 1): ']' where it cannot"
                        + " be: a value is missing (a comma left before a ] or }).");
        // one line: the record finds it
        assertThat(unreadable("[{\"title\": \"a\"}, {\"title\": \"b\"} {\"title\": \"c\"}]"))
                .isEqualTo(
                        "Line 1: The file is not readable JSON (column 33, in or after record 2): '{' where it cannot"
                                + " be: a comma between two records or values is missing.");
        assertThat(unreadable("{\"tickets\": [{\"title\": \"a\" \"text\": \"b\"}]}"))
                .contains("in or after record 1")
                .contains("a comma between two properties is missing");
        assertThat(unreadable("[{\"title\": \"a\", \"n\": 007}]")).contains("a number starts with 0");
        assertThat(unreadable("[{\"title\": \"a\tb\"}]")).contains("JSON writes them \\t and \\n");
        assertThat(unreadable("[{\"title\": tru}]")).contains("'tru' is no JSON value");
        String nan = unreadable("[{\"title\": \"a\", \"score\": NaN}]");
        assertThat(nan).contains("NaN").doesNotContain("enable", "Feature", "JsonReadFeature");
        assertThat(unreadable("[// a comment\n{\"title\": \"a\"}]"))
                .contains("it holds a comment, which JSON has not")
                .doesNotContain("ALLOW_COMMENTS");
        assertThat(unreadable("[{\"title\": \"First\", \"title\": \"Second\"}]"))
                .contains("the property \"title\" is given twice in one record");
        assertThat(unreadable("[{\"a\": " + "[".repeat(200) + "]".repeat(200) + "}]"))
                .contains("nested too deeply (more than 100 levels)")
                .doesNotContain("StreamReadConstraints");
    }

    private String unreadable(String json) throws IOException {
        Path file = file("u.json", json);
        try {
            InsightFile.each(file, ImportFormat.JSON, row -> {});
        } catch (InsightFile.Unreadable e) {
            return e.describe();
        }
        throw new AssertionError("read: " + json);
    }

    @Test
    void readsJsonAsExcelAndWindowsSaveIt() throws IOException {
        Path json = dir.resolve("cp1252.json");
        Files.write(json, "[{\"title\": \"Caf\u00e9 \u2013 menu\"}]".getBytes(UploadedText.WINDOWS_1252));
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(json, ImportFormat.JSON, rows::add);
        assertThat(rows.getFirst().cells()).containsEntry("title", "Caf\u00e9 \u2013 menu");
    }

    @Test
    void aQuoteNeverClosedIsNamedOnTheLineItOpensIn() throws IOException {
        Path csv = file("q.csv", "Id,Subject,Description\n1,\"unclosed,quote\n2,ok,ok\n");
        assertThatThrownBy(() -> InsightFile.each(csv, ImportFormat.CSV, row -> {}))
                .isInstanceOfSatisfying(
                        InsightFile.Unreadable.class,
                        e -> assertThat(e.describe()).startsWith("Line 2: The file has a quote that is never closed"));
    }

    /** A chat, a store review, a survey's answer: no subject, and the text's start titles it. */
    @Test
    void aRowWithoutATitleIsTitledWithTheStartOfItsText() {
        Map<InsightImport.Target, String> mapping = InsightImport.recognise(List.of("id", "body"), ImportFormat.JSON);
        assertThat(mapping).doesNotContainKey(InsightImport.Target.title);
        InsightImport.RowReader reader =
                new InsightImport.RowReader(mapping, Map.of(), new InsightImport.Defaults(null, null), null);
        List<app.tandem.support.RowError> errors = new ArrayList<>();
        app.tandem.insight.InsightDraft draft = reader.draft(
                new InsightFile.Row(
                        2,
                        Map.of(
                                "id",
                                "1",
                                "body",
                                "<p>I can't find <b>the export</b> button anywhere, and I have looked in every menu"
                                        + " of the settings twice now</p><p>Please help</p>")),
                errors);
        assertThat(errors).isEmpty();
        assertThat(draft).isNotNull();
        assertThat(draft.title())
                .isEqualTo("I can't find the export button anywhere, and I have looked in every menu of the…");
        assertThat(draft.body()).contains("Please help");

        reader.draft(new InsightFile.Row(3, Map.of("id", "2", "body", " ")), errors);
        assertThat(errors)
                .singleElement()
                .satisfies(e -> assertThat(e.message())
                        .isEqualTo("is empty: the text (column 'body') gives it, and is empty."));

        assertThat(InsightImport.RowReader.titleFrom("\n## Checkout\n\nslow")).isEqualTo("Checkout");
        assertThat(InsightImport.RowReader.titleFrom("- one item\n- two")).isEqualTo("one item");
        assertThat(InsightImport.RowReader.titleFrom("x".repeat(120))).isEqualTo("x".repeat(80) + "…");
        // never inside a letter a person sees: a woman technologist is three characters joined
        String emoji = "\uD83D\uDC69\u200D\uD83D\uDCBB";
        assertThat(InsightImport.RowReader.titleFrom("x".repeat(78) + emoji + "yyyy"))
                .isEqualTo("x".repeat(78) + "…");
        // store reviews and survey answers are recognised as the text
        assertThat(InsightImport.recognise(
                        List.of("id", "attributes.title", "attributes.body", "attributes.createdDate"),
                        ImportFormat.JSON))
                .containsEntry(InsightImport.Target.title, "attributes.title")
                .containsEntry(InsightImport.Target.body, "attributes.body")
                .containsEntry(InsightImport.Target.observedOn, "attributes.createdDate");
        assertThat(InsightImport.recognise(List.of("reviewId", "comments.userComment.text"), ImportFormat.JSON))
                .containsEntry(InsightImport.Target.externalRef, "reviewId")
                .containsEntry(InsightImport.Target.body, "comments.userComment.text");
    }

    /** Intercom: an email's subject, or else a chat's title; on the mapping page too, which sends the recognised column back. */
    @Test
    void anEmptyTitleIsTakenFromTheFilesOtherTitleColumnFirst() {
        List<String> columns = List.of("id", "title", "source.subject", "source.body");
        Map<InsightImport.Target, String> mapping = InsightImport.recognise(columns, ImportFormat.JSON);
        assertThat(mapping).containsEntry(InsightImport.Target.title, "source.subject");
        assertThat(InsightImport.moreTitles(columns, ImportFormat.JSON, mapping, Map.of()))
                .containsExactly("title");
        assertThat(InsightImport.moreTitles(columns, ImportFormat.JSON, mapping, Map.of("title", "source.subject")))
                .containsExactly("title");
        Map<InsightImport.Target, String> chosen = new java.util.HashMap<>(mapping);
        chosen.put(InsightImport.Target.title, "id");
        assertThat(InsightImport.moreTitles(columns, ImportFormat.JSON, chosen, Map.of("title", "id")))
                .isEmpty();
    }

    @Test
    void jsonIsKnownByItsTypeWithACharsetAndByItsText() throws IOException {
        assertThat(ImportFormat.of("application/json; charset=utf-8")).isEqualTo(ImportFormat.JSON);
        assertThat(ImportFormat.of("tickets.jsonl")).isEqualTo(ImportFormat.JSON);
        assertThat(ImportFormat.of("application/x-ndjson")).isEqualTo(ImportFormat.JSON);
        assertThat(ImportFormat.of("text/csv;charset=UTF-8")).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.of(file("export.txt", "\uFEFF\n  [{\"title\": \"a\"}]"), ImportFormat.CSV))
                .isEqualTo(ImportFormat.JSON);
        assertThat(ImportFormat.of(file("lines.txt", "{\"title\": \"a\"}\n"), ImportFormat.CSV))
                .isEqualTo(ImportFormat.JSON);
        assertThat(ImportFormat.of(file("t.csv", "title,text\na,b\n"), ImportFormat.CSV))
                .isEqualTo(ImportFormat.CSV);
        // a CSV header that starts with a bracket is no JSON
        assertThat(ImportFormat.of(file("b.csv", "[id],title\n1,a\n"), ImportFormat.CSV))
                .isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.of(file("c.csv", "{weird},Title\n1,a\n"), ImportFormat.CSV))
                .isEqualTo(ImportFormat.CSV);
    }

    @Test
    void recognisesTheColumnsOfATicketExport() {
        assertThat(InsightImport.recognise(List.of("id", "subject", "description", "created_at", "tags", "requester")))
                .containsEntry(InsightImport.Target.externalRef, "id")
                .containsEntry(InsightImport.Target.title, "subject")
                .containsEntry(InsightImport.Target.body, "description")
                .containsEntry(InsightImport.Target.observedOn, "created_at")
                .containsEntry(InsightImport.Target.requester, "requester");
    }

    /** Tandem's own export imports as it is: its "source" is the source type (a round trip lost them all, December 2026). */
    @Test
    void recognisesTheColumnsOfTandemsOwnExport() {
        assertThat(InsightImport.recognise(app.tandem.insight.InsightExports.COLUMNS))
                .containsEntry(InsightImport.Target.title, "title")
                .containsEntry(InsightImport.Target.body, "description")
                .containsEntry(InsightImport.Target.sourceType, "source")
                .containsEntry(InsightImport.Target.team, "team")
                .containsEntry(InsightImport.Target.observedOn, "observed_on")
                .containsEntry(InsightImport.Target.externalRef, "external_ref")
                .containsEntry(InsightImport.Target.evidenceStrength, "evidence_strength");
    }

    /** "observed" as a spreadsheet kept by hand names the day (a browser walk, December 2026); "source" stays unread. */
    @Test
    void recognisesTheColumnsOfASpreadsheetKeptByHand() {
        assertThat(InsightImport.recognise(List.of("title", "body", "source", "team", "tags", "observed")))
                .containsEntry(InsightImport.Target.observedOn, "observed")
                .containsEntry(InsightImport.Target.team, "team")
                .doesNotContainKey(InsightImport.Target.sourceType);
    }

    @Test
    void readsExcelsSemicolonSeparatedCsvWithItsByteOrderMark() throws IOException {
        Path csv = file(
                "excel.csv",
                "\uFEFFTicket ID;Ticket Subject;Ticket Description\n1;Login fails;\"Tried twice; still fails\"\n2;Refund;x\n");
        assertThat(InsightFile.columns(csv, ImportFormat.CSV))
                .containsExactly("Ticket ID", "Ticket Subject", "Ticket Description");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(csv, ImportFormat.CSV, rows::add);
        assertThat(rows.getFirst().cells())
                .containsEntry("Ticket Subject", "Login fails")
                .containsEntry("Ticket Description", "Tried twice; still fails");
        assertThat(InsightFile.columns(file("tabs.tsv", "id\tsubject\n1\tx\n"), ImportFormat.CSV))
                .containsExactly("id", "subject");
        assertThat(InsightFile.columns(file("commas.csv", "\"a;b\",subject\n"), ImportFormat.CSV))
                .containsExactly("a;b", "subject");
    }

    /**
     * A column of the file's named as Tandem once marked a row it could not read ({@code
     * __unreadable__}, {@code __extra__}; the fuzzer found it): an ordinary column, whose row reads.
     */
    @Test
    void aColumnNamedLikeAnInternalMarkerIsAnOrdinaryColumn() throws IOException {
        Path csv = file("markers.csv", "subject,__unreadable__,__extra__\nLogin fails,,\nExport,x,y\n");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(csv, ImportFormat.CSV, rows::add);
        assertThat(rows).extracting(InsightFile.Row::problem).containsExactly(null, null);
        InsightImport.RowReader reader = new InsightImport.RowReader(
                InsightImport.mapping(Map.of(), InsightFile.columns(csv, ImportFormat.CSV), ImportFormat.CSV),
                Map.of(),
                new InsightImport.Defaults(SourceType.SUPPORT_TICKET, null),
                null);
        List<RowError> errors = new ArrayList<>();
        assertThat(rows).allSatisfy(row -> assertThat(reader.draft(row, errors)).isNotNull());
        assertThat(errors).isEmpty();
    }

    /**
     * Excel's separator hint on the first line ({@code sep=;}, which tools write so that Excel opens
     * the file right): the separator it names, passed over, and the rows keep their line numbers.
     */
    @Test
    void readsTheSeparatorExcelsHintNames() throws IOException {
        Path csv = file(
                "hinted.csv", "sep=;\nTicket Subject;Ticket Description\nLogin fails;\"Tried twice, then again\"\n");
        assertThat(InsightFile.columns(csv, ImportFormat.CSV)).containsExactly("Ticket Subject", "Ticket Description");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(csv, ImportFormat.CSV, rows::add);
        assertThat(rows).extracting(InsightFile.Row::line).containsExactly(3);
        assertThat(rows.getFirst().cells())
                .containsEntry("Ticket Subject", "Login fails")
                .containsEntry("Ticket Description", "Tried twice, then again");
        // a comma named while the header holds more semicolons: the hint wins
        assertThat(InsightFile.columns(file("comma.csv", "SEP=,\nsubject,note;with;semicolons\n"), ImportFormat.CSV))
                .containsExactly("subject", "note;with;semicolons");
    }

    /** Excel on Windows saves "CSV (Comma delimited)" in Windows-1252: its letters are read as written. */
    @Test
    void readsExcelsWindows1252Csv() throws IOException {
        Path csv = Files.write(
                dir.resolve("ansi.csv"),
                "Subject;Description\r\nCaf\u00e9 export;R\u00e9sum\u00e9 \u2013 \u00fcber \u20ac12\r\n"
                        .getBytes(UploadedText.WINDOWS_1252));
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(csv, ImportFormat.CSV, rows::add);
        assertThat(rows.getFirst().cells())
                .containsEntry("Subject", "Caf\u00e9 export")
                .containsEntry("Description", "R\u00e9sum\u00e9 \u2013 \u00fcber \u20ac12");
    }

    /** Excel's "Unicode Text": UTF-16 with its byte order mark, separated by tabs. */
    @Test
    void readsExcelsUnicodeText() throws IOException {
        Path csv = Files.write(
                dir.resolve("unicode.txt"),
                "Subject\tDescription\r\nCaf\u00e9\t\u65e5\u672c\r\n".getBytes(StandardCharsets.UTF_16));
        assertThat(InsightFile.columns(csv, ImportFormat.CSV)).containsExactly("Subject", "Description");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(csv, ImportFormat.CSV, rows::add);
        assertThat(rows.getFirst().cells())
                .containsEntry("Subject", "Caf\u00e9")
                .containsEntry("Description", "\u65e5\u672c");
    }

    /** A byte that is not UTF-8 in a file that starts as UTF-8 stops the import naming its line, never a "\uFFFD". */
    @Test
    void aByteThatIsNotTextIsAnErrorOnItsLine() throws IOException {
        byte[] start = "Subject,Description\nCaf\u00e9,fine\nplain,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 'r', (byte) 0xE9, (byte) 's', (byte) '\n'};
        Path csv = dir.resolve("mixed.csv");
        Files.write(csv, start);
        Files.write(csv, bad, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> InsightFile.each(csv, ImportFormat.CSV, row -> {}))
                .isInstanceOfSatisfying(
                        InsightFile.Unreadable.class,
                        e -> assertThat(e.describe())
                                .startsWith("Line 3: The file holds a byte that is not UTF-8 text")
                                .contains("CSV UTF-8"));
    }

    /** Jira writes a "Labels" column per label of the issue that has most: they are one column. */
    @Test
    void columnsWithTheSameNameAreOne() throws IOException {
        Path csv = file(
                "jira.csv", "Summary,Issue key,Labels,Labels,Labels\nExport fails,BUD-1,export,,bank\nSlow,BUD-2,,,\n");
        assertThat(InsightFile.columns(csv, ImportFormat.CSV)).containsExactly("Summary", "Issue key", "Labels");
        List<InsightFile.Row> rows = new ArrayList<>();
        InsightFile.each(csv, ImportFormat.CSV, rows::add);
        assertThat(rows).extracting(row -> row.cells().get("Labels")).containsExactly("export, bank", "");
    }

    @Test
    void recognisesTheColumnsOfSupportToolsExportsWrittenAnyWay() {
        // a public support-ticket export (Kaggle's customer support tickets)
        assertThat(InsightImport.recognise(List.of(
                        "Ticket ID",
                        "Customer Name",
                        "Customer Email",
                        "Product Purchased",
                        "Date of Purchase",
                        "Ticket Type",
                        "Ticket Subject",
                        "Ticket Description",
                        "Ticket Status")))
                .containsEntry(InsightImport.Target.externalRef, "Ticket ID")
                .containsEntry(InsightImport.Target.title, "Ticket Subject")
                .containsEntry(InsightImport.Target.body, "Ticket Description")
                .containsEntry(InsightImport.Target.requester, "Customer Email")
                .doesNotContainKey(InsightImport.Target.observedOn)
                .doesNotContainKey(InsightImport.Target.sourceType);
        // Jira
        assertThat(InsightImport.recognise(
                        List.of("Summary", "Issue key", "Issue id", "Description", "Created", "Labels")))
                .containsEntry(InsightImport.Target.externalRef, "Issue key")
                .containsEntry(InsightImport.Target.title, "Summary")
                .containsEntry(InsightImport.Target.observedOn, "Created")
                .containsEntry(InsightImport.Target.tags, "Labels");
        // Freshdesk: its Source (the channel) and Type (the category) are not source types
        assertThat(InsightImport.recognise(
                        List.of("Ticket ID", "Subject", "Description", "Source", "Type", "Created time", "Email")))
                .containsEntry(InsightImport.Target.observedOn, "Created time")
                .containsEntry(InsightImport.Target.requester, "Email")
                .doesNotContainKey(InsightImport.Target.sourceType);
        // Intercom, and names written with dashes or in capitals
        assertThat(InsightImport.recognise(List.of("Conversation ID", "CONVERSATION-STARTED-AT", "first message")))
                .containsEntry(InsightImport.Target.externalRef, "Conversation ID")
                .containsEntry(InsightImport.Target.observedOn, "CONVERSATION-STARTED-AT")
                .containsEntry(InsightImport.Target.body, "first message");
    }
}

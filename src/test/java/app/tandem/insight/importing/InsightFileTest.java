package app.tandem.insight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aJsonObjectInsteadOfAnArrayIsUnreadable() throws IOException {
        Path json = file("t.json", "{\"title\": \"x\"}");
        assertThatThrownBy(() -> InsightFile.each(json, ImportFormat.JSON, row -> {}))
                .isInstanceOf(InsightFile.Unreadable.class)
                .hasMessageContaining("array");
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

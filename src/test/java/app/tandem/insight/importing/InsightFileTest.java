package app.tandem.insight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
}

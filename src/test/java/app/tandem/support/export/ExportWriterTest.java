package app.tandem.support.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.InvalidInput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportWriterTest {

    private static String export(ExportFormat format, List<String> columns, Object[]... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = ExportWriter.open(format, out, columns);
        for (Object[] row : rows) {
            writer.row(row);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void neutralisesEveryCellASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvExportWriter.neutralised("=HYPERLINK(\"http://evil\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvExportWriter.neutralised("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvExportWriter.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExportWriter.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExportWriter.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExportWriter.neutralised("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvExportWriter.neutralised("Checkout fails = bad")).isEqualTo("Checkout fails = bad");
        assertThat(CsvExportWriter.neutralised("")).isEmpty();
    }

    @Test
    void csvStartsWithAByteOrderMarkAndAHeaderAndQuotesWhatMustBeQuoted() {
        String csv = export(
                ExportFormat.CSV,
                List.of("id", "title", "tags", "sentiment"),
                new Object[] {1L, "Says \"hi\", then, leaves\nnext line", List.of("a", "b"), -2},
                new Object[] {2L, "=1+1", List.of(), null});

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1))
                .isEqualTo("id,title,tags,sentiment\n"
                        + "1,\"Says \"\"hi\"\", then, leaves\nnext line\",\"a; b\",-2\n"
                        + "2,\"'=1+1\",,\n");
    }

    @Test
    void anEmptyListIsTheHeaderAloneOrAnEmptyArray() {
        assertThat(export(ExportFormat.CSV, List.of("id", "title"))).isEqualTo("\uFEFFid,title\n");
        assertThat(export(ExportFormat.JSON, List.of("id", "title"))).isEqualTo("[]");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTypedValuesAndTextAsTyped() {
        String json = export(ExportFormat.JSON, List.of("id", "title", "tags", "note"), new Object[] {
            7L, "=1+1 ünïcode", List.of("x", "y"), null
        });

        JsonNode rows = JsonMapper.builder().build().readTree(json);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).path("id").asLong()).isEqualTo(7L);
        assertThat(rows.get(0).path("id").isNumber()).isTrue();
        assertThat(rows.get(0).path("title").asString()).isEqualTo("=1+1 ünïcode");
        assertThat(rows.get(0).path("tags").get(1).asString()).isEqualTo("y");
        assertThat(rows.get(0).path("note").isNull()).isTrue();
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        ExportWriter writer = ExportWriter.open(ExportFormat.CSV, new ByteArrayOutputStream(), List.of("id", "title"));
        assertThatThrownBy(() -> writer.row(1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFormatIsCsvOrJsonAndAnythingElseIsRefusedNamingTheField() {
        assertThat(ExportFormat.of("JSON")).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.of(null)).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.of("xlsx"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("format"));
    }

    @Test
    void theFileNameHoldsTheWorkspaceTheListAndTheDayAndNothingAFileSystemOrHeaderMisreads() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertThat(Exports.filename("budgetly", "insights", day, ExportFormat.CSV))
                .isEqualTo("budgetly-insights-2026-12-02.csv");
        assertThat(Exports.filename("a\"b/../c", "user-goals", day, ExportFormat.JSON))
                .isEqualTo("a-b-c-user-goals-2026-12-02.json");
    }
}

package app.tandem.goal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.RowError;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashSet;
import java.util.Set;

/**
 * Fuzzes the KPI measurements' CSV: every text ends in good rows and errors by line, never an
 * exception; a line is a good row or has errors, never both; at most the rows asked for are read.
 * Seed corpus: {@code src/test/resources/app/tandem/goal/csv/MeasurementCsvFuzzingInputs}.
 */
class MeasurementCsvFuzzing {

    @FuzzTest(maxDuration = "5s")
    void everyTextEndsInRowsAndErrorsByLine(FuzzedDataProvider data) {
        int maxRows = data.consumeInt(1, 50);
        String text = data.consumeRemainingAsString();

        MeasurementCsv.Parsed parsed = MeasurementCsv.parse(text, maxRows);

        assertThat(parsed.rows()).hasSizeLessThanOrEqualTo(maxRows);
        Set<Integer> good = new HashSet<>();
        for (MeasurementCsv.Row row : parsed.rows()) {
            assertThat(row.line()).isGreaterThan(1);
            assertThat(Double.isFinite(row.value()))
                    .as("value of line %d", row.line())
                    .isTrue();
            assertThat(row.kpi() == null).isEqualTo(!parsed.namesKpis());
            good.add(row.line());
        }
        for (RowError error : parsed.errors()) {
            assertThat(error.message()).isNotBlank();
            assertThat(error.field()).isNotBlank();
            assertThat(good)
                    .as("line %d is good and has an error", error.line())
                    .doesNotContain(error.line());
        }
    }
}

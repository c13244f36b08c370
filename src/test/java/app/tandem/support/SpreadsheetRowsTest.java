package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which spreadsheet row a line starts, once cells with line breaks make the two differ. */
class SpreadsheetRowsTest {

    @Test
    void givesEachErrorTheRowItsLineStarts() {
        SpreadsheetRows rows = new SpreadsheetRows();
        rows.starts(1, 1);
        rows.starts(2, 2); // a cell of three lines
        rows.starts(5, 3);
        rows.starts(6, 4); // a cell of two lines
        rows.starts(8, 5);
        assertThat(rows.rowOf(1)).isEqualTo(1);
        assertThat(rows.rowOf(2)).isEqualTo(2);
        assertThat(rows.rowOf(5)).isEqualTo(3);
        assertThat(rows.rowOf(6)).isEqualTo(4);
        assertThat(rows.rowOf(8)).isEqualTo(5);
        List<RowError> errors = new ArrayList<>(List.of(new RowError(2, "date", "x"), new RowError(8, "value", "y")));
        rows.onRows(errors);
        assertThat(errors).extracting(RowError::where).containsExactly("2", "8 (row 5)");
    }

    @Test
    void aFileWithoutLineBreaksInItsCellsKeepsNothing() {
        SpreadsheetRows rows = new SpreadsheetRows();
        for (int line = 1; line <= 100_000; line++) {
            rows.starts(line, line);
        }
        assertThat(rows.rowOf(77_777)).isEqualTo(77_777);
        List<RowError> errors = new ArrayList<>(List.of(new RowError(9, "date", "x")));
        rows.onRows(errors);
        assertThat(errors.getFirst().row()).isEqualTo(9);
    }
}

package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an import page says above its errors when nothing was saved. */
class RowErrorTest {

    private static final List<RowError> ROWS =
            List.of(new RowError(2, "value", "'ten' is not a number"), new RowError(3, "date", "not a date"));

    @Test
    void suggestsSavingTheGoodRowsOnlyWhenARowIsGood() {
        assertThat(RowError.nothingSaved(ROWS, true))
                .isEqualTo(
                        "Nothing was saved: 2 problems in the file. Fix and upload again, or tick “Save the good rows”.");
        assertThat(RowError.nothingSaved(ROWS, false))
                .isEqualTo("Nothing was saved: no row of the file is good (2 problems). Fix them and upload again.");
        assertThat(RowError.nothingSaved(ROWS.subList(0, 1), false))
                .isEqualTo("Nothing was saved: no row of the file is good (1 problem). Fix it and upload again.");
    }

    @Test
    void aFileThatCannotBeReadIsNeverAdvisedToSaveItsGoodRows() {
        List<RowError> header = List.of(new RowError(1, "header", "no value column"));
        assertThat(RowError.nothingSaved(header, true)).isEqualTo(RowError.nothingSaved(header, false));
        assertThat(RowError.nothingSaved(header, false))
                .isEqualTo(
                        "Nothing was saved: the file cannot be read as it is. Fix it as said below and upload it again.");
    }
}

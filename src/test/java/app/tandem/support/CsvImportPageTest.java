package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** After the good rows of pasted lines are saved, the box offers the header and the wrong rows to fix. */
class CsvImportPageTest {

    private static final String PASTED = """
            title,kind,team,start,due
            Checkout,feature,Design,2027-01-04,2027-02-26
            ,feature,Design,2027-01-04,2027-02-26
            Payroll,feature,Finance,2027-01-04,2027-02-26
            Spring campaign,campaign,Marketing,2027-03-01,2027-03-31
            """;

    @Test
    void keepsTheHeaderAndTheWrongRowsInTheirOrder() {
        List<RowError> errors = List.of(
                new RowError(4, "team", "no team Finance"),
                new RowError(3, "title", "is empty"),
                new RowError(4, "owner", "no member"));
        CsvImportPage.WrongRows kept = CsvImportPage.wrongRows(PASTED, errors);
        assertThat(kept.lines()).isEqualTo("""
                        title,kind,team,start,due
                        ,feature,Design,2027-01-04,2027-02-26
                        Payroll,feature,Finance,2027-01-04,2027-02-26
                        """);
        // each error names the line its row now has in the box, in the box's order
        assertThat(kept.errors())
                .containsExactly(
                        new RowError(2, "title", "is empty"),
                        new RowError(3, "team", "no team Finance"),
                        new RowError(3, "owner", "no member"));
    }

    @Test
    void linesInTheBoxSkipBlankLinesBeforeTheHeader() {
        CsvImportPage.WrongRows kept =
                CsvImportPage.wrongRows("\n\n" + PASTED, List.of(new RowError(7, "team", "no team Marketing")));
        assertThat(kept.lines()).isEqualTo("""
                        title,kind,team,start,due
                        Spring campaign,campaign,Marketing,2027-03-01,2027-03-31
                        """);
        assertThat(kept.errors()).containsExactly(new RowError(2, "team", "no team Marketing"));
    }

    @Test
    void offersNothingWhenALineMayNotBeARow() {
        String quotedBreak = "title,kind\n\"Two\nlines\",feature\nOther,feature\n";
        assertThat(CsvImportPage.wrongRows(quotedBreak, List.of(new RowError(4, "team", "x"))))
                .isNull();
        assertThat(CsvImportPage.wrongRows(PASTED, List.of(new RowError(1, "header", "no title column"))))
                .isNull();
        assertThat(CsvImportPage.wrongRows(PASTED, List.of(new RowError(99, "file", "more rows"))))
                .isNull();
    }
}

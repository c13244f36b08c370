package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    /** Reads {@code text} as an import of a title and an owner (title needed) reads its file. */
    private static void read(String text, List<CsvRows.Row> rows, List<RowError> errors) {
        CsvRows.read(
                new StringReader(text),
                100,
                Map.of("name", "title", "owner", "owner"),
                Set.of("title"),
                "name,owner",
                rows::add,
                errors);
    }

    /** The initiative and KPI imports read through here: a cell PostgreSQL could not store is an error on its line. */
    @Test
    void aCellWithTheNulCharacterIsAnErrorOnItsLineNamingTheColumn() {
        List<CsvRows.Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        read("Name,Owner\nCheckout,Maya\nOnboar\u0000ding,Dev\n", rows, errors);
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(2);
        assertThat(errors).containsExactly(new RowError(3, "title", CsvRows.NUL_MESSAGE));
    }

    /** Excel's separator hint above the header ({@code sep=;}) names the separator and is passed over. */
    @Test
    void excelsSeparatorHintNamesTheSeparatorAndIsPassedOver() {
        List<CsvRows.Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        read("sep=;\r\nName;Owner\r\nCheckout, made simple;Maya\r\n", rows, errors);
        assertThat(errors).isEmpty();
        assertThat(rows).extracting(r -> r.line() + ":" + r.get("title")).containsExactly("3:Checkout, made simple");
        assertThat(CsvSeparator.of("sep=\t\nName;Owner;Team\n")).isEqualTo('\t');
        assertThat(CsvSeparator.of("sep=|\nName;Owner\n"))
                .as("no separator Tandem reads")
                .isEqualTo(';');
        assertThat(CsvSeparator.isSeparatorHint(new String[] {"sep=", "Owner"})).isFalse();
    }

    /**
     * A row with a value beyond the header's columns (a title with a comma and no quotes moves every
     * cell after it) is an error on its line and not read; empty cells there are nothing.
     */
    @Test
    void aRowWithAValueBeyondTheHeadersColumnsIsAnErrorOnItsLine() {
        List<CsvRows.Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        read("Name,Owner\nCheckout,Maya,,\nOnboarding, made simple,Dev\n\"Budgets, shared\",Ana\n", rows, errors);
        assertThat(rows)
                .extracting(r -> r.line() + ":" + r.get("title"))
                .containsExactly("2:Checkout", "4:Budgets, shared");
        assertThat(errors)
                .containsExactly(new RowError(
                        3,
                        "row",
                        "has 3 cells, but the first line names 2 columns; a value holding ',' needs double quotes"
                                + " around it."));
    }
}

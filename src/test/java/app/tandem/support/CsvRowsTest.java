package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    /** The initiative and KPI imports read through here: a cell PostgreSQL could not store is an error on its line. */
    @Test
    void aCellWithTheNulCharacterIsAnErrorOnItsLineNamingTheColumn() {
        List<CsvRows.Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        CsvRows.read(
                new StringReader("Name,Owner\nCheckout,Maya\nOnboar\u0000ding,Dev\n"),
                100,
                Map.of("name", "title", "owner", "owner"),
                Set.of("title"),
                "name,owner",
                rows::add,
                errors);
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(2);
        assertThat(errors).containsExactly(new RowError(3, "title", CsvRows.NUL_MESSAGE));
    }
}

package app.tandem.goal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tandem.support.RowError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasurementCsvTest {

    private static MeasurementCsv.Parsed parse(String text) {
        return MeasurementCsv.parse(text, 100);
    }

    @Test
    void readsDateValueRowsForOneKpi() {
        MeasurementCsv.Parsed parsed = parse("date,value\n2026-01-01,4.2\n2026-02-01, 4.5% \n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.namesKpis()).isFalse();
        assertThat(parsed.rows())
                .extracting(MeasurementCsv.Row::line, MeasurementCsv.Row::date, MeasurementCsv.Row::value)
                .containsExactly(tuple(2, LocalDate.of(2026, 1, 1), 4.2), tuple(3, LocalDate.of(2026, 2, 1), 4.5));
    }

    @Test
    void readsManyKpisWithQuotedNotesInAnyColumnOrder() {
        MeasurementCsv.Parsed parsed = parse("""
                Value,KPI,date,note
                31,NPS,2026-03-01,"Dip after the new emails, see ticket 12"
                "44.5","Week-1 retention",2026-03-01,"two
                lines"
                """);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.namesKpis()).isTrue();
        assertThat(parsed.rows())
                .extracting(
                        MeasurementCsv.Row::line,
                        MeasurementCsv.Row::kpi,
                        MeasurementCsv.Row::value,
                        MeasurementCsv.Row::note)
                .containsExactly(
                        tuple(2, "NPS", 31.0, "Dip after the new emails, see ticket 12"),
                        tuple(3, "Week-1 retention", 44.5, "two\nlines"));
    }

    /** PostgreSQL cannot store U+0000 in text: such a note is a row error, not a failed import. */
    @Test
    void aCellWithTheNulCharacterIsAnErrorOnItsLine() {
        MeasurementCsv.Parsed parsed = parse("date,value,note\n2026-01-01,4.2,fine\n2026-02-01,4.5,bro\u0000ken\n");
        assertThat(parsed.rows()).extracting(MeasurementCsv.Row::line).containsExactly(2);
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("note");
            assertThat(e.message()).contains("NUL character");
        });
    }

    @Test
    void reportsEveryBadRowWithItsLineFieldAndReason() {
        MeasurementCsv.Parsed parsed = parse("""
                kpi,date,value
                NPS,2026-01-01,31

                NPS,2026-13-01,30
                NPS,2026-02-01,abc
                ,2026-03-01,
                NPS,2026-04-01,30,extra
                NPS,2026-05-01,1e5
                """);
        assertThat(parsed.rows()).extracting(MeasurementCsv.Row::line).containsExactly(2);
        assertThat(parsed.errors())
                .extracting(RowError::line, RowError::field)
                .containsExactly(
                        tuple(4, "date"),
                        tuple(5, "value"),
                        tuple(6, "kpi"),
                        tuple(6, "value"),
                        tuple(7, "row"),
                        tuple(8, "value"));
        assertThat(parsed.errors().getFirst().describe())
                .isEqualTo("Line 4, date: '2026-13-01' is not a date; use YYYY-MM-DD.");
        assertThat(parsed.errors().get(1).message())
                .isEqualTo("'abc' is not a number; use a dot for decimals, such as 4.2.");
    }

    @Test
    void aHeaderWithoutDateOrValueOrWithUnknownColumnsIsRefused() {
        assertThat(parse("day,value\n2026-01-01,3\n").errors())
                .extracting(RowError::line, RowError::field)
                .containsExactly(tuple(1, "header"), tuple(1, "header"));
        assertThat(parse("day,value\n").errors().getFirst().message()).contains("unknown column 'day'");
        assertThat(parse("date,value,date\n").errors().getFirst().message()).contains("appears twice");
    }

    @Test
    void anEmptyFileSaysWhatTheFirstLineShouldBe() {
        assertThat(parse("").errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.message()).contains("date,value or kpi,date,value");
        });
        assertThat(parse("\n\n").errors()).hasSize(1);
    }

    @Test
    void aByteOrderMarkFromSpreadsheetsIsIgnored() {
        assertThat(parse("\uFEFFdate,value\n2026-01-01,3\n").errors()).isEmpty();
    }

    @Test
    void stopsAtTheRowLimit() {
        StringBuilder csv = new StringBuilder("date,value\n");
        for (int i = 1; i <= 5; i++) {
            csv.append("2026-01-0").append(i).append(",1\n");
        }
        MeasurementCsv.Parsed parsed = MeasurementCsv.parse(csv.toString(), 3);
        assertThat(parsed.rows()).hasSize(3);
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.message()).contains("more than 3 rows");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedNotThrown() {
        MeasurementCsv.Parsed parsed = parse("date,value,note\n2026-01-01,3,\"never closed\n");
        assertThat(parsed.errors()).isNotEmpty();
        assertThat(parsed.errors().getLast().field()).isIn("file", "row");
    }
}

package app.tandem.goal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tandem.support.CsvValues;
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
    void readsTandemsOwnExportAsItIsWritten() {
        MeasurementCsv.Parsed parsed = parse("""
                id,kpi_id,kpi,measured_on,value,note,source
                81,7,NPS,2026-03-01,31,"after the new emails",MANUAL
                82,8,Week-1 retention,2026-03-01,44.5,,IMPORT
                """);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.namesKpis()).isTrue();
        assertThat(parsed.rows())
                .extracting(
                        MeasurementCsv.Row::kpi,
                        MeasurementCsv.Row::date,
                        MeasurementCsv.Row::value,
                        MeasurementCsv.Row::note)
                .containsExactly(
                        tuple("NPS", LocalDate.of(2026, 3, 1), 31.0, "after the new emails"),
                        tuple("Week-1 retention", LocalDate.of(2026, 3, 1), 44.5, null));
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
                .isEqualTo("Line 4, date: '2026-13-01' is no day of the calendar: check its day and month.");
        assertThat(parsed.errors().get(1).message())
                .isEqualTo("'abc' is not a number; write it as 4.2 (a dot for decimals).");
    }

    @Test
    void aHeaderWithoutDateOrValueOrWithUnknownColumnsIsRefused() {
        assertThat(parse("day,value\n2026-01-01,3\n").errors())
                .extracting(RowError::line, RowError::field)
                .containsExactly(tuple(1, "header"), tuple(1, "header"));
        assertThat(parse("day,value\n").errors().getFirst().message()).contains("unknown column 'day'");
        assertThat(parse("date,value,date\n").errors().getFirst().message()).contains("appears twice");
    }

    /**
     * Google Analytics 4 writes who and which period above its table, in {@code #} lines, and names
     * the values' column after the metric.
     */
    /**
     * A table with a column per day, as analytics tools and spreadsheets' pivot tables export a metric:
     * each cell under a day is a measurement, an empty one none; the first column names the KPI when
     * it is called kpi.
     */
    @Test
    void readsATableWithAColumnPerDay() {
        MeasurementCsv.Parsed one = parse("Segment,2026-11-01,2026-11-02,2026-11-03\nAll users,1204,,1310\n");
        assertThat(one.errors()).isEmpty();
        assertThat(one.namesKpis()).isFalse();
        assertThat(one.rows())
                .extracting(MeasurementCsv.Row::line, MeasurementCsv.Row::date, MeasurementCsv.Row::value)
                .containsExactly(
                        tuple(2, LocalDate.of(2026, 11, 1), 1204.0), tuple(2, LocalDate.of(2026, 11, 3), 1310.0));

        MeasurementCsv.Parsed many = parse("KPI;01.11.2026;02.11.2026;\nActivation rate;41,5;42\nNPS;;31;\n");
        assertThat(many.errors()).isEmpty();
        assertThat(many.namesKpis()).isTrue();
        assertThat(many.rows())
                .extracting(MeasurementCsv.Row::kpi, MeasurementCsv.Row::date, MeasurementCsv.Row::value)
                .containsExactly(
                        tuple("Activation rate", LocalDate.of(2026, 11, 1), 41.5),
                        tuple("Activation rate", LocalDate.of(2026, 11, 2), 42.0),
                        tuple("NPS", LocalDate.of(2026, 11, 2), 31.0));

        assertThat(parse("kpi,2026-11-01,2026-11-02\nNPS,12,lots\n,3,4\nNPS,1,2,9\n")
                        .errors())
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 2, value: under 2026-11-02: " + CsvValues.notANumber("lots", CsvValues.Decimals.POINT),
                        "Line 3, kpi: is empty; give the KPI's name or id.",
                        "Line 4, row: has a value beyond the last day the first line names (line 1).");
        assertThat(MeasurementCsv.parse("kpi,2026-11-01,2026-11-02\nNPS,1,2\nCSAT,3,4\n", 3)
                        .errors())
                .extracting(RowError::describe)
                .containsExactly("Line 3, file: more than 3 measurements; split the file.");
        // a header naming days in some columns only is no such table
        assertThat(parse("Segment,2026-11-01,Total\nAll,1,2\n").errors()).isNotEmpty();
    }

    @Test
    void readsAGoogleAnalyticsExportOfOneMetricByDay() {
        MeasurementCsv.Parsed parsed = parse("""
                # ----------------------------------------
                # Engagement overview
                # Account: Budgetly, Inc
                # Property: Budgetly Web
                # ----------------------------------------
                #
                # Start date: 20261101
                # End date: 20261103
                Date,Active users
                20261101,1204
                20261102,"1,310"
                """);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows())
                .extracting(MeasurementCsv.Row::line, MeasurementCsv.Row::date, MeasurementCsv.Row::value)
                .containsExactly(
                        tuple(10, LocalDate.of(2026, 11, 1), 1204.0), tuple(11, LocalDate.of(2026, 11, 2), 1310.0));
        // a report's time series, as Google Analytics 4 exports it: days counted from the start date
        MeasurementCsv.Parsed nthDay = parse("""
                # ----------------------------------------
                # Reports snapshot
                # Account: Budgetly, Inc
                # Property: Budgetly Web
                # ----------------------------------------
                #
                # Start date: 20261130
                # End date: 20261202
                Nth day,Active users
                0000,1204
                0001,1310
                0002,998
                """);
        assertThat(nthDay.errors()).isEmpty();
        assertThat(nthDay.rows())
                .extracting(MeasurementCsv.Row::line, MeasurementCsv.Row::date, MeasurementCsv.Row::value)
                .containsExactly(
                        tuple(10, LocalDate.of(2026, 11, 30), 1204.0),
                        tuple(11, LocalDate.of(2026, 12, 1), 1310.0),
                        tuple(12, LocalDate.of(2026, 12, 2), 998.0));
        assertThat(parse("# Start date: 20261130\nNth day,Active users\n0000,12\nday 2,13\n-1,14\n")
                        .errors())
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 4, date: 'day 2' is no day's number: the column counts days from the start date"
                                + " 2026-11-30 (0000 is that day, 0001 the next), up to 36600.",
                        "Line 5, date: '-1' is no day's number: the column counts days from the start date"
                                + " 2026-11-30 (0000 is that day, 0001 the next), up to 36600.");
        assertThat(parse("Nth day,Active users\n0000,12\n").errors())
                .extracting(RowError::describe)
                .containsExactly("Line 1, header: the column 'Nth day' counts days from the export's"
                        + " '# Start date: YYYYMMDD' line, which is missing above it. Export the report again, or"
                        + " name the days in a Date column.");
        assertThat(parse("# Start date: 20261101\nNth week,Active users\n0000,12\n")
                        .errors())
                .extracting(RowError::describe)
                .containsExactly("Line 2, header: the column 'Nth week' counts weeks from the start date, and a"
                        + " measurement is one day's value: export the report by day (Nth day or Date).");
        // Excel's separator hint above the header
        assertThat(parse("sep=;\ndate;value\n2026-11-01;4,2\n").rows())
                .extracting(MeasurementCsv.Row::line, MeasurementCsv.Row::value)
                .containsExactly(tuple(3, 4.2));
        // a second table after the first (an export of a report with several charts): left out, and said so
        MeasurementCsv.Parsed twoTables = parse("""
                # Start date: 20261101
                Date,Active users
                20261101,1204
                20261102,1310

                # ----------------------------------------
                # New users
                Date,New users
                20261101,88
                """);
        assertThat(twoTables.errors()).isEmpty();
        assertThat(twoTables.rows()).extracting(MeasurementCsv.Row::value).containsExactly(1204.0, 1310.0);
        assertThat(parse("Date,Active users\n20261101,1204\n\n# ----\n# Exported by GA4\n")
                        .warnings())
                .as("'#' lines alone at the end")
                .isEmpty();
        assertThat(twoTables.warnings())
                .extracting(RowError::describe)
                .containsExactly("Line 6, file: a second table starts here (its '#' lines): it was not read."
                        + " Import one table per file.");
        // two columns besides the date: which holds the values is not guessed
        assertThat(parse("Date,Active users,Sessions\n20261101,1204,1500\n").errors())
                .extracting(RowError::message)
                .anySatisfy(m -> assertThat(m).contains("unknown column 'Active users'"));
        // a first column named # is a header, not a comment
        assertThat(parse("#,date,value\n1,2026-01-01,3\n").errors().getFirst().message())
                .contains("unknown column '#'");
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

    /** Excel where the decimal mark is a comma: {@code ;} between cells, dates with dots, day first. */
    @Test
    void readsExcelsSemicolonFilesWithDecimalCommas() {
        MeasurementCsv.Parsed parsed = parse("""
                date;value;note
                01.12.2026;4,5;"fine; really"
                2.12.2026;1.234,5;
                03.12.2026;12\u00a0345,5 %;
                04.12.2026;1.234;
                05.12.2026;1.234.567;
                31.02.2026;4;
                06.12.2026;4,5,6;
                """);
        assertThat(parsed.rows())
                .extracting(MeasurementCsv.Row::date, MeasurementCsv.Row::value, MeasurementCsv.Row::note)
                .containsExactly(
                        tuple(LocalDate.of(2026, 12, 1), 4.5, "fine; really"),
                        tuple(LocalDate.of(2026, 12, 2), 1234.5, null),
                        tuple(LocalDate.of(2026, 12, 3), 12345.5, null),
                        tuple(LocalDate.of(2026, 12, 5), 1234567.0, null));
        assertThat(parsed.errors())
                .extracting(RowError::line, RowError::field)
                .containsExactly(tuple(5, "value"), tuple(7, "date"), tuple(8, "value"));
        assertThat(parsed.errors().get(0).message())
                .as("a thousands dot or a decimal dot: not guessed")
                .isEqualTo("'1.234' could be 1234 or 1.234: write 1234 for the one, 1,234 for the other.");
        assertThat(parsed.errors().get(2).message()).isEqualTo("'4,5,6' is not a number; write it as 4.2 or 4,2.");
    }

    /**
     * French Excel: days with slashes, day first, and amounts with the euro's sign; a day that could be
     * read either way (04/12/2026) is read in the order the file's other days show (25/11/2026).
     */
    @Test
    void readsDaysWithSlashesInTheOrderTheFileShows() {
        MeasurementCsv.Parsed parsed = parse("""
                Date;Valeur
                04/12/2026;9,99 €
                25/11/2026;12,50 €
                4/4/2026;3
                31/31/2026;4
                """);
        assertThat(parsed.rows())
                .extracting(MeasurementCsv.Row::line, MeasurementCsv.Row::date, MeasurementCsv.Row::value)
                .containsExactly(
                        tuple(2, LocalDate.of(2026, 12, 4), 9.99),
                        tuple(3, LocalDate.of(2026, 11, 25), 12.5),
                        tuple(4, LocalDate.of(2026, 4, 4), 3.0));
        assertThat(parsed.errors())
                .extracting(RowError::describe)
                .containsExactly("Line 5, date: '31/31/2026' is no day of the calendar: check its day and month.");

        MeasurementCsv.Parsed american = parse("date,value\n12/25/2026,1\n01/02/2027,2\n");
        assertThat(american.rows())
                .extracting(MeasurementCsv.Row::date)
                .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 2));

        MeasurementCsv.Parsed unsaid = parse("date,value\n02/01/2027,1\n03/01/2027,2\n");
        assertThat(unsaid.rows()).as("no day says which comes first").isEmpty();
        assertThat(unsaid.errors())
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 2, date: '02/01/2027' could be 2 Jan 2027 or 1 Feb 2027: write 2027-01-02 for the one,"
                                + " 2027-02-01 for the other.",
                        "Line 3, date: '03/01/2027' could be 3 Jan 2027 or 1 Mar 2027: write 2027-01-03 for the one,"
                                + " 2027-03-01 for the other.");
    }

    /**
     * A note with line breaks makes its row span lines: an error after it names its line and the row
     * a spreadsheet shows it on, blank lines counted as the spreadsheet's empty rows.
     */
    @Test
    void anErrorAfterACellWithLineBreaksNamesItsRowToo() {
        MeasurementCsv.Parsed parsed = parse("date,value,note\n2026-12-01,4,\"first line\nsecond line\nthird\"\n\n"
                + "2026-12-02,four,\n2026-12-03,5,\n2026-12-04,x,\n");
        assertThat(parsed.errors())
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 6 (row 4), value: 'four' is not a number; write it as 4.2 (a dot for decimals).",
                        "Line 8 (row 6), value: 'x' is not a number; write it as 4.2 (a dot for decimals).");
        assertThat(parse("date,value\n2026-12-01,x\n").errors().getFirst().describe())
                .as("the two agree")
                .startsWith("Line 2, value:");
    }

    /** Excel's "Unicode Text" export: separated by tabs, numbers as the sheet's language writes them. */
    @Test
    void readsEitherDecimalMarkInAFileSeparatedByTabs() {
        MeasurementCsv.Parsed parsed =
                parse("date\tvalue\n01.12.2026\t3,5\n02.12.2026\t1.234,5\n" + "03.12.2026\t4.25\n04.12.2026\t1,234\n");
        assertThat(parsed.rows()).extracting(MeasurementCsv.Row::value).containsExactly(3.5, 1234.5, 4.25);
        assertThat(parsed.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(5, "value"));
    }

    /** Google Analytics writes days as YYYYMMDD; spreadsheets a time after the day, and thousands with commas. */
    @Test
    void readsTheDaysAndNumbersOfAnalyticsAndSpreadsheetExports() {
        MeasurementCsv.Parsed parsed =
                parse("date,value\n20261201,42\n2026-12-02 00:00:00,\"1,234.5\"\n2026-12-03,\"4,5\"\n20261301,1\n");
        assertThat(parsed.rows())
                .extracting(MeasurementCsv.Row::date, MeasurementCsv.Row::value)
                .containsExactly(tuple(LocalDate.of(2026, 12, 1), 42.0), tuple(LocalDate.of(2026, 12, 2), 1234.5));
        assertThat(parsed.errors())
                .as("a decimal comma in a file separated by commas is not guessed at")
                .extracting(RowError::line, RowError::field)
                .containsExactly(tuple(4, "value"), tuple(5, "date"));
    }

    @Test
    void anUnclosedQuoteIsReportedNotThrown() {
        MeasurementCsv.Parsed parsed = parse("date,value,note\n2026-01-01,3,\"never closed\n");
        assertThat(parsed.errors()).isNotEmpty();
        assertThat(parsed.errors().getLast().field()).isIn("file", "row");
        // named where it opens, not where the parser noticed: at the file's end
        MeasurementCsv.Parsed later = parse(
                "date,value,note\n2026-01-01,1,fine\n2026-01-02,2,\"never closed\n2026-01-03,3,\n2026-01-04,4,\n");
        assertThat(later.errors())
                .extracting(RowError::describe)
                .containsExactly("Line 3, file: has a quote that is never closed: it opens in the row starting on this"
                        + " line, and every line after it was read as part of one cell. Close it, or double a quote"
                        + " meant as text (\"\").");
        assertThat(parse("\"date,value\n2026-01-01,1\n").errors().getFirst().line())
                .as("in the header")
                .isEqualTo(1);
    }
}

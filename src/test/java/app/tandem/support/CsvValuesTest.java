package app.tandem.support;

import static app.tandem.support.CsvValues.Decimals.COMMA;
import static app.tandem.support.CsvValues.Decimals.EITHER;
import static app.tandem.support.CsvValues.Decimals.POINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Days and numbers as the KPI, measurement and initiative imports read them. */
class CsvValuesTest {

    @Test
    void aCellTheExportProtectedFromSpreadsheetFormulasComesBackAsItWas() {
        assertThat(CsvValues.unneutralised("'-20% churn")).isEqualTo("-20% churn");
        assertThat(CsvValues.unneutralised("'=1+1")).isEqualTo("=1+1");
        assertThat(CsvValues.unneutralised("'@team")).isEqualTo("@team");
        assertThat(CsvValues.unneutralised("'+Signups")).isEqualTo("+Signups");
        // a quote the export did not write stays
        assertThat(CsvValues.unneutralised("'quoted'")).isEqualTo("'quoted'");
        assertThat(CsvValues.unneutralised("'")).isEqualTo("'");
        assertThat(CsvValues.unneutralised("-2")).isEqualTo("-2");
    }

    @Test
    void readsTheDaysSpreadsheetsAndAnalyticsWrite() {
        assertThat(CsvValues.day("2026-12-04")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(CsvValues.day("2026-12-04 00:00:00")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(CsvValues.day("2026-12-04T09:30:00Z")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(CsvValues.day("20261204")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(CsvValues.day("4.12.2026")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(CsvValues.day("04.12.2026")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(CsvValues.day("25.12.2025 13:45"))
                .as("German Excel's time after the day")
                .isEqualTo(LocalDate.of(2025, 12, 25));
        // Jira's export: the month in words says which is the day
        assertThat(CsvValues.day("31/Jan/27")).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(CsvValues.day("06/Nov/26 9:15 AM")).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(CsvValues.day("6/nov/2026")).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(CsvValues.day("31/Feb/27")).isNull();
        assertThat(CsvValues.day("31/Foo/27")).isNull();
    }

    @Test
    void aDayWithSlashesIsReadWhenOnlyOneOrderGivesADay() {
        assertThat(CsvValues.day("25/12/2026")).as("French, day first").isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(CsvValues.day("12/25/2026")).as("American, month first").isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(CsvValues.day("4/4/2026")).isEqualTo(LocalDate.of(2026, 4, 4));
        assertThat(CsvValues.day("12/25/2026 9:15")).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(CsvValues.SlashOrder.of("25/12/2026")).isEqualTo(CsvValues.SlashOrder.DAY_FIRST);
        assertThat(CsvValues.SlashOrder.of("12/25/2026")).isEqualTo(CsvValues.SlashOrder.MONTH_FIRST);
        assertThat(CsvValues.SlashOrder.of("04/12/2026")).isNull();
        // read either way, it is two days: only the file's other days can say which
        assertThat(CsvValues.eitherWay("04/12/2026")).isTrue();
        assertThat(CsvValues.day("04/12/2026", CsvValues.SlashOrder.DAY_FIRST)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(CsvValues.day("04/12/2026", CsvValues.SlashOrder.MONTH_FIRST))
                .isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(CsvValues.notADay("04/12/2026"))
                .isEqualTo("'04/12/2026' could be 4 Dec 2026 or 12 Apr 2026: write 2026-12-04 for the one,"
                        + " 2026-04-12 for the other.");
        assertThat(CsvValues.notADay("31/31/2026"))
                .isEqualTo("'31/31/2026' is no day of the calendar: check its day and month.");
    }

    @Test
    void aDayThatCouldMeanTwoOrNoneIsNoDay() {
        assertThat(CsvValues.day("04/12/2026"))
                .as("the fourth of December or the twelfth of April")
                .isNull();
        assertThat(CsvValues.day("31/31/2026")).isNull();
        assertThat(CsvValues.day("04/12/26")).as("a year of two digits").isNull();
        assertThat(CsvValues.day("2026-02-30")).isNull();
        assertThat(CsvValues.day("31.04.2026")).isNull();
        assertThat(CsvValues.day("2026-1-4")).isNull();
        assertThat(CsvValues.day("yesterday")).isNull();
        // a time after the day that is no time: the cell is not what it seems
        assertThat(CsvValues.day("25.12.2025 25:99")).isNull();
        assertThat(CsvValues.notADay("2025-12-25T13:75"))
                .isEqualTo("'2025-12-25T13:75' has 13:75 after its day, which is no time of a day: check the cell.");
        assertThat(CsvValues.day("25.12.2025 13:45")).isEqualTo("2025-12-25");
        assertThat(CsvValues.day("2026-09-12 13:00 PM")).isNull();
        assertThat(CsvValues.notADay("2026-09-13 0:00 AM")).contains("has 0:00 AM after its day");
        assertThat(CsvValues.day("2026-09-12 1:05 p.m.")).isEqualTo("2026-09-12");
    }

    @Test
    void readsNumbersWithThousandsAndPercentages() {
        assertThat(CsvValues.number("4.2", POINT)).isEqualTo(4.2);
        assertThat(CsvValues.number("-4.2 %", POINT)).isEqualTo(-4.2);
        assertThat(CsvValues.number("1,234.5", POINT)).isEqualTo(1234.5);
        assertThat(CsvValues.number("1,234,567", POINT)).isEqualTo(1234567.0);
        assertThat(CsvValues.number("12 345", POINT)).isEqualTo(12345.0);
        assertThat(CsvValues.number("12\u202F345.5", POINT)).isEqualTo(12345.5);
        assertThat(CsvValues.number("4,5", POINT))
                .as("a decimal comma in a file separated by commas")
                .isNull();
        assertThat(CsvValues.number("1e5", POINT)).isNull();
        assertThat(CsvValues.number("NaN", POINT)).isNull();
        assertThat(CsvValues.number("Infinity", POINT)).isNull();
    }

    @Test
    void readsDecimalCommasInAFileSeparatedBySemicolons() {
        assertThat(CsvValues.number("4,2", COMMA)).isEqualTo(4.2);
        assertThat(CsvValues.number(",5", COMMA)).isEqualTo(0.5);
        assertThat(CsvValues.number("1.234,5", COMMA)).isEqualTo(1234.5);
        assertThat(CsvValues.number("1.234.567", COMMA)).isEqualTo(1234567.0);
        assertThat(CsvValues.number("12 345,5", COMMA)).isEqualTo(12345.5);
        // a thousands dot as Excel writes it there, or a decimal dot: either could be meant
        assertThat(CsvValues.number("1.234", COMMA)).isNull();
        assertThat(CsvValues.number("-12.500", COMMA)).isNull();
        assertThat(CsvValues.notANumber("1.234", COMMA))
                .isEqualTo("'1.234' could be 1234 or 1.234: write 1234 for the one, 1,234 for the other.");
        assertThat(CsvValues.number("1.234", POINT))
                .as("a file of decimal dots")
                .isEqualTo(1.234);
        assertThat(CsvValues.number("0.125", COMMA))
                .as("no thousands start with 0")
                .isEqualTo(0.125);
        assertThat(CsvValues.number("1.2345", COMMA)).isEqualTo(1.2345);
        assertThat(CsvValues.number("4.2", COMMA)).isEqualTo(4.2);
        assertThat(CsvValues.number("4,5,6", COMMA)).isNull();
    }

    @Test
    void readsAMoneyAmountWithItsCurrencysSign() {
        assertThat(CsvValues.number("9,99 €", COMMA)).isEqualTo(9.99);
        assertThat(CsvValues.number("€9.99", POINT)).isEqualTo(9.99);
        assertThat(CsvValues.number("$1,200", POINT)).isEqualTo(1200.0);
        assertThat(CsvValues.number("-$5.50", POINT)).isEqualTo(-5.5);
        assertThat(CsvValues.number("£ 12 345", POINT)).isEqualTo(12345.0);
        assertThat(CsvValues.number("€", POINT)).isNull();
        assertThat(CsvValues.number("9.99 EUR", POINT)).isNull();
        assertThat(CsvValues.number("1.234 €", COMMA)).as("still either").isNull();
        // a sign after the amount is how Europe writes one: in a file of commas, quoted, either mark
        assertThat(CsvValues.number("9,99 €", POINT)).isEqualTo(9.99);
        assertThat(CsvValues.number("1.234,50 €", POINT)).isEqualTo(1234.5);
        assertThat(CsvValues.number("1.234 €", POINT)).isNull();
        assertThat(CsvValues.number("1,234 €", POINT)).isNull();
        assertThat(CsvValues.number("$1,234", POINT)).isEqualTo(1234.0);
    }

    /** Excel's "Unicode Text" and Google Sheets' TSV write numbers as the sheet's language does. */
    @Test
    void readsEitherDecimalMarkInAFileSeparatedByTabs() {
        assertThat(CsvValues.Decimals.of('\t')).isEqualTo(EITHER);
        assertThat(CsvValues.Decimals.of(';')).isEqualTo(COMMA);
        assertThat(CsvValues.Decimals.of(',')).isEqualTo(POINT);
        assertThat(CsvValues.number("3,5", EITHER)).isEqualTo(3.5);
        assertThat(CsvValues.number("0,125", EITHER)).isEqualTo(0.125);
        assertThat(CsvValues.number("3.5", EITHER)).isEqualTo(3.5);
        assertThat(CsvValues.number("1.234,5", EITHER)).isEqualTo(1234.5);
        assertThat(CsvValues.number("1,234.5", EITHER)).isEqualTo(1234.5);
        assertThat(CsvValues.number("1,234,567", EITHER)).isEqualTo(1234567.0);
        assertThat(CsvValues.number("1.234.567", EITHER)).isEqualTo(1234567.0);
        assertThat(CsvValues.number("12 345,5", EITHER)).isEqualTo(12345.5);
        assertThat(CsvValues.number("1234", EITHER)).isEqualTo(1234.0);
        assertThat(CsvValues.number("1,2340", EITHER)).isEqualTo(1.234);
        assertThat(CsvValues.number("1,234", EITHER)).isNull();
        assertThat(CsvValues.number("1.234", EITHER)).isNull();
        assertThat(CsvValues.notANumber("1,234", EITHER))
                .isEqualTo("'1,234' could be 1234 or 1.234 (a file separated by tabs may have either decimal"
                        + " mark): write 1234 for the one, 1.2340 for the other.");
        assertThat(CsvValues.notANumber("drei", EITHER)).isEqualTo("'drei' is not a number; write it as 4.2 or 4,2.");
    }

    /** A KPI sheet from Excel where the decimal mark is a comma: the row knows its numbers may have one. */
    @Test
    void csvRowsGiveNumbersAndDaysAsTheirFileWritesThem() {
        List<CsvRows.Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        CsvRows.read(
                new StringReader("Name;Baseline;Baseline date\nNPS;31,5;01.02.2026\nChurn;zwei;2026-02-30\n"),
                100,
                Map.of("name", "name", "baseline", "baseline", "baseline_date", "baselineDate"),
                Set.of("name"),
                "name, baseline, baseline date",
                rows::add,
                errors);
        CsvRows.Row nps = rows.getFirst();
        assertThat(CsvRows.number(nps, "baseline", "baseline", errors)).isEqualTo(31.5);
        assertThat(CsvRows.day(nps.line(), "baseline date", nps.get("baselineDate"), errors))
                .isEqualTo(LocalDate.of(2026, 2, 1));
        CsvRows.Row churn = rows.get(1);
        assertThat(CsvRows.number(churn, "baseline", "baseline", errors)).isNull();
        assertThat(CsvRows.day(churn.line(), "baseline date", churn.get("baselineDate"), errors))
                .isNull();
        assertThat(errors)
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 3, baseline: 'zwei' is not a number; write it as 4.2 or 4,2.",
                        "Line 3, baseline date: '2026-02-30' is no day of the calendar: check its day and month.");
        assertThat(CsvValues.notADay("yesterday"))
                .isEqualTo("'yesterday' is not a date; use YYYY-MM-DD (or DD.MM.YYYY, YYYYMMDD, or 25/12/2026 with"
                        + " slashes).");
    }
}

package app.tandem.insight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.insight.importing.ImportDates.Format;
import app.tandem.support.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportDatesTest {

    private static final LocalDate NOV_13 = LocalDate.of(2020, 11, 13);

    @Test
    void everyFormatReadsIsoDatesWithOrWithoutATime() {
        for (Format format : Format.values()) {
            assertThat(ImportDates.parse("2020-11-13", format)).isEqualTo(NOV_13);
            assertThat(ImportDates.parse("2020-11-13T09:30:00Z", format)).isEqualTo(NOV_13);
            assertThat(ImportDates.parse("2020-11-13 09:30:00", format)).isEqualTo(NOV_13);
            assertThat(ImportDates.parse("2020/11/13", format)).isEqualTo(NOV_13);
        }
    }

    @Test
    void readsDayFirstMonthFirstAndExcelDatesInTheirFormat() {
        assertThat(ImportDates.parse("13-11-2020", Format.DAY_MONTH_YEAR)).isEqualTo(NOV_13);
        assertThat(ImportDates.parse("13/11/2020", Format.DAY_MONTH_YEAR)).isEqualTo(NOV_13);
        assertThat(ImportDates.parse("13.11.2020 10:15", Format.DAY_MONTH_YEAR)).isEqualTo(NOV_13);
        assertThat(ImportDates.parse("11/13/2020", Format.MONTH_DAY_YEAR)).isEqualTo(NOV_13);
        assertThat(ImportDates.parse("3/4/2021", Format.MONTH_DAY_YEAR)).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(ImportDates.parse("3/4/2021", Format.DAY_MONTH_YEAR)).isEqualTo(LocalDate.of(2021, 4, 3));
        assertThat(ImportDates.parse("44148", Format.EXCEL)).isEqualTo(NOV_13);
        assertThat(ImportDates.parse("44148.75", Format.EXCEL)).isEqualTo(NOV_13);
        // Unix time, its day in UTC (Intercom's created_at)
        assertThat(ImportDates.parse("1605225600", Format.UNIX)).isEqualTo(NOV_13);
        assertThat(ImportDates.parse("1605311999", Format.UNIX)).isEqualTo(NOV_13);
        assertThat(ImportDates.parse("1605225600", Format.EXCEL))
                .as("not a serial")
                .isNull();
        // a month by name says itself which it is, in any format
        assertThat(ImportDates.parse("13/Nov/20 10:15 AM", Format.ISO)).isEqualTo(NOV_13);
        assertThat(ImportDates.parse("13 November 2020", Format.MONTH_DAY_YEAR)).isEqualTo(NOV_13);
        assertThat(ImportDates.parse("Nov 13, 2020", Format.DAY_MONTH_YEAR)).isEqualTo(NOV_13);
    }

    @Test
    void aDateNotInTheFormatOrNotADayIsNoDate() {
        assertThat(ImportDates.parse("13-11-2020", Format.ISO)).isNull();
        assertThat(ImportDates.parse("13/11/2020", Format.MONTH_DAY_YEAR))
                .as("no 13th month")
                .isNull();
        assertThat(ImportDates.parse("31-02-2021", Format.DAY_MONTH_YEAR)).isNull();
        assertThat(ImportDates.parse("44148", Format.DAY_MONTH_YEAR)).isNull();
        assertThat(ImportDates.parse("yesterday", Format.DETECT)).isNull();
        assertThat(ImportDates.parse("13 Novembre 2020", Format.ISO)).isNull();
        assertThat(ImportDates.wrong("13-11-2020", Format.ISO))
                .contains("'13-11-2020' is not a date in the format YYYY-MM-DD")
                .contains("dateFormat");
        // written in the format and no day of the calendar: another format would not help
        assertThat(ImportDates.wrong("2024-13-45", Format.ISO))
                .isEqualTo("'2024-13-45' is no day of the calendar (read as YYYY-MM-DD): check its day and month.");
        // a day with its year first is read as YYYY-MM-DD whatever the file's format: named so
        assertThat(ImportDates.wrong("2024-02-30", Format.DAY_MONTH_YEAR))
                .isEqualTo("'2024-02-30' is no day of the calendar (read as YYYY-MM-DD): check its day and month.");
        assertThat(ImportDates.wrong("2024-13-05", Format.MONTH_DAY_YEAR))
                .isEqualTo("'2024-13-05' is no day of the calendar (read as YYYY-MM-DD): check its day and month.");
        assertThat(ImportDates.wrong("31-02-2021", Format.DAY_MONTH_YEAR))
                .startsWith("'31-02-2021' is no day of the calendar");
        assertThat(ImportDates.wrong("31/31/2020", Format.MONTH_DAY_YEAR))
                .startsWith("'31/31/2020' is no day of the calendar");
        // a time that is no time of a day: the cell is not what it seems
        assertThat(ImportDates.parse("12/25/2025 25:99", Format.MONTH_DAY_YEAR)).isNull();
        assertThat(ImportDates.wrong("12/25/2025 25:99", Format.MONTH_DAY_YEAR))
                .isEqualTo("'12/25/2025 25:99' has 25:99 after its day, which is no time of a day: check the cell.");
        assertThat(ImportDates.parse("2025-12-25T23:59:59Z", Format.ISO)).isEqualTo("2025-12-25");
        assertThat(ImportDates.parse("2025-12-25 24:00", Format.ISO)).isEqualTo("2025-12-25");
        assertThat(ImportDates.parse("25.12.2025, 9:05", Format.DAY_MONTH_YEAR)).isEqualTo("2025-12-25");
        // a day in the other order: the format may be the wrong one
        assertThat(ImportDates.wrong("13/11/2020", Format.MONTH_DAY_YEAR))
                .startsWith("'13/11/2020' is not a date in the format MM/DD/YYYY");
    }

    @Test
    void detectsTheFormatFromTheDatesThatSayIt() {
        assertThat(detect("2020-11-13", "2021-01-02")).isEqualTo(Format.ISO);
        assertThat(detect("01-02-2020", "13-11-2020", "05-06-2020")).isEqualTo(Format.DAY_MONTH_YEAR);
        assertThat(detect("01/02/2020", "11/13/2020")).isEqualTo(Format.MONTH_DAY_YEAR);
        assertThat(detect("44148", "44150", "45000")).isEqualTo(Format.EXCEL);
        assertThat(detect("1605225600", "1605311999", "2020-11-13")).isEqualTo(Format.UNIX);
        // nothing says which: with slashes (month first in US tools, day first in others) not guessed,
        // with dots day first
        assertThatThrownBy(() -> detect("01/02/2020", "03/04/2020"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("dateFormat"))
                .hasMessageStartingWith("The dates could be read day first or month first ('01/02/2020' could be"
                        + " either), and no date in the file says which.");
        assertThat(detect("05/05/2020", "12/12/2020"))
                .as("the same day either way")
                .isEqualTo(Format.MONTH_DAY_YEAR);
        assertThat(detect("01.02.2020", "03.04.2020")).isEqualTo(Format.DAY_MONTH_YEAR);
        // ... unless the file is separated by ; as European Excel writes it, with the day first
        ImportDates.Detector european = new ImportDates.Detector();
        european.separatedBySemicolons();
        List.of("01/02/2020", "03/04/2020").forEach(european::see);
        assertThat(european.reading().format()).isEqualTo(Format.DAY_MONTH_YEAR);
        european.see("11/13/2020");
        assertThat(european.reading().format()).as("a date that says so wins").isEqualTo(Format.MONTH_DAY_YEAR);
        ImportDates.Detector detector = new ImportDates.Detector();
        detector.see("13-11-2020");
        assertThat(detector.reading().describe())
                .isEqualTo(
                        "Dates were read as DD-MM-YYYY, DD/MM/YYYY or DD.MM.YYYY (13-11-2020), detected from the file.");
        assertThat(detector.reading().describeAhead())
                .isEqualTo(
                        "Dates will be read as DD-MM-YYYY, DD/MM/YYYY or DD.MM.YYYY (13-11-2020), detected from the file.");
    }

    @Test
    void theApiSpellingsNameTheFormatsAndAWrongOneIsRefused() {
        assertThat(ImportDates.format("day-month-year")).isEqualTo(Format.DAY_MONTH_YEAR);
        assertThat(ImportDates.format("EXCEL")).isEqualTo(Format.EXCEL);
        assertThat(ImportDates.format(" ")).isNull();
        assertThatThrownBy(() -> ImportDates.format("dd.mm.yyyy"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("day-month-year");
    }

    private static Format detect(String... dates) {
        ImportDates.Detector detector = new ImportDates.Detector();
        List.of(dates).forEach(detector::see);
        return detector.reading().format();
    }
}

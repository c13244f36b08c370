package app.tandem.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.planning.PlanView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulePictureTest {

    private static PlanView.Entry entry(LocalDate start, LocalDate end) {
        return new PlanView.Entry(
                1,
                1,
                "Premium tier",
                "FEATURE",
                "COMMITTED",
                4,
                List.of(),
                "",
                start,
                end,
                false,
                start,
                end,
                0,
                false,
                List.of());
    }

    /** "Apr 202" was cut at the picture's right edge: a browser walk, December 2026. */
    @Test
    void theLastMonthsNameIsWithinThePictureBeforeItsLineWhenThereIsRoom() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        SchedulePicture picture =
                SchedulePicture.of(List.of(entry(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 4, 2))), today);

        assertThat(picture.ticks()).extracting(SchedulePicture.Tick::label).contains("Dec 2026", "Apr 2027");
        namesApartAndWithin(picture);
        assertThat(picture.ticks().getLast().labelAnchor())
                .as("the last month, near the edge, is named before its line")
                .isEqualTo("end");
        assertThat(picture.ticks().getFirst().labelAnchor()).isEqualTo("start");
    }

    /** A few days of the last month past the one before: its name would cover that one's, and is left out. */
    @Test
    void theLastMonthsNameIsLeftOutWhenItWouldCoverTheOneBefore() {
        LocalDate today = LocalDate.of(2026, 10, 6);
        SchedulePicture picture =
                SchedulePicture.of(List.of(entry(LocalDate.of(2026, 10, 7), LocalDate.of(2027, 4, 2))), today);

        assertThat(picture.ticks().getLast().label()).isEmpty();
        assertThat(picture.ticks().get(picture.ticks().size() - 2).label()).isEqualTo("Mar 2027");
        namesApartAndWithin(picture);
    }

    private static void namesApartAndWithin(SchedulePicture picture) {
        double previousEnd = 0;
        for (SchedulePicture.Tick tick : picture.ticks()) {
            if (tick.label().isEmpty()) {
                continue;
            }
            double left =
                    tick.labelAnchor().equals("end") ? tick.labelX() - SchedulePicture.Tick.LABEL_WIDTH : tick.labelX();
            assertThat(left).as(tick.label()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(left + SchedulePicture.Tick.LABEL_WIDTH).as(tick.label()).isLessThanOrEqualTo(picture.width());
            previousEnd = left + SchedulePicture.Tick.LABEL_WIDTH;
        }
    }
}

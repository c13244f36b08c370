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
    void everyMonthsNameIsWithinThePicture() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        SchedulePicture picture =
                SchedulePicture.of(List.of(entry(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 4, 2))), today);

        assertThat(picture.ticks()).extracting(SchedulePicture.Tick::label).contains("Dec 2026", "Apr 2027");
        for (SchedulePicture.Tick tick : picture.ticks()) {
            double left =
                    tick.labelAnchor().equals("end") ? tick.labelX() - SchedulePicture.Tick.LABEL_WIDTH : tick.labelX();
            assertThat(left).as(tick.label()).isGreaterThanOrEqualTo(0);
            assertThat(left + SchedulePicture.Tick.LABEL_WIDTH).as(tick.label()).isLessThanOrEqualTo(picture.width());
        }
        SchedulePicture.Tick last = picture.ticks().getLast();
        assertThat(last.labelAnchor())
                .as("the last month, near the edge, is named before its line")
                .isEqualTo("end");
        assertThat(picture.ticks().getFirst().labelAnchor()).isEqualTo("start");
    }
}

package app.tandem.initiative.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.initiative.rules.RoadmapLayout.BarPlace;
import app.tandem.initiative.rules.RoadmapLayout.Item;
import app.tandem.initiative.rules.RoadmapLayout.LanePlace;
import app.tandem.initiative.rules.RoadmapLayout.Link;
import app.tandem.initiative.rules.RoadmapLayout.Picture;
import app.tandem.initiative.rules.RoadmapLayout.Tick;
import app.tandem.initiative.rules.RoadmapLayout.Zoom;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first quarter of 2027 by month: 90 days of 5 px from x = 160, so the window ends at x = 610. Lanes
 * start at y = 28; a lane is 6 + 28 per row + 6 high; a bar sits 4 below its row's top. Every value is
 * computed by hand in the comments.
 */
class RoadmapLayoutTest {

    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2027, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 15);

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2027, month, day);
    }

    private static final List<Item> ITEMS = List.of(
            // 3 days after Jan 1: x = 160 + 15 = 175; until Feb 1 (day 31): 315, so 140 wide; 18 characters fit
            new Item(1, 0, "Guidance assets", day(1, 4), day(1, 31)),
            // x = 160 + 19 × 5 = 255, ends at Feb 11 (day 41) = 365: overlaps the first (315 + 6 > 255), second row
            new Item(2, 0, "Icons", day(1, 20), day(2, 10)),
            // x = 160 + 31 × 5 = 315, 10 wide: no character fits, the label (21 × 7 = 147) goes right of it to 476
            new Item(4, 1, "Tiny launch page copy", day(2, 1), day(2, 2)),
            // x = 160 + 59 × 5 = 455, cut at the window's end (610): 155 wide, 21 characters fit of 29
            new Item(3, 1, "Re-onboarding e-mail campaign", day(3, 1), day(4, 30)),
            // before the window: not drawn
            new Item(5, 1, "Last year's campaign", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));

    private static Picture firstQuarter() {
        return RoadmapLayout.layout(
                JAN_1,
                MAR_31,
                Zoom.MONTH,
                TODAY,
                List.of("Design", "Marketing"),
                ITEMS,
                List.of(new Link(1, 3), new Link(5, 3)));
    }

    private static BarPlace bar(Picture picture, long id) {
        return picture.bars().stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theWindowSetsTheWidthAndTheLanesTheHeight() {
        Picture picture = firstQuarter();
        assertThat(picture.chartLeft()).isEqualTo(160);
        assertThat(picture.chartRight()).isEqualTo(610);
        assertThat(picture.width()).isEqualTo(626);
        // two lanes of two rows each: 6 + 56 + 6 = 68; 28 + 68 + 68 + 8
        assertThat(picture.lanes())
                .containsExactly(
                        new LanePlace("Design", "Design", 28, 68), new LanePlace("Marketing", "Marketing", 96, 68));
        assertThat(picture.height()).isEqualTo(172);
    }

    @Test
    void barsRunFromStartToDueAndMoveToANewRowRatherThanOverlap() {
        Picture picture = firstQuarter();
        assertThat(picture.bars()).extracting(BarPlace::id).containsExactly(1L, 2L, 4L, 3L);
        // first row of Design: 28 + 6 + 4 = 38; the label's baseline 38 + 10 + 4
        assertThat(bar(picture, 1))
                .isEqualTo(new BarPlace(1, 175, 38, 140, 20, "Guidance assets", 179, 52, true, false, false, false));
        // second row of Design: 28 + 6 + 28 + 4 = 66
        assertThat(bar(picture, 2))
                .isEqualTo(new BarPlace(2, 255, 66, 110, 20, "Icons", 259, 80, true, false, false, false));
    }

    @Test
    void aLabelThatDoesNotFitGoesBesideItsBarOrIsCutWithAnEllipsis() {
        Picture picture = firstQuarter();
        assertThat(bar(picture, 4))
                .isEqualTo(new BarPlace(
                        4, 315, 106, 10, 20, "Tiny launch page copy", 329, 120, false, false, false, false));
        // its label reaches 476, past the campaign's start (455): the campaign takes the second row, 96 + 38
        assertThat(bar(picture, 3))
                .isEqualTo(new BarPlace(
                        3, 455, 134, 155, 20, "Re-onboarding e-mail…", 459, 148, true, false, false, true));
    }

    @Test
    void aLabelAtTheWindowsEndGoesLeftOfItsBar() {
        // January alone: the window ends at 160 + 31 × 5 = 315; the bar is 305..315, its 30 characters (210) go left
        Picture picture = RoadmapLayout.layout(
                JAN_1,
                day(1, 31),
                Zoom.MONTH,
                TODAY,
                List.of("IT"),
                List.of(new Item(7, 0, "A long title for a short thing", day(1, 30), day(1, 31))),
                List.of());
        BarPlace bar = picture.bars().getFirst();
        assertThat(bar.x()).isEqualTo(305);
        assertThat(bar.width()).isEqualTo(10);
        assertThat(bar.labelInside()).isFalse();
        assertThat(bar.labelAnchorEnd()).isTrue();
        assertThat(bar.labelX()).isEqualTo(301);
        assertThat(picture.todayX()).isNull();
    }

    @Test
    void anArrowGoesFromTheProvidersEndToTheDependantsStart() {
        Picture picture = firstQuarter();
        // the assets end at 315, middle 38 + 10; the campaign starts at 455, middle 134 + 10; bends 24 out
        assertThat(picture.arrows())
                .containsExactly(
                        new RoadmapLayout.ArrowPlace(1, 3, 315, 48, 455, 144, "M 315 48 C 339 48, 431 144, 455 144"));
    }

    @Test
    void monthsAreMarkedAndTodayIsALine() {
        Picture picture = firstQuarter();
        assertThat(picture.ticks())
                .containsExactly(
                        new Tick(160, "Jan 2027", false),
                        new Tick(315, "Feb 2027", true),
                        new Tick(455, "Mar 2027", true));
        // 15 Feb is day 45: 160 + 225
        assertThat(picture.todayX()).isEqualTo(385);
    }

    @Test
    void quartersAreMarkedByQuarterWithTheWindowsOwnQuarterFirst() {
        // 2 px a day from 15 Feb: 1 Mar is 14 days on, 1 Apr 14 + 31 = 45 (x 250), 1 Jul 45 + 91 = 136 (x 432)
        assertThat(RoadmapLayout.ticks(day(2, 15), day(8, 31), Zoom.QUARTER))
                .containsExactly(
                        new Tick(160, "Q1 2027", false),
                        new Tick(250, "Q2 2027", true),
                        new Tick(432, "Q3 2027", true));
    }

    @Test
    void anEmptyLaneKeepsOneRowAndALongLaneNameIsCut() {
        Picture picture = RoadmapLayout.layout(
                JAN_1, MAR_31, Zoom.QUARTER, TODAY, List.of("Customer Success and Support"), List.of(), List.of());
        // 20 characters fit the gutter: 19 and the ellipsis
        assertThat(picture.lanes())
                .containsExactly(new LanePlace("Customer Success an…", "Customer Success and Support", 28, 40));
        // 90 days of 2 px
        assertThat(picture.chartRight()).isEqualTo(340);
        assertThat(picture.height()).isEqualTo(28 + 40 + 8);
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(
                        () -> RoadmapLayout.layout(MAR_31, JAN_1, Zoom.MONTH, TODAY, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

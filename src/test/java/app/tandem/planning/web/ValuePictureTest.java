package app.tandem.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.planning.PlanView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuePictureTest {

    private static PlanView.Point point(long id, int rank, double business, double user) {
        return new PlanView.Point(id, "Initiative " + id, rank, business, user, 2, "Quick win", null);
    }

    @Test
    void dotsOfTheSameValuesAreDrawnApartTheBestRankKeepingItsPlaceAndEachPointingToIt() {
        ValuePicture picture =
                ValuePicture.of(List.of(point(1, 1, 4, 1), point(2, 2, 4, 1), point(3, 3, 4, 1), point(4, 4, 1, 0.5)));
        List<ValuePicture.Dot> dots = picture.dots();

        ValuePicture.Dot first = dots.get(0);
        assertThat(first.moved()).isFalse();
        assertThat(dots.get(1).moved()).isTrue();
        assertThat(dots.get(2).moved()).isTrue();
        assertThat(dots.get(3).moved()).as("a dot alone keeps its place").isFalse();
        for (ValuePicture.Dot dot : dots.subList(1, 3)) {
            assertThat(dot.valueX()).isEqualTo(first.x());
            assertThat(dot.valueY()).isEqualTo(first.y());
            assertThat(Math.hypot(dot.x() - first.x(), dot.y() - first.y()))
                    .as("beside it, not far away")
                    .isBetween(ValuePicture.APART - 0.1, ValuePicture.RINGS * ValuePicture.APART + 0.1);
        }
        for (int i = 0; i < dots.size(); i++) {
            for (int j = i + 1; j < dots.size(); j++) {
                assertThat(Math.hypot(
                                dots.get(i).x() - dots.get(j).x(),
                                dots.get(i).y() - dots.get(j).y()))
                        .as("dots %d and %d do not cover each other", i, j)
                        .isGreaterThanOrEqualTo(ValuePicture.APART - 0.2);
            }
        }
        for (ValuePicture.Dot dot : dots) {
            assertThat(dot.x()).isBetween((double) picture.left(), (double) picture.right());
            assertThat(dot.y()).isBetween((double) picture.top(), (double) picture.bottom());
        }
    }
}

package app.tandem.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.review.ParticipationMatrix;
import app.tandem.review.Ref;
import app.tandem.review.rules.ParticipationCounting;
import app.tandem.workspace.TeamParticipation.Occasion;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeatMapTest {

    @Test
    void colourStepsAreQuartersOfTheLargestCountAndNoneIsStepZero() {
        assertThat(ParticipationMatrix.level(0, 8)).isZero();
        assertThat(ParticipationMatrix.level(1, 8)).isEqualTo(1);
        assertThat(ParticipationMatrix.level(2, 8)).isEqualTo(1);
        assertThat(ParticipationMatrix.level(3, 8)).isEqualTo(2);
        assertThat(ParticipationMatrix.level(6, 8)).isEqualTo(3);
        assertThat(ParticipationMatrix.level(8, 8)).isEqualTo(4);
        assertThat(ParticipationMatrix.level(0, 0)).isZero();
    }

    @Test
    void eachSquareShowsItsNumberInTheColourStepOfItsCount() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        HeatMap map = HeatMap.of(ParticipationCounting.count(
                90,
                day,
                List.of(new Ref(1, "Design"), new Ref(2, "Marketing")),
                List.of(
                        new Occasion("Review", "a", day, 1L, Set.of(2L)),
                        new Occasion("Check-in", "b", day, 1L, Set.of(2L)))));

        assertThat(map.squares()).extracting(HeatMap.Square::text).containsExactly("–", "2", "0", "–");
        assertThat(map.squares().get(1).css()).isEqualTo("heat-4");
        assertThat(map.squares().get(0).css()).isEqualTo("heat-self");
        assertThat(map.squares().get(2).css()).isEqualTo("heat-0");
        assertThat(map.rows()).extracting(HeatMap.Label::text).containsExactly("Design", "Marketing");
    }
}

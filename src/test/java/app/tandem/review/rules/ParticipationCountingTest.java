package app.tandem.review.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.review.ParticipationMatrix;
import app.tandem.review.ParticipationMatrix.KindCount;
import app.tandem.review.Ref;
import app.tandem.workspace.TeamParticipation.Occasion;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matrix counted by hand: Marketing 1, Design 2, IT 3, Sales 4. */
class ParticipationCountingTest {

    private static final Ref MARKETING = new Ref(1, "Marketing");
    private static final Ref DESIGN = new Ref(2, "Design");
    private static final Ref IT = new Ref(3, "IT");
    private static final Ref SALES = new Ref(4, "Sales");
    private static final List<Ref> TEAMS = List.of(MARKETING, DESIGN, IT, SALES);
    private static final LocalDate SINCE = LocalDate.of(2026, 9, 3);

    private static Occasion review(LocalDate date, long host, Long... participants) {
        return new Occasion("Review", "a review", date, host, Set.of(participants));
    }

    private static int cell(ParticipationMatrix matrix, Ref host, Ref participant) {
        return matrix.rows()
                .get(TEAMS.indexOf(host))
                .cells()
                .get(TEAMS.indexOf(participant))
                .count();
    }

    private static ParticipationMatrix count(Occasion... occasions) {
        return ParticipationCounting.count(90, SINCE, TEAMS, List.of(occasions));
    }

    @Test
    void countsEachOtherTeamOnceInTheHostsRowAndNeverTheHostItself() {
        ParticipationMatrix matrix = count(
                review(SINCE, 2, 1L, 2L, 3L), // Design's review: Marketing and IT took part, Design too
                review(SINCE.plusDays(10), 2, 1L), // Design's again: Marketing
                review(SINCE.plusDays(20), 1, 2L)); // Marketing's: Design

        assertThat(cell(matrix, DESIGN, MARKETING)).isEqualTo(2);
        assertThat(cell(matrix, DESIGN, IT)).isEqualTo(1);
        assertThat(cell(matrix, MARKETING, DESIGN)).isEqualTo(1);
        assertThat(cell(matrix, DESIGN, DESIGN)).isZero();
        assertThat(cell(matrix, IT, DESIGN)).isZero();
        assertThat(matrix.max()).isEqualTo(2);
        assertThat(matrix.occasions()).isEqualTo(3);
        assertThat(matrix.rows().get(1).cells().get(1).self()).isTrue();
    }

    @Test
    void anOccasionOfNoSingleTeamCountsForEveryPairOfTeamsThatTookPartBothWays() {
        ParticipationMatrix matrix =
                count(new Occasion("Check-in", "Monthly check-in", SINCE.plusDays(1), null, Set.of(1L, 3L, 4L)));

        assertThat(cell(matrix, MARKETING, IT)).isEqualTo(1);
        assertThat(cell(matrix, IT, MARKETING)).isEqualTo(1);
        assertThat(cell(matrix, SALES, IT)).isEqualTo(1);
        assertThat(cell(matrix, IT, SALES)).isEqualTo(1);
        assertThat(cell(matrix, MARKETING, SALES)).isEqualTo(1);
        assertThat(cell(matrix, MARKETING, DESIGN)).isZero();
        assertThat(matrix.occasions()).isEqualTo(1);
    }

    @Test
    void breaksEachCellDownByKindInAlphabeticalOrder() {
        ParticipationMatrix matrix = count(
                review(SINCE, 2, 1L),
                new Occasion("Discovery session", "Lead generation", SINCE, 2L, Set.of(1L, 3L)),
                new Occasion("Check-in", "Check-in", SINCE, 2L, Set.of(1L)),
                review(SINCE.plusDays(3), 2, 1L));

        assertThat(matrix.kinds()).containsExactly("Check-in", "Discovery session", "Review");
        ParticipationMatrix.Cell designByMarketing =
                matrix.rows().get(1).cells().get(0);
        assertThat(designByMarketing.count()).isEqualTo(4);
        assertThat(designByMarketing.byKind())
                .containsExactly(
                        new KindCount("Check-in", 1),
                        new KindCount("Discovery session", 1),
                        new KindCount("Review", 2));
        assertThat(matrix.rows().get(1).cells().get(2).byKind())
                .containsExactly(
                        new KindCount("Check-in", 0),
                        new KindCount("Discovery session", 1),
                        new KindCount("Review", 0));
    }

    @Test
    void leavesOutOccasionsBeforeThePeriodAndTeamsNotOfTheWorkspace() {
        ParticipationMatrix matrix = count(
                review(SINCE.minusDays(1), 2, 1L), // the day before the period
                review(SINCE, 2, 99L), // a team since deleted
                review(SINCE, 99, 1L), // hosted by a team since deleted
                review(SINCE, 2, 2L)); // only the host itself

        assertThat(matrix.max()).isZero();
        assertThat(matrix.occasions()).isZero();
        assertThat(matrix.kinds()).isEmpty();
    }

    @Test
    void theWallsArePairsWhereNeitherTookPartInTheOthersWork() {
        ParticipationMatrix matrix = count(
                review(SINCE, 2, 1L), // Marketing in Design's work
                review(SINCE, 3, 2L)); // Design in IT's work

        assertThat(matrix.walls())
                .extracting(w -> w.team().name() + " | " + w.other().name())
                .containsExactly("Marketing | IT", "Marketing | Sales", "Design | Sales", "IT | Sales");
    }

    @Test
    void aWorkspaceWithoutOccasionsIsAllWalls() {
        ParticipationMatrix matrix = ParticipationCounting.count(30, SINCE, List.of(MARKETING, DESIGN), List.of());
        assertThat(matrix.walls()).hasSize(1);
        assertThat(matrix.rows()).hasSize(2);
        assertThat(matrix.days()).isEqualTo(30);
    }
}

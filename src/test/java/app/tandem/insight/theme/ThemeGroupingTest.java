package app.tandem.insight.theme;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.insight.search.InsightSimilarity.Scored;
import app.tandem.insight.theme.ThemeGrouping.Edge;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemeGroupingTest {

    private static Scored hit(long id, double score) {
        return new Scored(id, (float) score);
    }

    @Test
    void keepsAnEdgeOnlyWhenEachIsAStrongNeighbourOfTheOther() {
        Map<Long, List<Scored>> hits = Map.of(
                1L, List.of(hit(1, 10), hit(2, 6), hit(3, 5)),
                2L, List.of(hit(2, 8), hit(1, 4), hit(3, 1)),
                3L, List.of(hit(3, 12), hit(1, 2), hit(2, 1)));
        assertThat(ThemeGrouping.strongEdges(hits, 0.4))
                .as("1-2 both ways; 1-3 only from 1's side (5/10) but 3 scores 1 with 2/12")
                .containsExactly(new Edge(1, 2));
    }

    @Test
    void measuresAgainstTheBestHitEvenWhenItIsNotTheInsightItself() {
        Map<Long, List<Scored>> hits = Map.of(
                1L, List.of(hit(2, 10), hit(1, 9)),
                2L, List.of(hit(2, 10), hit(1, 3.5)));
        assertThat(ThemeGrouping.strongEdges(hits, 0.3)).containsExactly(new Edge(1, 2));
        assertThat(ThemeGrouping.strongEdges(hits, 0.4)).isEmpty();
    }

    @Test
    void anEmptyAnswerHasNoNeighbours() {
        assertThat(ThemeGrouping.strongEdges(Map.of(1L, List.of(), 2L, List.of(hit(2, 1), hit(1, 1))), 0.3))
                .isEmpty();
    }

    @Test
    void connectedComponentsOfTwoOrMoreBecomeNewThemesAndLoneInsightsStayAlone() {
        ThemeGrouping.Plan plan = ThemeGrouping.plan(
                Set.of(1L, 2L, 3L, 4L, 5L, 6L), Map.of(), List.of(new Edge(1, 2), new Edge(2, 3), new Edge(4, 5)));
        assertThat(plan.newThemes()).containsExactly(Set.of(1L, 2L, 3L), Set.of(4L, 5L));
        assertThat(plan.joins()).isEmpty();
        assertThat(plan.grouped()).isEqualTo(5);
    }

    @Test
    void aGroupLinkedToAThemedInsightJoinsThatThemeEvenAlone() {
        ThemeGrouping.Plan plan = ThemeGrouping.plan(
                Set.of(1L, 2L, 3L),
                Map.of(10L, 100L, 11L, 100L, 12L, 200L),
                List.of(new Edge(1, 2), new Edge(1, 10), new Edge(2, 11), new Edge(2, 12), new Edge(3, 12)));
        assertThat(plan.joins()).containsEntry(100L, Set.of(1L, 2L)).containsEntry(200L, Set.of(3L));
        assertThat(plan.newThemes()).isEmpty();
        assertThat(plan.grouped()).isEqualTo(3);
    }

    @Test
    void neverMovesAnInsightThatIsInATheme() {
        ThemeGrouping.Plan plan = ThemeGrouping.plan(
                Set.of(1L), Map.of(10L, 100L, 11L, 200L), List.of(new Edge(10, 11), new Edge(1, 10)));
        assertThat(plan.joins()).containsExactly(Map.entry(100L, Set.of(1L)));
        assertThat(plan.joins().values().stream().flatMap(Set::stream)).doesNotContain(10L, 11L);
    }

    @Test
    void edgesBetweenInsightsNotFreeAreIgnored() {
        ThemeGrouping.Plan plan = ThemeGrouping.plan(Set.of(1L), Map.of(), List.of(new Edge(1, 7), new Edge(7, 8)));
        assertThat(plan.newThemes()).isEmpty();
        assertThat(plan.joins()).isEmpty();
    }

    @Test
    void aGroupAlikeAnExistingThemeJoinsItWithoutAnEdgeToAMember() {
        // 1-2 are alike each other; 1 is alike theme 100 (no mutual edge to any member); 3-4 are alike
        // only each other, so they still become a new theme
        ThemeGrouping.Plan plan = ThemeGrouping.plan(
                Set.of(1L, 2L, 3L, 4L),
                Map.of(10L, 100L),
                List.of(new Edge(1, 2), new Edge(3, 4)),
                Map.of(1L, Set.of(100L)));
        assertThat(plan.joins()).containsExactly(Map.entry(100L, Set.of(1L, 2L)));
        assertThat(plan.newThemes()).containsExactly(Set.of(3L, 4L));
    }

    @Test
    void aLoneInsightAlikeAThemeJoinsItAndEdgesAndAlikenessAreCountedTogether() {
        ThemeGrouping.Plan plan = ThemeGrouping.plan(
                Set.of(1L, 5L),
                Map.of(10L, 100L, 20L, 200L),
                List.of(new Edge(5, 20)),
                Map.of(1L, Set.of(100L), 5L, Set.of(100L, 200L), 10L, Set.of(200L)));
        assertThat(plan.joins())
                .as("1 alone joins 100; 5 has an edge and an alikeness for 200, one alikeness for 100;"
                        + " 10 is not free, so its alikeness does not count")
                .containsEntry(100L, Set.of(1L))
                .containsEntry(200L, Set.of(5L))
                .hasSize(2);
        assertThat(plan.newThemes()).isEmpty();
    }
}

package app.tandem.initiative.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.initiative.rules.DependencyCycles.Edge;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyCyclesTest {

    // 1 campaign needs 2 assets, 2 assets needs 3 research, 4 landing page needs 5 form endpoint
    private static final List<Edge> EXISTING = List.of(new Edge(1, 2), new Edge(2, 3), new Edge(4, 5));

    @Test
    void aNeedThatClosesNoCycleIsFine() {
        assertThat(DependencyCycles.closedBy(EXISTING, 1, 3)).isEmpty(); // a shortcut, not a cycle
        assertThat(DependencyCycles.closedBy(EXISTING, 3, 5)).isEmpty();
        assertThat(DependencyCycles.closedBy(EXISTING, 6, 7)).isEmpty(); // initiatives without dependencies
        assertThat(DependencyCycles.closedBy(List.of(), 1, 2)).isEmpty();
    }

    @Test
    void aNeedBackToTheOtherSideIsATwoCycle() {
        assertThat(DependencyCycles.closedBy(EXISTING, 2, 1)).containsExactly(2L, 1L);
    }

    @Test
    void aLongerCycleIsNamedInOrderFromTheDependant() {
        // research needs the campaign: research → campaign → assets → research
        assertThat(DependencyCycles.closedBy(EXISTING, 3, 1)).containsExactly(3L, 1L, 2L);
    }

    @Test
    void theShortestCycleIsNamedWhenThereAreSeveral() {
        List<Edge> edges = List.of(new Edge(1, 2), new Edge(2, 3), new Edge(3, 4), new Edge(1, 4));
        // 4 needs 1: 4 → 1 → 4 directly beats 4 → 1 → 2 → 3 → 4
        assertThat(DependencyCycles.closedBy(edges, 4, 1)).containsExactly(4L, 1L);
    }

    @Test
    void anInitiativeThatNeedsItselfIsACycleOfOne() {
        assertThat(DependencyCycles.closedBy(EXISTING, 5, 5)).containsExactly(5L);
    }

    @Test
    void theSentenceNamesEveryLinkOfTheCycle() {
        assertThat(DependencyCycles.sentence(List.of("Research", "Campaign", "Assets")))
                .isEqualTo("“Research” needs “Campaign”, “Campaign” needs “Assets”, and “Assets” needs “Research”.");
        assertThat(DependencyCycles.sentence(List.of("Assets", "Campaign")))
                .isEqualTo("“Assets” needs “Campaign”, and “Campaign” needs “Assets”.");
    }
}

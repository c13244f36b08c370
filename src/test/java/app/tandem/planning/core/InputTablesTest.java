package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a plan input packs when it is made (its initiatives' and dependencies' arrays) reads back as
 * given, and a dependency list taken over by another input (a what-if changes the initiatives)
 * finds its ends in that input's initiatives, not in the first one's.
 */
class InputTablesTest {

    @Test
    void theTablesReadBackAsGivenAndFollowTheInitiativesOfTheirOwnInput() {
        Item design = item(10, "Design assets")
                .effort(1, 2)
                .dates(TODAY, TODAY.plusDays(14))
                .build();
        Item campaign = item(20, "Campaign")
                .status(Item.Status.COMMITTED)
                .goal(3, 7, 2.5)
                .build();
        List<Dependency> dependencies = List.of(
                new Dependency(20, 10, "design assets", TODAY.plusDays(3), false),
                new Dependency(20, 99, "copy", null, false, true));
        PlanInput first = new PlanInput(
                List.of(design, campaign), dependencies, List.of(), List.of(), List.of(), List.of(), TODAY);

        Initiatives items = first.initiativeTable();
        assertThat(items).containsExactly(design, campaign);
        assertThat(items.id(1)).isEqualTo(20);
        assertThat(items.start(0)).isEqualTo(TODAY.toEpochDay());
        assertThat(items.due(1)).isEqualTo(Initiatives.NO_DATE);
        assertThat(items.effortEnd(0) - items.effortFirst(0)).isEqualTo(1);
        assertThat(items.effortAmount(items.effortFirst(0))).isEqualTo(2.0);
        assertThat(items.kpiId(items.goalFirst(1))).isEqualTo(7);
        Dependencies links = first.dependencyTable();
        assertThat(links).containsExactlyElementsOf(dependencies);
        assertThat(links.providerAt(0)).isEqualTo(0);
        assertThat(links.dependantAt(0)).isEqualTo(1);
        assertThat(links.providerAt(1)).as("an id among no initiative").isEqualTo(-1);
        assertThat(links.handoffCount()).isEqualTo(1);
        assertThat(links.featureCount()).isEqualTo(1);

        PlanInput reordered = new PlanInput(
                List.of(campaign, design), first.dependencies(), List.of(), List.of(), List.of(), List.of(), TODAY);
        assertThat(reordered.dependencyTable().providerAt(0)).isEqualTo(1);
        assertThat(reordered.dependencyTable().dependantAt(0)).isEqualTo(0);
        assertThat(reordered.dependencies()).containsExactlyElementsOf(dependencies);
    }
}

package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.FIRST_WEEK;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrivingChainsTest {

    @Test
    void aLandingPageWaitsOnTheFormEndpointWhichWaitsOnTheLaterOfItsTwoProviders() {
        // 1 hosting (1 week), 2 design system (3 weeks), 3 form endpoint needs 1 and 2, 4 landing page needs 3
        Item hosting = item(1, "Hosting")
                .effort(1, 1)
                .dates(FIRST_WEEK, FIRST_WEEK.plusDays(7))
                .build();
        Item design = item(2, "Design system")
                .effort(2, 1)
                .dates(FIRST_WEEK, FIRST_WEEK.plusDays(21))
                .build();
        Item endpoint = item(3, "Form endpoint").effort(1, 1).build();
        Item landing = item(4, "Landing page").effort(2, 1).build();
        Item alone = item(5, "Alone").effort(2, 1).build();
        List<Dependency> dependencies = List.of(
                new Dependency(3, 1, "infrastructure", null, false),
                new Dependency(3, 2, "design assets", null, false),
                new Dependency(4, 3, "infrastructure", null, false));
        PlanInput input = new PlanInput(
                List.of(hosting, design, endpoint, landing, alone),
                dependencies,
                List.of(),
                List.of(),
                List.of(),
                List.of(new Team(1, "IT", 5), new Team(2, "Design", 5)),
                Plans.TODAY);
        Plan plan = Planner.plan(input, Scoring.Method.GOAL_CONTRIBUTION);
        DrivingChains chains = new DrivingChains(plan.schedule(), dependencies);

        // design ends in week 3, after hosting (week 1): it sets when the endpoint can start
        assertThat(chains.of(4)).containsExactly(2L, 3L);
        assertThat(chains.of(3)).containsExactly(2L);
        assertThat(chains.of(5)).isEmpty();
        assertThat(chains.of(1)).isEmpty();
    }
}

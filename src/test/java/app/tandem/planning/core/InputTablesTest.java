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
        assertThat(items.totalEffort(0)).isEqualTo(2.0);
        assertThat(items.confidence(1)).isEqualTo(campaign.confidence());
        Dependencies links = first.dependencyTable();
        assertThat(links).containsExactlyElementsOf(dependencies);
        assertThat(links.providerAt(0)).isEqualTo(0);
        assertThat(links.dependantAt(0)).isEqualTo(1);
        assertThat(links.providerAt(1)).as("an id among no initiative").isEqualTo(-1);
        assertThat(links.openCount()).isEqualTo(2);
        assertThat(links.handoffCount()).isEqualTo(1);
        assertThat(links.featureCount()).isEqualTo(1);

        PlanInput reordered = new PlanInput(
                List.of(campaign, design), first.dependencies(), List.of(), List.of(), List.of(), List.of(), TODAY);
        assertThat(reordered.dependencyTable().providerAt(0)).isEqualTo(1);
        assertThat(reordered.dependencyTable().dependantAt(0)).isEqualTo(0);
        assertThat(reordered.dependencies()).containsExactlyElementsOf(dependencies);
    }

    /**
     * A ranking reads goal contribution's and value ÷ effort's inputs from the table; each score, its
     * breakdown and its sentence are those of the item scored on its own, over links to unknown
     * goals, KPIs and user goals, a goal served twice, user goals helped and hurt, no links at all.
     */
    @Test
    void scoresFromTheTableAreTheItemsOwnScores() {
        List<Goal> goals = List.of(new Goal(1, "Grow trial-to-paid", 5), new Goal(2, "Cut support load", 3));
        List<Kpi> kpis = List.of(
                new Kpi(11, "Week-1 retention", true, 10, Kpi.Health.OFF_TRACK, false),
                new Kpi(12, "Tickets per user", false, 4, Kpi.Health.AT_RISK, true));
        List<UserGoal> userGoals =
                List.of(new UserGoal(21, "Understand my spending", 5), new UserGoal(22, "Pay quickly", 2));
        java.util.Random random = new java.util.Random(11);
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            Plans.ItemBuilder builder =
                    item(i, "Initiative " + i).confidence(Item.Confidence.values()[random.nextInt(3)]);
            for (int g = random.nextInt(4); g > 0; g--) {
                builder.goal(1 + random.nextInt(3), 11L + random.nextInt(3), (double) (random.nextInt(9) - 3));
            }
            for (int u = random.nextInt(4); u > 0; u--) {
                if (random.nextBoolean()) {
                    builder.helps(21 + random.nextInt(3), 1 + random.nextInt(3));
                } else {
                    builder.hurts(21 + random.nextInt(3), 1 + random.nextInt(3));
                }
            }
            for (int t = random.nextInt(3); t > 0; t--) {
                builder.effort(1 + random.nextInt(3), 0.5 * random.nextInt(9));
            }
            items.add(builder.build());
        }
        PlanInput input = new PlanInput(items, List.of(), goals, kpis, userGoals, List.of(), TODAY);
        Scoring alone = new Scoring(input);

        for (Scoring.Method method : List.of(Scoring.Method.GOAL_CONTRIBUTION, Scoring.Method.VALUE_OVER_EFFORT)) {
            for (int parts : new int[] {1, 3}) {
                Ranking ranking = Ranking.of(input, ScoringModel.of(method), parts);
                assertThat(ranking.items()).hasSize(300);
                for (Ranking.Ranked ranked : ranking.items()) {
                    Score own = alone.score(items.get((int) ranked.itemId() - 1), method);
                    assertThat(ranked.score().value())
                            .as("%s of %d", method, ranked.itemId())
                            .isEqualTo(own.value());
                    assertThat(ranked.score().breakdown()).isEqualTo(own.breakdown());
                    assertThat(ranked.score().sentence()).isEqualTo(own.sentence());
                }
            }
        }
    }

    /** Rows longer than the table first expects (two per initiative) are kept whole, in order. */
    @Test
    void manyLinksOfOneInitiativeReadBackInOrder() {
        Plans.ItemBuilder many = item(1, "Many links");
        for (int k = 0; k < 40; k++) {
            many.effort(100 + k, k + 0.5).goal(200 + k, 300 + k, k - 20.0);
            if (k % 2 == 0) {
                many.helps(400 + k, 1 + k % 3);
            } else {
                many.hurts(400 + k, 1 + k % 3);
            }
        }
        Item first = many.build();
        Item second = item(2, "One of each").effort(7, 1).goal(8).helps(9, 2).build();
        PlanInput input =
                new PlanInput(List.of(first, second), List.of(), List.of(), List.of(), List.of(), List.of(), TODAY);

        Initiatives items = input.initiativeTable();
        assertThat(items.effortEnd(0) - items.effortFirst(0)).isEqualTo(40);
        assertThat(items.goalEnd(0) - items.goalFirst(0)).isEqualTo(40);
        assertThat(items.userGoalEnd(0) - items.userGoalFirst(0)).isEqualTo(40);
        for (int k = 0; k < 40; k++) {
            int g = items.goalFirst(0) + k;
            assertThat(items.goalId(g)).isEqualTo(200 + k);
            assertThat(items.kpiId(g)).isEqualTo(300 + k);
            assertThat(items.change(g)).isEqualTo(k - 20.0);
            int u = items.userGoalFirst(0) + k;
            assertThat(items.userGoalId(u)).isEqualTo(400 + k);
            assertThat(items.userGoalHelps(u)).isEqualTo(k % 2 == 0);
            assertThat(items.userGoalStrength(u)).isEqualTo(1 + k % 3);
        }
        assertThat(java.util.stream.IntStream.range(items.effortFirst(0), items.effortEnd(0))
                        .mapToDouble(items::effortAmount)
                        .sum())
                .isEqualTo(first.totalEffort());
        assertThat(items.totalEffort(0)).isEqualTo(first.totalEffort());
        assertThat(items.effortTeam(items.effortFirst(1))).isEqualTo(7);
        assertThat(items.goalId(items.goalFirst(1))).isEqualTo(8);
        assertThat(items.hasKpi(items.goalFirst(1))).isFalse();
        assertThat(items.userGoalId(items.userGoalFirst(1))).isEqualTo(9);
        assertThat(items.userGoalHelps(items.userGoalFirst(1))).isTrue();
    }
}

package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A large plan computed with its parts on several threads is the very plan computed on one: every
 * rank, score, breakdown and sentence, every slot, the critical path and every conflict in the same
 * order, under each scoring model.
 */
class ParallelPlanTest {

    private static final List<Team> TEAMS =
            List.of(new Team(1, "Design", 4), new Team(2, "IT", 6), new Team(3, "Marketing", 3));

    /** {@code n} initiatives of every kind and status, with goals, KPIs, user goals, dates and dependencies on earlier ones. */
    private static PlanInput largePlan(int n, Random random) {
        List<Goal> goals = List.of(new Goal(1, "Grow trial-to-paid", 5), new Goal(2, "Cut support load", 3));
        List<Kpi> kpis = List.of(
                new Kpi(11, "Week-1 retention", true, 10, Kpi.Health.OFF_TRACK, false),
                new Kpi(12, "Tickets per user", false, 4, Kpi.Health.AT_RISK, true),
                new Kpi(13, "Conversion", true, 2, Kpi.Health.ON_TRACK, false));
        List<UserGoal> userGoals =
                List.of(new UserGoal(21, "Understand my spending", 5), new UserGoal(22, "Pay quickly", 2));
        List<Item> items = new ArrayList<>(n);
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = i + 1;
            Plans.ItemBuilder builder = item(id, "Initiative " + id)
                    .kind(Item.Kind.values()[random.nextInt(Item.Kind.values().length)])
                    .status(Item.Status.values()[random.nextInt(Item.Status.values().length)])
                    .confidence(Item.Confidence.values()[random.nextInt(3)])
                    .evidence(random.nextInt(20), random.nextInt(50_000))
                    .itReview(Item.ItReview.values()[random.nextInt(Item.ItReview.values().length)]);
            if (random.nextInt(10) > 0) {
                builder.goal(1 + random.nextInt(2), 11L + random.nextInt(3), (double) (random.nextInt(9) - 2));
            }
            if (random.nextBoolean()) {
                builder.helps(21 + random.nextInt(2), 1 + random.nextInt(3));
            } else if (random.nextInt(4) == 0) {
                builder.hurts(21 + random.nextInt(2), 1 + random.nextInt(3));
            }
            for (int t = 0, teams = 1 + random.nextInt(2); t < teams; t++) {
                builder.effort(1 + random.nextInt(TEAMS.size()), 0.5 + random.nextInt(8));
            }
            if (random.nextInt(4) == 0) {
                builder.dates(TODAY.plusDays(random.nextInt(60) - 20), TODAY.plusDays(60 + random.nextInt(60)));
            }
            items.add(builder.build());
            for (int d = 0; d < 3 && i > 0; d++) {
                dependencies.add(new Dependency(
                        id,
                        1 + random.nextInt(i),
                        "assets",
                        random.nextInt(10) == 0 ? TODAY.plusDays(random.nextInt(90)) : null,
                        random.nextInt(5) == 0));
            }
        }
        return new PlanInput(items, dependencies, goals, kpis, userGoals, TEAMS, TODAY);
    }

    @Test
    void aPlanOnSeveralThreadsIsThePlanOnOne() {
        PlanInput input = largePlan(Parallel.FROM + 5_000, new Random(14));
        List<ScoringModel> models = new ArrayList<>();
        for (Scoring.Method method : Scoring.Method.values()) {
            if (method != Scoring.Method.CUSTOM) {
                models.add(ScoringModel.of(method));
            }
        }
        models.add(ScoringModel.custom("goalValue * confidence / MAX(1, effort) + dependants + offTrack"));
        for (ScoringModel model : models) {
            Plan alone = Planner.plan(input, model, false);
            Plan shared = Planner.plan(input, model, true);

            assertThat(shared.ranking().items())
                    .as(model.label())
                    .hasSize(alone.ranking().items().size());
            for (int r = 0; r < alone.ranking().items().size(); r++) {
                Ranking.Ranked one = alone.ranking().items().get(r);
                Ranking.Ranked other = shared.ranking().items().get(r);
                assertThat(other.itemId())
                        .as("%s rank %d", model.label(), r + 1)
                        .isEqualTo(one.itemId());
                assertThat(other.score()).as("%s rank %d", model.label(), r + 1).isEqualTo(one.score());
            }
            assertThat(shared.schedule().slots())
                    .as(model.label())
                    .isEqualTo(alone.schedule().slots());
            assertThat(shared.criticalPath().end())
                    .as(model.label())
                    .isEqualTo(alone.criticalPath().end());
            assertThat(shared.criticalPath().chain())
                    .as(model.label())
                    .isEqualTo(alone.criticalPath().chain());
            assertThat(Map.copyOf(shared.criticalPath().slack()))
                    .as(model.label())
                    .isEqualTo(Map.copyOf(alone.criticalPath().slack()));
            assertThat(shared.conflicts()).as(model.label()).isEqualTo(alone.conflicts());
            assertThat(alone.conflicts()).as(model.label()).isNotEmpty();
        }
    }

    @Test
    void aRankingInPartsIsTheRankingInOne() {
        PlanInput input = largePlan(3_001, new Random(19));
        for (int parts : new int[] {2, 3, 7}) {
            assertThat(Ranking.of(input, ScoringModel.of(Scoring.Method.WSJF), parts))
                    .as("%d parts", parts)
                    .isEqualTo(Ranking.of(input, ScoringModel.of(Scoring.Method.WSJF), 1));
        }
    }

    @Test
    void aRefusedFormulaIsRefusedAsOnOneThread() {
        PlanInput input = largePlan(100, new Random(3));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Planner.plan(input, ScoringModel.custom("goalValue * unknownField"), true))
                .isInstanceOf(FormulaInvalid.class)
                .hasMessageContaining("unknownField");
    }

    @Test
    void aCycleIsRefusedAsOnOneThreadAndTheNextPlanIsWhole() {
        PlanInput plan = largePlan(2_000, new Random(5));
        List<Dependency> withCycle = new ArrayList<>(plan.dependencies());
        // 1 → 2 → 3 → 1, among initiatives of any status: make them open first
        List<Item> items = new ArrayList<>(plan.initiatives());
        for (int i = 0; i < 3; i++) {
            items.set(
                    i,
                    item(i + 1, "Loop " + (i + 1)).status(Item.Status.PROPOSED).build());
        }
        withCycle.add(new Dependency(2, 1, "assets", null, false));
        withCycle.add(new Dependency(3, 2, "assets", null, false));
        withCycle.add(new Dependency(1, 3, "assets", null, false));
        PlanInput input =
                new PlanInput(items, withCycle, plan.goals(), plan.kpis(), plan.userGoals(), plan.teams(), TODAY);
        ScoringModel model = ScoringModel.of(Scoring.Method.GOAL_CONTRIBUTION);

        Throwable onOne = catchThrowable(() -> Planner.plan(input, model, false));
        Throwable onSeveral = catchThrowable(() -> Planner.plan(input, model, true));

        assertThat(onOne).isInstanceOf(DependencyCycle.class);
        assertThat(onSeveral).isInstanceOf(DependencyCycle.class).hasMessage(onOne.getMessage());
        // the conflicts queued behind the refused schedule do not disturb the next plan
        assertThat(Planner.plan(plan, model, true).conflicts())
                .isEqualTo(Planner.plan(plan, model, false).conflicts());
    }
}

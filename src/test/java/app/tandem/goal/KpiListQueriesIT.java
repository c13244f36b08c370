package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.StatementCount;
import app.tandem.TandemIT;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The KPI list, the goals page's goals and KPIs and the goal page's charts take as many SQL
 * statements for thirty KPIs as for three: the KPIs' goal and team ids, their latest measurements
 * and their charts are each loaded for all of them at once, not one KPI at a time. Counts
 * statements (Hibernate's statistics), never time.
 */
class KpiListQueriesIT extends TandemIT {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    @Autowired
    Kpis kpis;

    @Autowired
    Goals goals;

    @Autowired
    Workspaces workspaces;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    /** A workspace with one team, one goal and its KPIs, each with a few measurements. */
    private record Bench(String slug, long userId, long goalId, List<Long> kpiIds) {}

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void listsThirtyKpisWithAsManyStatementsAsThree() {
        Bench three = workspaceWith(3);
        Bench thirty = workspaceWith(30);

        long forThree = statements(() -> kpis.list(three.slug(), three.userId(), null, null, PageRequest.of(0, 100)));
        long forThirty =
                statements(() -> kpis.list(thirty.slug(), thirty.userId(), null, null, PageRequest.of(0, 100)));

        assertThat(forThirty)
                .as("statements to list 30 KPIs (3 KPIs took %d)", forThree)
                .isEqualTo(forThree)
                .isLessThan(30);
    }

    @Test
    void showsTheGoalsPageAndTheGoalPageOfThirtyKpisWithAsManyStatementsAsThree() {
        Bench three = workspaceWith(3);
        Bench thirty = workspaceWith(30);

        long goalsPageOfThree = statements(() -> goalsPage(three));
        long goalPageOfThree = statements(() -> goalPage(three));

        assertThat(statements(() -> goalsPage(thirty)))
                .as("statements for the goals page of 30 KPIs (3 KPIs took %d)", goalsPageOfThree)
                .isEqualTo(goalsPageOfThree);
        assertThat(statements(() -> goalPage(thirty)))
                .as("statements for the goal page of 30 KPIs (3 KPIs took %d)", goalPageOfThree)
                .isEqualTo(goalPageOfThree);
    }

    @Test
    void answersEachKpisLatestMeasurementAndChartFromTheBulkQueries() {
        Bench bench = workspaceWith(3);
        WorkspaceContext context = workspaces.access(bench.slug(), bench.userId());

        List<KpiView> listed = kpis.list(bench.slug(), bench.userId(), null, null, PageRequest.of(0, 100))
                .getContent();
        Map<Long, List<MeasurementView>> charts = kpis.charts(context, bench.kpiIds());

        assertThat(listed).hasSize(3).allSatisfy(kpi -> {
            int k = bench.kpiIds().indexOf(kpi.id());
            assertThat(kpi.latest()).isNotNull();
            assertThat(kpi.latest().date()).isEqualTo(FIRST.plusDays(k + 2));
            assertThat(kpi.latest().value()).isEqualTo(value(k, k + 2));
            assertThat(kpi.goalIds()).containsExactly(bench.goalId());
            assertThat(kpi.teams()).extracting(Ref::name).containsExactly("Growth");
            assertThat(charts.get(kpi.id()))
                    .extracting(MeasurementView::date)
                    .isSortedAccordingTo(LocalDate::compareTo)
                    .hasSize(k + 3)
                    .endsWith(kpi.latest().date());
            assertThat(charts.get(kpi.id())).isEqualTo(kpis.chart(context, kpi.id()));
        });
    }

    private void goalsPage(Bench bench) {
        WorkspaceContext context = workspaces.access(bench.slug(), bench.userId());
        goals.all(context);
        kpis.all(context);
    }

    private void goalPage(Bench bench) {
        WorkspaceContext context = workspaces.access(bench.slug(), bench.userId());
        goals.get(bench.slug(), bench.userId(), bench.goalId());
        kpis.charts(
                context,
                kpis.measuring(context, bench.goalId()).stream()
                        .map(KpiView::id)
                        .toList());
    }

    private long statements(Runnable work) {
        return StatementCount.fewest(statistics, work);
    }

    /** KPI k (from 0) has k + 3 daily measurements from {@link #FIRST}. */
    private Bench workspaceWith(int kpiCount) {
        String slug = "kpi-queries-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"KPI queries\",\"slug\":\"" + slug + "\"}");
        long userId = admin().get("/api/v1/me").json().path("id").asLong();
        String base = "/api/v1/workspaces/" + slug;
        long team = admin().post(base + "/teams", "{\"name\":\"Growth\"}")
                .json()
                .path("id")
                .asLong();
        long goal = goals.create(
                        slug,
                        userId,
                        new GoalInput("Grow", null, FIRST, FIRST.plusYears(1), null, null, null, Set.of(team)))
                .id();
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < kpiCount; k++) {
            long id = kpis.create(
                            slug,
                            userId,
                            new KpiInput(
                                    "KPI " + k,
                                    KpiUnit.COUNT,
                                    Direction.HIGHER_IS_BETTER,
                                    100.0,
                                    FIRST,
                                    200.0,
                                    FIRST.plusYears(1),
                                    null,
                                    null,
                                    null,
                                    Set.of(goal),
                                    Set.of(team)))
                    .id();
            List<MeasurementInput> values = new ArrayList<>();
            for (int day = 0; day < k + 3; day++) {
                values.add(new MeasurementInput(FIRST.plusDays(day), value(k, day), null));
            }
            kpis.record(slug, userId, id, values, MeasurementSource.API);
            ids.add(id);
        }
        return new Bench(slug, userId, goal, ids);
    }

    private static double value(int kpi, int day) {
        return 100.0 + kpi + day / 10.0;
    }
}

package app.tandem.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tandem.StatementCount;
import app.tandem.TandemIT;
import app.tandem.goal.Direction;
import app.tandem.goal.GoalInput;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiInput;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementInput;
import app.tandem.goal.MeasurementSource;
import app.tandem.initiative.GoalLinkInput;
import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeLinks;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.Initiatives;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's KPI trends on the real database: every KPI with its health, latest and target in
 * words and its chart, the initiatives expected to move it, narrowed to a team's or a goal's KPIs,
 * in as many statements for many KPIs as for two.
 */
class KpiTrendsIT extends TandemIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Autowired
    KpiTrends trends;

    @Autowired
    Goals goals;

    @Autowired
    Kpis kpis;

    @Autowired
    Initiatives initiatives;

    @Autowired
    InitiativeLinks links;

    @Autowired
    Workspaces workspaces;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private String slug;
    private long me;
    private WorkspaceContext context;
    private long growth;
    private long design;
    private long grow;
    private long delight;
    private long conversion;
    private long nps;

    /**
     * Growth's goal "Grow conversions" is measured by Conversion (on track: 3.5% of the way from 2% to
     * 4%, half the time gone); Design's goal "Delight users" by NPS, not measured yet. The campaign
     * should move Conversion by +2 points by 31 Mar 2027; the copy serves both goals, NPS by +5 by its
     * due date; a dropped idea and work that names no KPI do not count.
     */
    @BeforeEach
    void workspace() {
        slug = "kpi-trends-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"KPI trends\",\"slug\":\"" + slug + "\"}");
        me = admin().get("/api/v1/me").json().path("id").asLong();
        growth = team(base, "Growth");
        design = team(base, "Design");
        context = workspaces.access(slug, me);
        grow = goal("Grow conversions", growth);
        delight = goal("Delight users", design);
        conversion = kpi("Conversion", KpiUnit.PERCENT, 2.0, 4.0, grow, growth);
        kpis.record(
                slug,
                me,
                conversion,
                List.of(new MeasurementInput(TODAY.minusDays(1), 3.5, null)),
                MeasurementSource.API);
        nps = kpi("NPS", KpiUnit.SCORE, 30, 40, delight, design);

        long campaign = initiative("Re-onboarding campaign", growth);
        links.putGoal(slug, me, campaign, grow, new GoalLinkInput(conversion, 2.0, LocalDate.of(2027, 3, 31)));
        long copy = initiative("Jargon-free copy", design);
        links.putGoal(slug, me, copy, grow, new GoalLinkInput(conversion, null, null));
        links.putGoal(slug, me, copy, delight, new GoalLinkInput(nps, 5.0, null));
        long dropped = initiative("Dropped idea", growth);
        links.putGoal(slug, me, dropped, grow, new GoalLinkInput(conversion, 1.0, null));
        initiatives.changeStatus(slug, me, dropped, InitiativeStatus.DROPPED, "Not worth it", null);
        long unrelated = initiative("Unrelated work", growth);
        links.putGoal(slug, me, unrelated, grow, GoalLinkInput.NONE);
    }

    @Test
    void showsEveryKpiTheOnesNeedingAttentionFirstWithTheWorkExpectedToMoveIt() {
        List<KpiTrend> all = trends.trends(context, null, null);

        assertThat(all).extracting(KpiTrend::name).containsExactly("NPS", "Conversion");
        KpiTrend npsTrend = all.getFirst();
        assertThat(npsTrend.health()).isEqualTo("no-data");
        assertThat(npsTrend.healthLabel()).isEqualTo("No data");
        assertThat(npsTrend.latest()).isEqualTo("No measurement yet");
        assertThat(npsTrend.target()).isEqualTo("40 by " + DAY.format(TODAY.plusDays(100)));
        assertThat(npsTrend.movers())
                .extracting(KpiTrend.Mover::title, KpiTrend.Mover::status, KpiTrend.Mover::expected)
                .containsExactly(tuple("Jargon-free copy", "Proposed", "+5 by 15 Feb 2027"));

        KpiTrend conversionTrend = all.get(1);
        assertThat(conversionTrend.id()).isEqualTo(conversion);
        assertThat(conversionTrend.healthLabel()).isEqualTo("On track");
        assertThat(conversionTrend.healthSymbol()).isEqualTo("✓");
        assertThat(conversionTrend.latest()).isEqualTo("3.5% on " + DAY.format(TODAY.minusDays(1)));
        assertThat(conversionTrend.target()).isEqualTo("4% by " + DAY.format(TODAY.plusDays(100)));
        assertThat(conversionTrend.movers())
                .extracting(KpiTrend.Mover::title, KpiTrend.Mover::expected)
                .containsExactly(
                        tuple("Jargon-free copy", null), tuple("Re-onboarding campaign", "+2 points by 31 Mar 2027"));
        JsonNode chart = JsonMapper.shared().readTree(conversionTrend.chartJson());
        assertThat(chart.path("name").asString()).isEqualTo("Conversion");
        assertThat(chart.path("measurements").get(0).path("value").asDouble()).isEqualTo(3.5);
        assertThat(chart.path("target").path("value").asDouble()).isEqualTo(4.0);
        assertThat(conversionTrend.chartText())
                .startsWith("Line chart of Conversion: 1 measurement")
                .endsWith("On track.");
    }

    @Test
    void aTeamOrAGoalNarrowsToItsKpis() {
        assertThat(trends.trends(context, design, null))
                .extracting(KpiTrend::id)
                .containsExactly(nps);
        assertThat(trends.trends(context, null, grow)).extracting(KpiTrend::id).containsExactly(conversion);
        assertThat(trends.trends(context, growth, delight)).isEmpty();
    }

    @Test
    void readsTenMoreKpisWithTheirMoversInAsManyStatements() {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long forTwo = StatementCount.fewest(statistics, () -> trends.trends(context, null, null));
            for (int i = 0; i < 10; i++) {
                long kpi = kpi("KPI " + i, KpiUnit.COUNT, 100, 200, grow, growth);
                kpis.record(
                        slug,
                        me,
                        kpi,
                        List.of(new MeasurementInput(TODAY.minusDays(2), 150.0, null)),
                        MeasurementSource.API);
                links.putGoal(slug, me, initiative("Work " + i, growth), grow, new GoalLinkInput(kpi, 10.0, null));
            }
            List<KpiTrend> twelve = trends.trends(context, null, null);
            assertThat(twelve)
                    .hasSize(12)
                    .allSatisfy(t -> assertThat(t.movers()).isNotEmpty());
            assertThat(StatementCount.fewest(statistics, () -> trends.trends(context, null, null)))
                    .as("statements for 12 KPIs (2 took %d)", forTwo)
                    .isEqualTo(forTwo);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private long team(String base, String name) {
        return admin().post(base + "/teams", "{\"name\":\"" + name + "\"}")
                .json()
                .path("id")
                .asLong();
    }

    private long goal(String title, long team) {
        return goals.create(
                        slug,
                        me,
                        new GoalInput(
                                title, null, TODAY.minusDays(100), TODAY.plusDays(100), null, null, null, Set.of(team)))
                .id();
    }

    private long kpi(String name, KpiUnit unit, double baseline, double target, long goal, long team) {
        return kpis.create(
                        slug,
                        me,
                        new KpiInput(
                                name,
                                unit,
                                Direction.HIGHER_IS_BETTER,
                                baseline,
                                TODAY.minusDays(100),
                                target,
                                TODAY.plusDays(100),
                                null,
                                null,
                                null,
                                Set.of(goal),
                                Set.of(team)))
                .id();
    }

    private long initiative(String title, @Nullable Long team) {
        return initiatives
                .propose(
                        slug,
                        me,
                        new InitiativeInput(
                                title,
                                null,
                                InitiativeKind.CONTENT,
                                team,
                                me,
                                LocalDate.of(2027, 1, 10),
                                LocalDate.of(2027, 2, 15),
                                null,
                                null,
                                null))
                .id();
    }
}

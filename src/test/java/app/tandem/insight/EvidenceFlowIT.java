package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import app.tandem.StatementCount;
import app.tandem.TandemIT;
import app.tandem.insight.EvidenceFlow.Stream;
import app.tandem.insight.EvidenceFlow.TeamFigures;
import app.tandem.insight.routing.Routing;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence flow of the dashboard counted on the real database: streams from the capturing team
 * to the teams insights were routed to, what went nowhere, the median wait to acknowledge, the 30-
 * and 90-day periods and the narrowing to one team.
 */
class EvidenceFlowIT extends TandemIT {

    private static final double HOUR = 1.0 / 24;

    @Autowired
    Insights insights;

    @Autowired
    Routing routing;

    @Autowired
    Workspaces workspaces;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private String slug;
    private long admin;
    private WorkspaceContext context;
    private long marketing;
    private long design;
    private long support;

    /**
     * Support captured four insights five days ago: one went to Design (acknowledged after 2 h) and to
     * Marketing (after a day), one to Design (after 4 h), one to Design (not acknowledged yet), one
     * nowhere. One insight without a team, a day ago, went nowhere. Marketing captured one 60 days ago
     * that Design acknowledged after 3 days. Design captured one 200 days ago, routed to Support.
     */
    @BeforeEach
    void workspace() {
        slug = "flow-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Flow\",\"slug\":\"" + slug + "\"}");
        admin = admin().get("/api/v1/me").json().path("id").asLong();
        marketing = team(base, "Marketing");
        design = team(base, "Design");
        support = team(base, "Support <b>desk</b>");
        context = workspaces.access(slug, admin);

        long s1 = capture("Jargon in the budget screen", support, 5);
        route(s1, design, 5, Duration.ofHours(2));
        route(s1, marketing, 5, Duration.ofDays(1));
        route(capture("Savings goal hidden", support, 5), design, 5, Duration.ofHours(4));
        route(capture("Export fails", support, 5), design, 5, null);
        capture("Dark mode wanted", support, 5);
        capture("Found on a forum", null, 1);
        route(capture("Second email loses people", marketing, 60), design, 60, Duration.ofDays(3));
        route(capture("Old survey", design, 200), support, 200, Duration.ofHours(1));
    }

    @Test
    void countsTheStreamsFromTheCapturingTeamsOverThirtyDays() {
        EvidenceFlow flow = insights.evidenceFlow(context, 30, null);

        assertThat(flow.days()).isEqualTo(30);
        // the last 30 days, today one of them, as the participation matrix counts them
        assertThat(flow.since()).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(29));
        assertThat(flow.captured()).isEqualTo(5);
        assertThat(flow.unrouted()).isEqualTo(2);
        assertThat(flow.streams())
                .containsExactly(
                        new Stream(support, "Support <b>desk</b>", design, "Design", 3),
                        new Stream(support, "Support <b>desk</b>", marketing, "Marketing", 1));
        // the waits 2 h, 4 h and 1 day: the middle one
        assertThat(flow.medianDaysToAcknowledge()).isCloseTo(4 * HOUR, within(1e-6));
        assertThat(flow.medianShown()).isEqualTo("4 h");

        assertThat(figures(flow, design)).satisfies(d -> {
            assertThat(d.captured()).isZero();
            assertThat(d.routedTo()).isEqualTo(3);
            assertThat(d.acknowledged()).isEqualTo(2);
            // 2 h and 4 h: halfway between
            assertThat(d.medianDaysToAcknowledge()).isCloseTo(3 * HOUR, within(1e-6));
        });
        assertThat(figures(flow, marketing)).satisfies(m -> {
            assertThat(m.captured()).isZero();
            assertThat(m.routedTo()).isEqualTo(1);
            assertThat(m.medianShown()).isEqualTo("1 day");
        });
        assertThat(figures(flow, support)).satisfies(s -> {
            assertThat(s.captured()).isEqualTo(4);
            assertThat(s.unrouted()).isEqualTo(1);
            assertThat(s.routedTo()).isZero();
            assertThat(s.medianDaysToAcknowledge()).isNull();
        });
        assertThat(figures(flow, null)).satisfies(none -> {
            assertThat(none.team()).isEqualTo("No team");
            assertThat(none.captured()).isEqualTo(1);
            assertThat(none.unrouted()).isEqualTo(1);
        });
        assertThat(flow.summary())
                .isEqualTo("Evidence flow over the last 30 days: 5 insights captured, 3 routed to teams, 2 not routed."
                        + " Largest streams: Support <b>desk</b> to Design 3, Support <b>desk</b> to Marketing 1."
                        + " Median time to acknowledge: 4 h.");
    }

    @Test
    void ninetyDaysTakeInTheOlderInsightButNotOneOfHalfAYearAgo() {
        EvidenceFlow flow = insights.evidenceFlow(context, 90, null);

        assertThat(flow.captured()).isEqualTo(6);
        assertThat(flow.unrouted()).isEqualTo(2);
        assertThat(flow.streams())
                .extracting(Stream::fromTeam, Stream::toTeam, Stream::count)
                .containsExactly(
                        tuple("Support <b>desk</b>", "Design", 3L),
                        tuple("Marketing", "Design", 1L),
                        tuple("Support <b>desk</b>", "Marketing", 1L));
        // 2 h, 4 h, 1 day, 3 days: halfway between 4 h and 1 day
        assertThat(flow.medianDaysToAcknowledge()).isCloseTo(14 * HOUR, within(1e-6));
        assertThat(figures(flow, design).medianDaysToAcknowledge()).isCloseTo(4 * HOUR, within(1e-6));
        assertThat(figures(flow, marketing).captured()).isEqualTo(1);
    }

    @Test
    void aTeamNarrowsToWhatItCapturedOrReceived() {
        EvidenceFlow flow = insights.evidenceFlow(context, 90, marketing);

        assertThat(flow.teamId()).isEqualTo(marketing);
        assertThat(flow.streams())
                .extracting(Stream::fromTeamId, Stream::toTeamId, Stream::count)
                .containsExactlyInAnyOrder(tuple(support, marketing, 1L), tuple(marketing, design, 1L));
        // Marketing's own insight and the one Support sent it
        assertThat(flow.captured()).isEqualTo(2);
        assertThat(flow.unrouted()).isZero();
        // 1 day (Marketing acknowledging Support's) and 3 days (Design acknowledging Marketing's)
        assertThat(flow.medianDaysToAcknowledge()).isCloseTo(2.0, within(1e-6));
        assertThat(figures(flow, design).routedTo()).isEqualTo(1);
        assertThat(figures(flow, marketing).routedTo()).isEqualTo(1);
    }

    @Test
    void aBusinessGoalNarrowsToTheEvidenceForTheUserGoalsItsWorkHelps() {
        String base = "/api/v1/workspaces/" + slug;
        long persona = admin().post(
                        base + "/personas",
                        "{\"name\":\"Sam\",\"kind\":\"TEAM\",\"teamId\":" + marketing
                                + ",\"summary\":\"Saves monthly\",\"demographics\":[],"
                                + "\"motivations\":[],\"frustrations\":[],\"goals\":[]}")
                .json()
                .path("id")
                .asLong();
        long understand = admin().post(
                        base + "/personas/" + persona + "/user-goals",
                        "{\"sentence\":\"Understand my budget\",\"importance\":4}")
                .json()
                .path("id")
                .asLong();
        for (String title : List.of("Jargon in the budget screen", "Second email loses people")) {
            jdbc.update(
                    "insert into user_goal_evidence (user_goal_id, insight_id)"
                            + " select ?, id from insights where workspace_id = ? and title = ?",
                    understand,
                    context.id(),
                    title);
        }

        EvidenceFlow flow = insights.evidenceFlow(context, 90, null, Set.of(understand));

        assertThat(flow.userGoals()).isEqualTo(1);
        assertThat(flow.captured()).isEqualTo(2);
        assertThat(flow.unrouted()).isZero();
        assertThat(flow.streams())
                .extracting(Stream::fromTeam, Stream::toTeam, Stream::count)
                .containsExactlyInAnyOrder(
                        tuple("Support <b>desk</b>", "Design", 1L),
                        tuple("Support <b>desk</b>", "Marketing", 1L),
                        tuple("Marketing", "Design", 1L));
        // 2 h, 1 day, 3 days
        assertThat(flow.medianDaysToAcknowledge()).isCloseTo(1.0, within(1e-6));

        EvidenceFlow none = insights.evidenceFlow(context, 90, null, Set.of());
        assertThat(none.isEmpty())
                .as("a goal whose work names no user goal has no evidence")
                .isTrue();
        assertThat(none.userGoals()).isZero();
    }

    @Test
    void anEmptyPeriodSaysSo() {
        String other = "flow-empty-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Empty\",\"slug\":\"" + other + "\"}");
        EvidenceFlow flow = insights.evidenceFlow(workspaces.access(other, admin), 30, null);

        assertThat(flow.isEmpty()).isTrue();
        assertThat(flow.medianDaysToAcknowledge()).isNull();
        assertThat(flow.summary()).isEqualTo("Evidence flow over the last 30 days: no insights captured.");
        assertThat(flow.chartJson()).isEqualTo("{\"nodes\":[],\"links\":[]}");
    }

    @Test
    void refusesAPeriodOfNoDaysOrOverAYear() {
        assertThatThrownBy(() -> insights.evidenceFlow(context, 0, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> insights.evidenceFlow(context, 367, null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void thePictureHasACapturingAndARoutedNodePerTeamAndNotRouted() {
        JsonNode chart = JsonMapper.shared()
                .readTree(insights.evidenceFlow(context, 30, null).chartJson());

        assertThat(chart.path("nodes").valueStream().map(n -> n.path("name").asString()))
                .containsExactlyInAnyOrder(
                        "Captured by Support <b>desk</b>",
                        "Captured by No team",
                        "Routed to Design",
                        "Routed to Marketing",
                        "Not routed");
        assertThat(chart.path("links")
                        .valueStream()
                        .map(l -> l.path("source").asString() + " > "
                                + l.path("target").asString() + " "
                                + l.path("value").asLong()))
                .containsExactlyInAnyOrder(
                        "from-" + support + " > to-" + design + " 3",
                        "from-" + support + " > to-" + marketing + " 1",
                        "from-" + support + " > unrouted 1",
                        "from-none > unrouted 1");
    }

    @Test
    void countsWithAFewAggregateQueriesNotPerInsight() {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long forSix = fewestStatements(statistics);
            for (int i = 0; i < 20; i++) {
                route(capture("More evidence " + i, support, 3), design, 3, Duration.ofHours(i + 1));
            }
            assertThat(fewestStatements(statistics))
                    .as("statements for 26 insights (6 took %d)", forSix)
                    .isEqualTo(forSix)
                    .isLessThanOrEqualTo(10);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private long fewestStatements(Statistics statistics) {
        return StatementCount.fewest(statistics, () -> insights.evidenceFlow(context, 90, null));
    }

    private static TeamFigures figures(EvidenceFlow flow, @Nullable Long teamId) {
        return flow.teams().stream()
                .filter(t -> teamId == null ? t.teamId() == null : teamId.equals(t.teamId()))
                .findFirst()
                .orElseThrow();
    }

    private long team(String base, String name) {
        return admin().post(base + "/teams", "{\"name\":\"" + name + "\"}")
                .json()
                .path("id")
                .asLong();
    }

    /** An insight the team captured so many days ago. */
    private long capture(String title, @Nullable Long teamId, int daysAgo) {
        long id = insights.capture(
                        slug,
                        admin,
                        new InsightDraft(
                                title,
                                "Seen in the field.",
                                SourceType.INTERVIEW,
                                teamId,
                                LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo),
                                null,
                                0,
                                1,
                                EvidenceStrength.ANECDOTE,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of()))
                .id();
        jdbc.update("update insights set created_at = ? where id = ?", ago(daysAgo), id);
        return id;
    }

    /** Routes the insight by hand, as if so many days ago, acknowledged after {@code wait} (null: not yet). */
    private void route(long insightId, long teamId, int daysAgo, @Nullable Duration wait) {
        routing.routeByHand(slug, admin, insightId, teamId, null);
        if (wait != null) {
            routing.acknowledge(slug, admin, insightId, teamId);
        }
        OffsetDateTime routedAt = ago(daysAgo).plusMinutes(10);
        jdbc.update(
                "update insight_routes set routed_at = ? where insight_id = ? and team_id = ?",
                routedAt,
                insightId,
                teamId);
        if (wait != null) {
            jdbc.update(
                    "update insight_routes set acknowledged_at = ? where insight_id = ? and team_id = ?",
                    routedAt.plus(wait),
                    insightId,
                    teamId);
        }
    }

    private static OffsetDateTime ago(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
    }
}

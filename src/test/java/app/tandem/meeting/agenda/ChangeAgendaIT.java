package app.tandem.meeting.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.goal.GoalNotFound;
import app.tandem.insight.Insights;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The generated agenda on a real database: a workspace seeded through the API, then changed after the
 * last check-in (an insight captured, a measurement that turns a KPI red, a dependency that puts an
 * initiative at risk); the agenda names those changes and links each to its page.
 */
class ChangeAgendaIT extends TandemIT {

    @Autowired
    Agendas agendas;

    @Autowired
    Workspaces workspaces;

    @Autowired
    Insights insights;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String slug;
    private String base;
    private long me;
    private long support;
    private long marketing;
    private long goal;

    @BeforeEach
    void workspace() {
        slug = "agenda-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Agenda\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        me = admin().get("/api/v1/me").json().path("id").asLong();
        support = created(admin().post(base + "/teams", "{\"name\":\"Support\"}"));
        marketing = created(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        goal = created(admin().post(
                        base + "/goals",
                        "{\"title\":\"Grow conversions\",\"periodStart\":\"" + today.minusDays(300)
                                + "\",\"periodEnd\":\"" + today.plusDays(65) + "\"}"));
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    private WorkspaceContext context() {
        return workspaces.access(slug, me);
    }

    private long initiative(String title, LocalDate start, LocalDate due) {
        return created(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"" + title + "\",\"kind\":\"CONTENT\",\"proposingTeamId\":" + marketing
                                + ",\"ownerId\":" + me + ",\"startDate\":\"" + start + "\",\"dueDate\":\"" + due
                                + "\"}"));
    }

    private void measure(long kpi, LocalDate day, double value) {
        Api.Response recorded = admin().post(
                        base + "/kpis/" + kpi + "/measurements", "{\"date\":\"" + day + "\",\"value\":" + value + "}");
        assertThat(recorded.status()).as(recorded.text()).isIn(200, 201);
    }

    /** An instant surely after what was written before and before what is written after. */
    private static Instant between() throws InterruptedException {
        Thread.sleep(20);
        Instant instant = Instant.now();
        Thread.sleep(20);
        return instant;
    }

    @Test
    void namesTheNewInsightTheKpiTurnedRedAndTheInitiativeAtRiskWithTheirPages() throws InterruptedException {
        long kpi = created(admin().post(
                        base + "/kpis",
                        "{\"name\":\"Trial-to-paid conversion\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":4.0,\"baselineDate\":\"" + today.minusDays(300)
                                + "\",\"targetValue\":6.0,"
                                + "\"targetDate\":\"" + today.plusDays(65) + "\",\"goalIds\":[" + goal
                                + "],\"teamIds\":["
                                + marketing + "]}"));
        measure(kpi, today.minusDays(30), 5.9);
        long landingPage = initiative("Landing page", today.plusDays(10), today.plusDays(60));
        long formEndpoint = initiative("Form endpoint", today, today.plusDays(30));

        Instant lastCheckIn = between();

        created(admin().post(
                        base + "/insights",
                        "{\"title\":\"Bank connection fails\",\"body\":\"Three tickets today\",\"sourceType\":\"SUPPORT_TICKET\","
                                + "\"teamId\":" + support + ",\"sentiment\":-1,\"reach\":3}"));
        measure(kpi, today.minusDays(1), 4.1);
        created(admin().post(
                        base + "/initiatives/" + landingPage + "/dependencies",
                        "{\"providerId\":" + formEndpoint + ",\"kind\":\"NEEDS_FEATURE\",\"handoffDue\":\""
                                + today.plusDays(20) + "\"}"));

        List<AgendaEntry> agenda = agendas.changesSince(context(), lastCheckIn, today.plusDays(28), null);

        String w = "/w/" + slug;
        assertThat(agenda)
                .extracting(AgendaEntry::section, AgendaEntry::title, AgendaEntry::path)
                .contains(
                        tuple(AgendaSection.NEW_INSIGHTS, "Support: 1 new insight", w + "/insights?team=" + support),
                        tuple(
                                AgendaSection.KPI_HEALTH,
                                "Trial-to-paid conversion: on track → off track",
                                w + "/kpis/" + kpi),
                        tuple(
                                AgendaSection.INITIATIVES_AT_RISK,
                                "“Landing page” became at risk",
                                w + "/initiatives/" + landingPage),
                        tuple(
                                AgendaSection.HAND_OFFS_DUE,
                                "“Form endpoint” owes a feature to “Landing page”, due "
                                        + java.time.format.DateTimeFormatter.ofPattern(
                                                        "d MMM yyyy", java.util.Locale.ENGLISH)
                                                .format(today.plusDays(20)),
                                w + "/initiatives/" + landingPage));
        assertThat(agenda.stream().filter(e -> e.section() == AgendaSection.NEW_INSIGHTS))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("Newest: “Bank connection fails”"));
        assertThat(agenda).extracting(AgendaEntry::section).isSortedAccordingTo(java.util.Comparator.naturalOrder());

        // the goal's agenda keeps its KPI, but not the initiatives, which serve no goal
        assertThat(agendas.changesSince(context(), lastCheckIn, today.plusDays(28), goal))
                .extracting(AgendaEntry::section)
                .contains(AgendaSection.NEW_INSIGHTS, AgendaSection.KPI_HEALTH)
                .doesNotContain(AgendaSection.INITIATIVES_AT_RISK, AgendaSection.HAND_OFFS_DUE);

        // what happened before the last check-in is not news: the measurement and the initiatives
        assertThat(agendas.changesSince(context(), Instant.now(), today.plusDays(28), null))
                .extracting(AgendaEntry::section)
                .doesNotContain(
                        AgendaSection.NEW_INSIGHTS, AgendaSection.KPI_HEALTH, AgendaSection.INITIATIVES_AT_RISK);
    }

    @Test
    void insightsRoutedAndNotAcknowledgedAreThoseOfTheirTeamStillNewLongestWaitingFirst() throws InterruptedException {
        long first = created(admin().post(
                        base + "/insights",
                        "{\"title\":\"Jargon in the app\",\"body\":\"Tickets\",\"sourceType\":\"SUPPORT_TICKET\",\"teamId\":"
                                + support + ",\"sentiment\":0,\"reach\":1}"));
        long second = created(admin().post(
                        base + "/insights",
                        "{\"title\":\"Savings goals hidden\",\"body\":\"Tests\",\"sourceType\":\"USABILITY_TEST\",\"teamId\":"
                                + support + ",\"sentiment\":0,\"reach\":1}"));
        long third = created(admin().post(
                        base + "/insights",
                        "{\"title\":\"Acknowledged\",\"body\":\"Tests\",\"sourceType\":\"USABILITY_TEST\",\"teamId\":"
                                + support + ",\"sentiment\":0,\"reach\":1}"));
        for (long insight : List.of(first, second, third)) {
            created(admin().post(
                            base + "/insights/" + insight + "/routes",
                            "{\"team\":" + marketing + ",\"note\":\"yours\"}"));
        }
        admin().post(base + "/insights/" + third + "/routes/" + marketing + "/acknowledge", "{}");
        Instant after = between();

        Insights.Waiting waiting = insights.unacknowledged(context(), after, 1);

        assertThat(waiting.total()).isEqualTo(2);
        assertThat(waiting.longest())
                .extracting(
                        Insights.Unacknowledged::insightId,
                        Insights.Unacknowledged::title,
                        Insights.Unacknowledged::teamId)
                .containsExactly(tuple(first, "Jargon in the app", marketing));
        assertThat(insights.unacknowledged(
                                context(), waiting.longest().getFirst().routedAt(), 10)
                        .total())
                .isZero();
    }

    @Test
    void anAgendaForAPeriodWhereNothingChangedIsEmpty() {
        assertThat(agendas.changesSince(context(), Instant.now().minusSeconds(3600), today.plusDays(14), null))
                .isEmpty();
    }

    @Test
    void aGoalOfAnotherWorkspaceIsRefused() {
        String other = "agenda-other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + other + "\"}");
        long theirs = created(admin().post(
                        "/api/v1/workspaces/" + other + "/goals",
                        "{\"title\":\"Theirs\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}"));

        assertThatThrownBy(() -> agendas.changesSince(context(), Instant.now(), today.plusDays(14), theirs))
                .isInstanceOf(GoalNotFound.class);
    }
}

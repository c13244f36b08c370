package app.tandem.meeting.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.goal.Health;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.meeting.agenda.AgendaRules.Changes;
import app.tandem.meeting.agenda.AgendaRules.HandOff;
import app.tandem.meeting.agenda.AgendaRules.KpiHealth;
import app.tandem.meeting.agenda.AgendaRules.NewInsight;
import app.tandem.meeting.agenda.AgendaRules.PlanState;
import app.tandem.meeting.agenda.AgendaRules.Scope;
import app.tandem.meeting.agenda.AgendaRules.Slipped;
import app.tandem.meeting.agenda.AgendaRules.Waiting;
import app.tandem.planning.core.Conflict;
import app.tandem.planning.core.PlanChanges;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generated agenda from seeded changes: each section, an empty period, the bounds, a goal's agenda. */
class AgendaRulesTest {

    static final Instant SINCE = Instant.parse("2026-11-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final LocalDate NEXT = LocalDate.of(2026, 12, 15);
    static final long SUPPORT = 1, DESIGN = 2, MARKETING = 3;
    static final Map<Long, String> TEAMS = Map.of(SUPPORT, "Support", DESIGN, "Design", MARKETING, "Marketing");

    final AgendaRules rules = new AgendaRules(7);

    /** A builder of changes: nothing changed until told. */
    static final class Seed {
        List<NewInsight> insights = new ArrayList<>();
        long insightsTotal = -1;
        List<Waiting> waiting = new ArrayList<>();
        List<KpiHealth> kpis = new ArrayList<>();
        List<Slipped> slipped = new ArrayList<>();
        List<HandOff> handOffs = new ArrayList<>();
        PlanState plan = PlanState.NONE;

        Changes changes() {
            return new Changes(
                    "budgetly",
                    SINCE,
                    NOW,
                    NEXT,
                    TEAMS,
                    insights,
                    insightsTotal < 0 ? insights.size() : insightsTotal,
                    waiting,
                    waiting.size(),
                    kpis,
                    slipped,
                    slipped.size(),
                    handOffs,
                    handOffs.size(),
                    plan);
        }
    }

    static NewInsight insight(long id, Long team, Long theme, String themeName) {
        return new NewInsight(id, "Insight " + id, team, theme, themeName);
    }

    @Test
    void anEmptyPeriodGivesAnEmptyAgenda() {
        assertThat(rules.agenda(new Seed().changes(), Scope.WORKSPACE)).isEmpty();
    }

    @Test
    void groupsNewInsightsPerTeamAndPerThemeNotOneEntryPerInsight() {
        Seed seed = new Seed();
        for (int i = 1; i <= 7; i++) {
            seed.insights.add(insight(
                    i,
                    SUPPORT,
                    i <= 3 ? Long.valueOf(50) : i <= 5 ? Long.valueOf(51) : null,
                    i <= 3 ? "Bank connection fails" : i <= 5 ? "Jargon" : null));
        }
        seed.insights.add(insight(8, DESIGN, 50L, "Bank connection fails"));
        seed.insights.add(insight(9, null, null, null));

        List<AgendaEntry> agenda = rules.agenda(seed.changes(), Scope.WORKSPACE);

        assertThat(agenda).allMatch(e -> e.section() == AgendaSection.NEW_INSIGHTS);
        assertThat(agenda)
                .extracting(AgendaEntry::title, AgendaEntry::path, AgendaEntry::teamId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Support: 7 new insights, 3 on ‘Bank connection fails’",
                                "/w/budgetly/insights?team=1",
                                SUPPORT),
                        org.assertj.core.groups.Tuple.tuple(
                                "Design: 1 new insight, 1 on ‘Bank connection fails’",
                                "/w/budgetly/insights?team=2",
                                DESIGN),
                        org.assertj.core.groups.Tuple.tuple("No team: 1 new insight", "/w/budgetly/insights", null),
                        org.assertj.core.groups.Tuple.tuple(
                                "Theme ‘Bank connection fails’: 4 new insights", "/w/budgetly/themes/50", null),
                        org.assertj.core.groups.Tuple.tuple(
                                "Theme ‘Jargon’: 2 new insights", "/w/budgetly/themes/51", null));
        assertThat(agenda.get(0).detail()).isEqualTo("Also 2 on ‘Jargon’");
        assertThat(agenda.get(3).detail()).isEqualTo("From Support (3), Design (1)");
    }

    @Test
    void saysWhenMoreInsightsArrivedThanWereGrouped() {
        Seed seed = new Seed();
        seed.insights.add(insight(1, SUPPORT, null, null));
        seed.insightsTotal = 2_500;

        List<AgendaEntry> agenda = rules.agenda(seed.changes(), Scope.WORKSPACE);

        assertThat(agenda)
                .extracting(AgendaEntry::title)
                .containsExactly("2500 new insights since the last check-in", "Support: 1 new insight");
        assertThat(agenda.getFirst().detail()).isEqualTo("The newest 1 are grouped below");
    }

    @Test
    void namesInsightsWaitingLongerThanTheConfiguredDaysLongestFirst() {
        Seed seed = new Seed();
        seed.waiting.add(new Waiting(11, "Users can't find savings goals", DESIGN, NOW.minusSeconds(8 * 86_400)));
        seed.waiting.add(new Waiting(12, "Jargon in the app", SUPPORT, NOW.minusSeconds(20 * 86_400)));
        seed.waiting.add(new Waiting(13, "Too fresh", SUPPORT, NOW.minusSeconds(6 * 86_400)));

        List<AgendaEntry> agenda = rules.agenda(seed.changes(), Scope.WORKSPACE);

        assertThat(agenda)
                .extracting(AgendaEntry::section, AgendaEntry::title, AgendaEntry::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AgendaSection.UNACKNOWLEDGED_INSIGHTS,
                                "“Jargon in the app” waits for Support",
                                "/w/budgetly/insights/12"),
                        org.assertj.core.groups.Tuple.tuple(
                                AgendaSection.UNACKNOWLEDGED_INSIGHTS,
                                "“Users can't find savings goals” waits for Design",
                                "/w/budgetly/insights/11"));
        assertThat(agenda.get(0).detail()).isEqualTo("Routed on 11 Nov 2026, not acknowledged for 20 days");
        assertThat(new AgendaRules(3).agenda(seed.changes(), Scope.WORKSPACE)).hasSize(3);
    }

    @Test
    void refusesFewerThanOneDay() {
        assertThatThrownBy(() -> new AgendaRules(0)).isInstanceOf(IllegalArgumentException.class);
    }

    static KpiHealth kpi(long id, String name, Health then, Health now, long goal) {
        return new KpiHealth(id, name, then, now, name + " explained", List.of(goal), List.of(MARKETING));
    }

    @Test
    void kpiHealthMovesWorstFirstAndBreachesInTheirOwnSection() {
        Seed seed = new Seed();
        seed.kpis.add(kpi(1, "NPS", Health.AT_RISK, Health.ON_TRACK, 100));
        seed.kpis.add(kpi(2, "Trial-to-paid conversion", Health.ON_TRACK, Health.OFF_TRACK, 100));
        seed.kpis.add(kpi(3, "Week-1 retention", Health.ON_TRACK, Health.ON_TRACK, 100));
        seed.kpis.add(kpi(4, "Refund rate", Health.ON_TRACK, Health.GUARDRAIL_BREACHED, 100));
        seed.kpis.add(kpi(5, "Churn", Health.GUARDRAIL_BREACHED, Health.GUARDRAIL_BREACHED, 100));

        List<AgendaEntry> agenda = rules.agenda(seed.changes(), Scope.WORKSPACE);

        assertThat(agenda)
                .extracting(AgendaEntry::section, AgendaEntry::title, AgendaEntry::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AgendaSection.KPI_HEALTH,
                                "Trial-to-paid conversion: on track → off track",
                                "/w/budgetly/kpis/2"),
                        org.assertj.core.groups.Tuple.tuple(
                                AgendaSection.KPI_HEALTH, "NPS: at risk → on track", "/w/budgetly/kpis/1"),
                        org.assertj.core.groups.Tuple.tuple(
                                AgendaSection.GUARDRAIL_BREACHES,
                                "Refund rate breached its guardrail (was on track)",
                                "/w/budgetly/kpis/4"),
                        org.assertj.core.groups.Tuple.tuple(
                                AgendaSection.GUARDRAIL_BREACHES,
                                "Churn still breaches its guardrail",
                                "/w/budgetly/kpis/5"));
        assertThat(agenda.getFirst().detail()).isEqualTo("Trial-to-paid conversion explained");
        assertThat(agenda.getFirst().teamId()).isEqualTo(MARKETING);
    }

    @Test
    void initiativesThatBecameAtRiskOrLateWithTheReason() {
        Seed seed = new Seed();
        seed.slipped.add(new Slipped(
                21,
                "Spring campaign",
                MARKETING,
                InitiativeStatus.COMMITTED,
                LocalDate.of(2027, 2, 1),
                true,
                false,
                List.of("The hand-off is due on 20 Jan 2027, after “Spring campaign” starts.", "Other reason.")));
        seed.slipped.add(new Slipped(
                22,
                "Onboarding e-mail fix",
                DESIGN,
                InitiativeStatus.IN_PROGRESS,
                LocalDate.of(2026, 11, 20),
                false,
                true,
                List.of()));
        seed.slipped.add(new Slipped(
                23,
                "Not slipped",
                DESIGN,
                InitiativeStatus.IN_PROGRESS,
                LocalDate.of(2026, 11, 20),
                false,
                false,
                List.of()));

        List<AgendaEntry> agenda = rules.agenda(seed.changes(), Scope.WORKSPACE);

        assertThat(agenda)
                .extracting(AgendaEntry::section, AgendaEntry::title, AgendaEntry::detail, AgendaEntry::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AgendaSection.INITIATIVES_AT_RISK,
                                "“Onboarding e-mail fix” became late",
                                "Due 20 Nov 2026, still in progress",
                                "/w/budgetly/initiatives/22"),
                        org.assertj.core.groups.Tuple.tuple(
                                AgendaSection.INITIATIVES_AT_RISK,
                                "“Spring campaign” became at risk",
                                "The hand-off is due on 20 Jan 2027, after “Spring campaign” starts. (and 1 more reason)",
                                "/w/budgetly/initiatives/21"));
    }

    @Test
    void handOffsDueBeforeTheNextCheckInOverdueFirst() {
        Seed seed = new Seed();
        seed.handOffs.add(new HandOff(
                31,
                "Landing page",
                32,
                "Form endpoint",
                "a feature",
                LocalDate.of(2026, 12, 10),
                4L,
                MARKETING,
                List.of()));
        seed.handOffs.add(new HandOff(
                33,
                "Spring campaign",
                34,
                "Brand assets",
                "design assets",
                LocalDate.of(2026, 11, 28),
                DESIGN,
                MARKETING,
                List.of("“Brand assets” was due on 27 Nov 2026 and is not done.")));
        seed.handOffs.add(new HandOff(
                35, "Later", 36, "Much later", "content", LocalDate.of(2026, 12, 16), DESIGN, MARKETING, List.of()));

        List<AgendaEntry> agenda = rules.agenda(seed.changes(), Scope.WORKSPACE);

        assertThat(agenda)
                .extracting(AgendaEntry::title, AgendaEntry::detail, AgendaEntry::path, AgendaEntry::teamId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "“Brand assets” owes design assets to “Spring campaign”, was due 28 Nov 2026",
                                "Design → Marketing; at risk: “Brand assets” was due on 27 Nov 2026 and is not done.",
                                "/w/budgetly/initiatives/33",
                                DESIGN),
                        org.assertj.core.groups.Tuple.tuple(
                                "“Form endpoint” owes a feature to “Landing page”, due 10 Dec 2026",
                                "Team 4 → Marketing",
                                "/w/budgetly/initiatives/31",
                                4L));
        assertThat(agenda).allMatch(e -> e.section() == AgendaSection.HAND_OFFS_DUE);
    }

    @Test
    void planConflictsNewFirstThenOpenThenResolvedThenMoves() {
        Conflict noGoal = new Conflict(Conflict.Kind.NO_GOAL, List.of(41L), "“Office party” serves no business goal.");
        Conflict late = new Conflict(Conflict.Kind.LATE_HANDOFF, List.of(42L, 43L), "A hand-off comes too late.");
        Conflict gone = new Conflict(Conflict.Kind.IT_REVIEW_MISSING, List.of(44L), "“Form” has no IT review.");
        PlanChanges moves = new PlanChanges(
                List.of(
                        PlanChanges.RankMove.of(42, "Landing page", 7, 3),
                        PlanChanges.RankMove.of(45, "New work", null, 5),
                        PlanChanges.RankMove.of(46, "Old work", 2, null)),
                List.of(PlanChanges.DateMove.of(
                        43,
                        "Form endpoint",
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 20),
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 1, 1))),
                List.of(late),
                List.of(gone));
        Seed seed = new Seed();
        seed.plan = new PlanState(List.of(noGoal, late), Map.of(), moves);

        List<AgendaEntry> agenda = rules.agenda(seed.changes(), Scope.WORKSPACE);

        assertThat(agenda).allMatch(e -> e.section() == AgendaSection.PLAN);
        assertThat(agenda)
                .extracting(AgendaEntry::title, AgendaEntry::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A hand-off comes too late.", "/w/budgetly/plan"),
                        org.assertj.core.groups.Tuple.tuple(
                                "“Office party” serves no business goal.", "/w/budgetly/plan"),
                        org.assertj.core.groups.Tuple.tuple("Resolved: “Form” has no IT review.", "/w/budgetly/plan"),
                        org.assertj.core.groups.Tuple.tuple(
                                "“Landing page” moved up from #7 to #3", "/w/budgetly/initiatives/42"),
                        org.assertj.core.groups.Tuple.tuple(
                                "“New work” entered the plan at #5", "/w/budgetly/initiatives/45"),
                        org.assertj.core.groups.Tuple.tuple(
                                "“Old work” left the plan (was #2)", "/w/budgetly/initiatives/46"),
                        org.assertj.core.groups.Tuple.tuple(
                                "“Form endpoint” ends 12 days later", "/w/budgetly/initiatives/43"));
        assertThat(agenda.get(0).detail()).startsWith("New conflict since the last saved plan");
        assertThat(agenda.get(1).detail()).isEqualTo("Open conflict: work tied to no business goal");
        assertThat(agenda.get(6).detail()).isEqualTo("Planned 1 Dec 2026 – 1 Jan 2027, was 1 Dec 2026 – 20 Dec 2026");
    }

    @Test
    void eachSectionHasAtMostTwentyEntriesTheLastSummingUpTheRest() {
        Seed seed = new Seed();
        IntStream.rangeClosed(1, 45)
                .forEach(i -> seed.waiting.add(
                        new Waiting(i, "Insight " + i, SUPPORT, NOW.minusSeconds((100 - i) * 86_400L))));
        IntStream.rangeClosed(1, 30)
                .forEach(i -> seed.kpis.add(kpi(i, "KPI " + (100 + i), Health.ON_TRACK, Health.AT_RISK, 100)));

        List<AgendaEntry> agenda = rules.agenda(seed.changes(), Scope.WORKSPACE);

        List<AgendaEntry> waiting = agenda.stream()
                .filter(e -> e.section() == AgendaSection.UNACKNOWLEDGED_INSIGHTS)
                .toList();
        assertThat(waiting).hasSize(AgendaRules.PER_SECTION);
        assertThat(waiting.get(18).title()).isEqualTo("“Insight 19” waits for Support");
        assertThat(waiting.getLast().title()).isEqualTo("And 26 more insights waiting for their team");
        assertThat(waiting.getLast().path()).isEqualTo("/w/budgetly/inbox");
        List<AgendaEntry> kpis = agenda.stream()
                .filter(e -> e.section() == AgendaSection.KPI_HEALTH)
                .toList();
        assertThat(kpis).hasSize(AgendaRules.PER_SECTION);
        assertThat(kpis.getLast().title()).isEqualTo("And 11 more KPIs moved");
    }

    @Test
    void countsWhatWasNotReadInTheSummary() {
        Seed seed = new Seed();
        seed.slipped.add(new Slipped(
                1, "Read", DESIGN, InitiativeStatus.COMMITTED, LocalDate.of(2026, 11, 2), false, true, List.of()));
        Changes changes = seed.changes();
        Changes moreThanRead = new Changes(
                changes.slug(),
                SINCE,
                NOW,
                NEXT,
                TEAMS,
                List.of(),
                0,
                List.of(),
                0,
                List.of(),
                changes.slipped(),
                250,
                List.of(),
                0,
                PlanState.NONE);

        assertThat(rules.agenda(moreThanRead, Scope.WORKSPACE))
                .extracting(AgendaEntry::title)
                .containsExactly("“Read” became late", "And 249 more initiatives became at risk or late");
    }

    @Test
    void aGoalsAgendaKeepsItsKpisAndTheWorkServingIt() {
        Seed seed = new Seed();
        seed.kpis.add(kpi(1, "Conversion", Health.ON_TRACK, Health.OFF_TRACK, 100));
        seed.kpis.add(kpi(2, "Ticket volume", Health.ON_TRACK, Health.OFF_TRACK, 200));
        seed.slipped.add(new Slipped(
                21,
                "Serves it",
                DESIGN,
                InitiativeStatus.COMMITTED,
                LocalDate.of(2026, 11, 20),
                false,
                true,
                List.of()));
        seed.slipped.add(new Slipped(
                22,
                "Serves another",
                DESIGN,
                InitiativeStatus.COMMITTED,
                LocalDate.of(2026, 11, 20),
                false,
                true,
                List.of()));
        seed.handOffs.add(new HandOff(
                23, "Needs it", 21, "Serves it", "content", LocalDate.of(2026, 12, 10), DESIGN, MARKETING, List.of()));
        seed.handOffs.add(new HandOff(
                24,
                "Other",
                22,
                "Serves another",
                "content",
                LocalDate.of(2026, 12, 10),
                DESIGN,
                MARKETING,
                List.of()));
        seed.plan = new PlanState(
                List.of(
                        new Conflict(Conflict.Kind.NO_GOAL, List.of(22L), "“Serves another” conflict."),
                        new Conflict(Conflict.Kind.LATE_HANDOFF, List.of(23L, 21L), "“Serves it” conflict.")),
                Map.of(),
                null);
        seed.insights.add(insight(1, SUPPORT, null, null));

        List<AgendaEntry> agenda = rules.agenda(seed.changes(), new Scope(100L, Set.of(21L)));

        assertThat(agenda)
                .extracting(AgendaEntry::title)
                .containsExactly(
                        "Support: 1 new insight",
                        "Conversion: on track → off track",
                        "“Serves it” became late",
                        "“Serves it” owes content to “Needs it”, due 10 Dec 2026",
                        "“Serves it” conflict.");
    }
}

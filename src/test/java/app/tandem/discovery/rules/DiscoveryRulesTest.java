package app.tandem.discovery.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.discovery.KpiEffect;
import app.tandem.discovery.rules.DiscoveryRules.Finding;
import app.tandem.discovery.rules.DiscoveryRules.Kpi;
import app.tandem.discovery.rules.DiscoveryRules.Names;
import app.tandem.discovery.rules.DiscoveryRules.People;
import app.tandem.discovery.rules.DiscoveryRules.Person;
import app.tandem.discovery.rules.DiscoveryRules.Statement;
import app.tandem.discovery.rules.DiscoveryRules.Warning;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscoveryRulesTest {

    static final long MARKETING = 1, DESIGN = 2, IT = 3, SALES = 4;
    static final long CONVERSION_GOAL = 10, LANDING_GOAL = 11;
    static final long CALM_USER_GOAL = 20;
    static final long FORM_COMPLETION = 30, NPS = 31, CHURN = 32;

    static final Names NAMES = new Names(
            Map.of(MARKETING, "Marketing", DESIGN, "Design", IT, "IT", SALES, "Sales"),
            Map.of(CONVERSION_GOAL, "Grow trial-to-paid conversions", LANDING_GOAL, "A landing page that converts"),
            Map.of(CALM_USER_GOAL, "Stop living paycheck to paycheck"),
            Map.of(
                    FORM_COMPLETION,
                    new Kpi(FORM_COMPLETION, "Landing-page form completion", true, Set.of(LANDING_GOAL)),
                    NPS,
                    new Kpi(NPS, "NPS", true, Set.of(CONVERSION_GOAL)),
                    CHURN,
                    new Kpi(CHURN, "Monthly churn", false, Set.of(CONVERSION_GOAL))));

    private static Statement statement(
            long team, Set<Long> goals, Map<Long, KpiEffect> kpis, Double capacity, Map<Long, Double> needs) {
        return new Statement(team, goals, Set.of(), kpis, capacity, needs);
    }

    private static List<String> sentences(List<Finding> findings, FindingKind kind) {
        return findings.stream()
                .filter(f -> f.kind() == kind)
                .map(Finding::sentence)
                .toList();
    }

    @Test
    void twoTeamsNamingTheSameBusinessGoalOrUserGoalOverlap() {
        List<Finding> findings = DiscoveryRules.analyse(
                List.of(
                        new Statement(
                                MARKETING,
                                Set.of(CONVERSION_GOAL, LANDING_GOAL),
                                Set.of(CALM_USER_GOAL),
                                Map.of(),
                                null,
                                Map.of()),
                        new Statement(
                                DESIGN, Set.of(CONVERSION_GOAL), Set.of(CALM_USER_GOAL), Map.of(), null, Map.of()),
                        new Statement(IT, Set.of(CONVERSION_GOAL), Set.of(), Map.of(), null, Map.of())),
                NAMES);

        assertThat(sentences(findings, FindingKind.OVERLAP))
                .containsExactly(
                        "Marketing, Design and IT all name the business goal “Grow trial-to-paid conversions”: work"
                                + " on it together.",
                        "Marketing and Design both name the user goal “Stop living paycheck to paycheck”: work on it"
                                + " together.");
        assertThat(findings.getFirst().teamIds()).containsExactly(MARKETING, DESIGN, IT);
        // a goal only one team names is no overlap
        assertThat(findings).noneMatch(f -> f.sentence().contains("A landing page that converts"));
    }

    @Test
    void oppositeEffectsOnOneKpiConflict() {
        List<Finding> findings = DiscoveryRules.analyse(
                List.of(
                        statement(MARKETING, Set.of(), Map.of(FORM_COMPLETION, KpiEffect.RAISE), null, Map.of()),
                        statement(IT, Set.of(), Map.of(FORM_COMPLETION, KpiEffect.LOWER), null, Map.of()),
                        statement(DESIGN, Set.of(), Map.of(FORM_COMPLETION, KpiEffect.RAISE), null, Map.of())),
                NAMES);

        assertThat(sentences(findings, FindingKind.CONFLICT))
                .containsExactly("Marketing and Design want to raise “Landing-page form completion”, and IT expects to"
                        + " lower it.");
        // the same pair is not listed again as a trade-off
        assertThat(sentences(findings, FindingKind.TRADE_OFF)).isEmpty();
    }

    @Test
    void statementsNeedingMoreOfATeamThanItCanGiveConflict() {
        List<Finding> over = DiscoveryRules.analyse(
                List.of(
                        statement(MARKETING, Set.of(), Map.of(), 4.0, Map.of(MARKETING, 3.0, IT, 2.0)),
                        statement(DESIGN, Set.of(), Map.of(), null, Map.of(IT, 1.5)),
                        statement(IT, Set.of(), Map.of(), 2.5, Map.of(IT, 1.0))),
                NAMES);

        // IT is asked 2 + 1.5 + 1 = 4.5 and gives 2.5; Marketing is asked 3 of its 4
        assertThat(sentences(over, FindingKind.CONFLICT))
                .containsExactly("The statements need 4.5 person-weeks of IT (Marketing 2, Design 1.5, IT 1), and IT"
                        + " says it can give 2.5.");

        List<Finding> exactly = DiscoveryRules.analyse(
                List.of(
                        statement(MARKETING, Set.of(), Map.of(), null, Map.of(IT, 1.5)),
                        statement(IT, Set.of(), Map.of(), 2.5, Map.of(IT, 1.0))),
                NAMES);
        assertThat(exactly).isEmpty();

        // a team that states no capacity is never over it
        assertThat(DiscoveryRules.analyse(
                        List.of(statement(MARKETING, Set.of(), Map.of(), null, Map.of(DESIGN, 40.0))), NAMES))
                .isEmpty();
    }

    @Test
    void makingAKpiWorseThatAnotherTeamGuardsOrWhoseGoalItNamesIsATradeOff() {
        List<Finding> findings = DiscoveryRules.analyse(
                List.of(
                        statement(
                                MARKETING,
                                Set.of(),
                                Map.of(NPS, KpiEffect.LOWER, CHURN, KpiEffect.RAISE),
                                null,
                                Map.of()),
                        statement(DESIGN, Set.of(), Map.of(NPS, KpiEffect.GUARD), null, Map.of()),
                        statement(SALES, Set.of(CONVERSION_GOAL), Map.of(), null, Map.of())),
                NAMES);

        assertThat(sentences(findings, FindingKind.TRADE_OFF))
                .containsExactlyInAnyOrder(
                        "Marketing expects to lower “NPS” (higher is better), which Design guards.",
                        "Marketing expects to lower “NPS” (higher is better), which measures “Grow trial-to-paid"
                                + " conversions”, a goal Sales names.",
                        "Marketing expects to raise “Monthly churn” (lower is better), which measures “Grow"
                                + " trial-to-paid conversions”, a goal Sales names.");
        assertThat(sentences(findings, FindingKind.CONFLICT)).isEmpty();

        // raising a KPI where higher is better makes nothing worse, guarded or not
        assertThat(DiscoveryRules.analyse(
                        List.of(
                                statement(MARKETING, Set.of(), Map.of(NPS, KpiEffect.RAISE), null, Map.of()),
                                statement(
                                        DESIGN, Set.of(CONVERSION_GOAL), Map.of(NPS, KpiEffect.GUARD), null, Map.of())),
                        NAMES))
                .isEmpty();
    }

    private static List<Warning> warnings(People people) {
        return DiscoveryRules.warnings(people, NAMES.teams());
    }

    @Test
    void warnsWhenOnlyLeadsAreInvitedOrAttended() {
        List<Person> leads = List.of(new Person(100, Set.of(MARKETING), false), new Person(101, Set.of(DESIGN), false));

        assertThat(warnings(new People(leads, false, Map.of(), Set.of(), List.of())))
                .extracting(Warning::sentence)
                .containsExactly("Only leads are invited: nobody who executes the work hears the other teams' goals"
                        + " first-hand. Invite the people who will do it.");
        assertThat(warnings(new People(leads, true, Map.of(), Set.of(), List.of())))
                .extracting(Warning::sentence)
                .first()
                .asString()
                .startsWith("Only leads attended:");

        List<Person> withADoer = List.of(leads.getFirst(), new Person(102, Set.of(DESIGN), true));
        assertThat(warnings(new People(withADoer, false, Map.of(), Set.of(), List.of())))
                .isEmpty();
        // nobody invited yet: nothing to warn about leads
        assertThat(warnings(new People(List.of(), false, Map.of(), Set.of(), List.of())))
                .isEmpty();
    }

    @Test
    void warnsWhenItIsAbsentWhileAnInvolvedInitiativeNeedsIt() {
        List<Person> marketing = List.of(new Person(100, Set.of(MARKETING), true));
        People withoutIt =
                new People(marketing, true, Map.of(IT, List.of("its statement")), Set.of(IT), List.of("Form endpoint"));

        assertThat(warnings(withoutIt))
                .extracting(Warning::kind, Warning::sentence)
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        WarningKind.IT_ABSENT,
                        "Nobody from IT attended, though “Form endpoint” needs infrastructure or an IT review."));

        List<Person> withIt = List.of(marketing.getFirst(), new Person(103, Set.of(IT), true));
        assertThat(warnings(new People(withIt, true, Map.of(), Set.of(IT), List.of("Form endpoint"))))
                .isEmpty();
        // nothing needs IT: no IT warning
        assertThat(warnings(new People(marketing, true, Map.of(), Set.of(IT), List.of())))
                .isEmpty();
    }

    @Test
    void warnsForEachTeamWhoseWorkIsInvolvedAndHasNobodyThere() {
        List<Person> there = List.of(new Person(100, Set.of(MARKETING), true));
        People people = new People(
                there,
                false,
                Map.of(MARKETING, List.of("its statement"), SALES, List.of("its statement", "“Premium tier”")),
                Set.of(),
                List.of());

        assertThat(warnings(people))
                .extracting(Warning::kind, Warning::sentence)
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        WarningKind.TEAM_ABSENT,
                        "Sales's work is involved (its statement, “Premium tier”), and nobody from Sales is invited."));
    }

    @Test
    void withSeveralItTeamsOneOfThemThereIsEnough() {
        long platform = 5;
        Map<Long, String> teams = Map.of(MARKETING, "Marketing", IT, "IT", platform, "Platform");
        List<Person> marketing = List.of(new Person(100, Set.of(MARKETING), true));

        assertThat(DiscoveryRules.warnings(
                        new People(marketing, false, Map.of(), Set.of(platform, IT), List.of("Form endpoint")), teams))
                .extracting(Warning::sentence)
                .containsExactly(
                        "Nobody from IT (IT or Platform) is invited, though “Form endpoint” needs infrastructure"
                                + " or an IT review.");

        List<Person> withPlatform = List.of(marketing.getFirst(), new Person(104, Set.of(platform), true));
        assertThat(DiscoveryRules.warnings(
                        new People(withPlatform, false, Map.of(), Set.of(platform, IT), List.of("Form endpoint")),
                        teams))
                .isEmpty();
    }

    @Test
    void withoutAnItTeamThereIsNoItWarning() {
        List<Person> marketing = List.of(new Person(100, Set.of(MARKETING), true));

        assertThat(warnings(new People(marketing, false, Map.of(), Set.of(), List.of("Form endpoint"))))
                .isEmpty();
    }
}

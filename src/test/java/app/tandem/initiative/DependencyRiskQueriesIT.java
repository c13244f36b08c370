package app.tandem.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Which initiatives are at risk is answered by the database for lists (a query, so a workspace of
 * thousands is not read dependency by dependency), and why by {@code rules.DependencyRisk} for each
 * dependency: both must agree on every case of the rules, or a list would flag what the page does
 * not explain.
 */
class DependencyRiskQueriesIT extends TandemIT {

    @Autowired
    Initiatives initiatives;

    private String slug;
    private long me;
    private long team;

    @Test
    void theListsAtRiskAnswerAgreesWithTheRulesOnEveryCase() {
        slug = "risk-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Risk\",\"slug\":\"" + slug + "\"}");
        me = admin().get("/api/v1/me").json().path("id").asLong();
        team = admin().post("/api/v1/workspaces/" + slug + "/teams", "{\"name\":\"IT\"}")
                .json()
                .path("id")
                .asLong();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate dependantStart = today.plusDays(30);

        List<Long> dependants = new ArrayList<>();
        for (InitiativeStatus providerStatus : List.of(
                InitiativeStatus.PROPOSED,
                InitiativeStatus.IN_PROGRESS,
                InitiativeStatus.DONE,
                InitiativeStatus.DROPPED)) {
            for (LocalDate providerDue : List.of(today.minusDays(10), today.plusDays(20), today.plusDays(40))) {
                long provider = initiative("provider", today.minusDays(60), providerDue, providerStatus);
                for (LocalDate handoff : List.of(dependantStart.minusDays(5), dependantStart.plusDays(5))) {
                    for (InitiativeStatus dependantStatus : List.of(InitiativeStatus.PROPOSED, InitiativeStatus.DONE)) {
                        long dependant =
                                initiative("dependant", dependantStart, dependantStart.plusDays(30), dependantStatus);
                        initiatives.addDependency(
                                slug,
                                me,
                                dependant,
                                new DependencyInput(provider, DependencyKind.NEEDS_FEATURE, handoff));
                        dependants.add(dependant);
                    }
                }
            }
        }
        long late = initiative("late provider", today.minusDays(60), today.minusDays(10), InitiativeStatus.PROPOSED);
        long delivered =
                initiative("delivered", dependantStart, dependantStart.plusDays(30), InitiativeStatus.PROPOSED);
        DependencyView handedOff = initiatives.addDependency(
                slug,
                me,
                delivered,
                new DependencyInput(late, DependencyKind.NEEDS_FEATURE, dependantStart.plusDays(5)));
        initiatives.markDelivered(slug, me, delivered, handedOff.id());
        dependants.add(delivered);

        Set<Long> byTheRules = new HashSet<>();
        for (long dependant : dependants) {
            if (initiatives.dependencies(slug, me, dependant).needs().stream().anyMatch(DependencyView::atRisk)) {
                byTheRules.add(dependant);
            }
        }
        assertThat(byTheRules).hasSizeBetween(10, dependants.size() - 10);

        assertThat(initiatives.atRisk(slug, me)).containsExactlyInAnyOrderElementsOf(byTheRules);
        InitiativeFilter atRisk = new InitiativeFilter(null, null, null, null, true);
        assertThat(initiatives.list(slug, me, atRisk, PageRequest.of(0, 100)).map(InitiativeSummary::id))
                .containsExactlyInAnyOrderElementsOf(byTheRules);
        for (InitiativeSummary summary : initiatives.list(slug, me, InitiativeFilter.NONE, PageRequest.of(0, 100))) {
            assertThat(summary.atRisk()).as(summary.title()).isEqualTo(byTheRules.contains(summary.id()));
            assertThat(initiatives.get(slug, me, summary.id()).atRisk())
                    .as(summary.title())
                    .isEqualTo(summary.atRisk());
        }
    }

    /** How many initiatives {@link #initiative} proposed so far. */
    private int made;

    /** An initiative moved, one step at a time, to {@code status}. */
    private long initiative(String title, LocalDate start, LocalDate due, InitiativeStatus status) {
        long id = initiatives
                .propose(
                        slug,
                        me,
                        new InitiativeInput(
                                // (a title is an initiative's name: one per workspace)
                                title + " " + (++made) + " " + status.words() + " due " + due,
                                null,
                                InitiativeKind.FEATURE,
                                team,
                                me,
                                start,
                                due,
                                null,
                                null,
                                null))
                .id();
        List<InitiativeStatus> path = status == InitiativeStatus.DROPPED
                ? List.of(InitiativeStatus.DROPPED)
                : List.of(
                                InitiativeStatus.DISCOVERY,
                                InitiativeStatus.COMMITTED,
                                InitiativeStatus.IN_PROGRESS,
                                InitiativeStatus.DONE)
                        .subList(0, status.ordinal());
        for (InitiativeStatus step : path) {
            // committed without an IT review: the risk rules do not care whether IT reviewed it
            initiatives.changeStatus(
                    slug, me, id, step, step == InitiativeStatus.DROPPED ? "not needed" : null, null, true);
        }
        return id;
    }
}

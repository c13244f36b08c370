package app.tandem.insight.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.insight.EvidenceStrength;
import app.tandem.insight.InsightView;
import app.tandem.insight.SourceType;
import app.tandem.support.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingRuleTest {

    private static InsightView insight(SourceType type, Set<String> tags, String body) {
        return new InsightView(
                1,
                "Title",
                body,
                type,
                null,
                LocalDate.now(),
                null,
                0,
                1,
                EvidenceStrength.ANECDOTE,
                tags,
                Set.of(3L),
                Set.of(),
                Set.of(),
                Set.of(),
                Instant.now(),
                0);
    }

    @Test
    void aRuleMatchesWhenEveryCriterionItSetsMatches() {
        RoutingRule rule = new RoutingRule(
                1, 2, new RoutingRule.RuleCriteria(SourceType.SUPPORT_TICKET, "Jargon", null, null, null, null));
        assertThat(rule.matches(insight(SourceType.SUPPORT_TICKET, Set.of("jargon"), "")))
                .isTrue();
        assertThat(rule.matches(insight(SourceType.SUPPORT_TICKET, Set.of("billing"), "")))
                .isFalse();
        assertThat(rule.matches(insight(SourceType.SURVEY, Set.of("jargon"), "")))
                .isFalse();
    }

    @Test
    void wordsMatchAnyOfThemInTitleOrText() {
        RoutingRule rule =
                new RoutingRule(1, 2, new RoutingRule.RuleCriteria(null, null, null, null, null, "endpoint, Timeout"));
        assertThat(rule.matches(insight(SourceType.OTHER, Set.of(), "The form TIMEOUT loses data")))
                .isTrue();
        assertThat(rule.matches(insight(SourceType.OTHER, Set.of(), "Nothing relevant")))
                .isFalse();
        RoutingRule persona = new RoutingRule(1, 2, new RoutingRule.RuleCriteria(null, null, 3L, null, null, null));
        assertThat(persona.matches(insight(SourceType.OTHER, Set.of(), ""))).isTrue();
    }

    @Test
    void aRuleNeedsACriterion() {
        assertThatThrownBy(() -> new RoutingRule(1, 2, new RoutingRule.RuleCriteria(null, " ", null, null, null, "")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void closingNeedsAnOutcomeAndCannotHappenTwice() {
        InsightRoute route = new InsightRoute(1, 2, 3, "note", null, 4L);
        assertThatThrownBy(() -> route.close(5, " ", Instant.now())).isInstanceOf(InvalidInput.class);
        route.close(5, "Renamed the label", Instant.now());
        assertThat(route.status()).isEqualTo(RouteStatus.CLOSED);
        assertThat(route.timeToAcknowledge()).isNotNull();
        assertThatThrownBy(() -> route.close(5, "again", Instant.now()))
                .isInstanceOf(InsightRoute.RouteStateConflict.class);
        assertThatThrownBy(() -> route.acknowledge(5, Instant.now()))
                .isInstanceOf(InsightRoute.RouteStateConflict.class);
    }
}

package app.tandem.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Budgetly's monthly check-in: last month's, held, with its minutes (attendance, the decision that
 * put the onboarding e-mail fix first, linked to that initiative, two action items, one overdue), and
 * the next one a week ahead, whose agenda lists the decision due and the overdue action item.
 */
class DemoCheckInsIT extends TandemIT {

    private static final String CHECK_INS = "/api/v1/workspaces/budgetly/check-ins";

    @Test
    void budgetlyHeldLastMonthsCheckInAndTheNextOnesAgendaFollowsFromItsMinutes() {
        List<JsonNode> all = admin().get(CHECK_INS + "?size=20")
                .json()
                .path("items")
                .valueStream()
                .toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(7);
        assertThat(all).allSatisfy(c -> assertThat(c.path("title").asString()).isEqualTo("Monthly check-in"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode held = all.getFirst();
        assertThat(held.path("held").asBoolean()).isTrue();
        assertThat(LocalDate.parse(held.path("date").asString())).isBefore(today);

        JsonNode minutes =
                admin().get(CHECK_INS + "/" + held.path("id").asLong()).json();
        assertThat(minutes.path("attendees")
                        .valueStream()
                        .map(a -> a.path("name").asString()))
                .contains("Maya Ortiz", "Sam Okafor");
        JsonNode decision = minutes.path("decisions").get(0);
        assertThat(decision.path("what").asString()).contains("onboarding e-mail");
        assertThat(decision.path("reprioritised").asString()).contains("premium tier");
        assertThat(decision.path("initiatives")
                        .valueStream()
                        .map(i -> i.path("name").asString()))
                .containsExactly("Rewrite onboarding e-mail #2 in plain words");
        assertThat(minutes.path("actionItems")).hasSize(2);
        assertThat(minutes.path("actionItems")
                        .valueStream()
                        .filter(a -> a.path("overdue").asBoolean()))
                .hasSize(1);

        JsonNode next = all.get(1);
        assertThat(LocalDate.parse(next.path("date").asString())).isAfter(today);
        JsonNode agenda = admin().post(CHECK_INS + "/" + next.path("id").asLong() + "/agenda", "")
                .json();
        assertThat(agenda.path("items").valueStream().map(i -> i.path("section").asString()))
                .contains("DECISIONS_DUE", "ACTION_ITEMS_OVERDUE");
    }
}

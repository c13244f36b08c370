package app.tandem.support.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tandem.TandemIT;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event whose handling failed (or whose node died while handling it, which the registry's
 * staleness check turns into the same state) is handed to its listener again by the retry job, and
 * then counts as done.
 */
class FailedEventRetriesIT extends TandemIT {

    private static final String ROUTING = "app.tandem.insight.routing.%";

    @Autowired
    FailedEventRetries retries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedEventIsHandledAgainAndThenDone() {
        String slug = "retries-" + unique();
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Retries\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        long insight = admin().post(
                        "/api/v1/workspaces/" + slug + "/insights",
                        "{\"title\":\"Users miss the second onboarding email\",\"sourceType\":\"SURVEY\"}")
                .json()
                .path("id")
                .asLong();
        String event = "%\"insightId\":" + insight + ",%";
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(routing(event).get("completion_date"))
                        .as("routed once, as captured")
                        .isNotNull());

        // as if the routing had thrown, or its node had died and the staleness check had noticed
        assertThat(jdbc.update(
                        "update event_publication set status = 'FAILED', completion_date = null"
                                + " where event_type like '%InsightCaptured' and listener_id like ? and serialized_event like ?",
                        ROUTING, event))
                .isEqualTo(1);

        retries.retry();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Map<String, Object> row = routing(event);
            assertThat(row.get("completion_date")).as("handled again").isNotNull();
            assertThat(row.get("status").toString()).isEqualTo("COMPLETED");
            assertThat(((Number) row.get("completion_attempts")).intValue()).isGreaterThanOrEqualTo(2);
        });
    }

    private Map<String, Object> routing(String event) {
        return jdbc.queryForMap(
                "select status, completion_date, completion_attempts from event_publication"
                        + " where event_type like '%InsightCaptured' and listener_id like ? and serialized_event like ?",
                ROUTING, event);
    }
}

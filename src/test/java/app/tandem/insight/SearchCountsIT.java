package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.insight.internal.Insight;
import app.tandem.insight.search.InsightCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The total and counts beside search results: exact for searches matching up to
 * tandem.search.exact-counts-up-to insights, estimated from a one-in-sixteen sample above.
 */
class SearchCountsIT extends TandemIT {

    private static final int ROWS = 3_200;

    @Autowired
    InsightCounts counts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsExactlyBelowTheLimitAndEstimatesFromTheSampleAbove() {
        String slug = "counts-" + unique();
        String base = "/api/v1/workspaces/" + slug + "/insights";
        admin().post("/api/v1/workspaces", "{\"name\":\"Counts\",\"slug\":\"" + slug + "\"}");
        // a quarter of the rows are usability tests, the rest support tickets; every one says "quorbex"
        List<String> rows = new ArrayList<>();
        for (int n = 0; n < ROWS; n++) {
            rows.add("{\"title\":\"Quorbex report " + n
                    + "\",\"body\":\"People mention quorbex again.\",\"sourceType\":\""
                    + (n % 4 == 0 ? "USABILITY_TEST" : "SUPPORT_TICKET")
                    + "\",\"tags\":[\"quorbex\"],\"externalRef\":\"Z-" + n + "\"}");
        }
        Api.Response imported = admin().post(base + "/import", "[" + String.join(",", rows) + "]");
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);

        // through the API, under the 20,000 limit: exact
        JsonNode found = admin().get(base + "?q=quorbex&size=5").json();
        assertThat(found.path("totalItems").asLong()).isEqualTo(ROWS);
        assertThat(found.path("totalExact").asBoolean()).isTrue();
        assertThat(found.path("countsExact").asBoolean()).isTrue();
        assertThat(found.path("sourceTypeCounts").path("USABILITY_TEST").asLong())
                .isEqualTo(ROWS / 4);
        assertThat(found.path("sourceTypeCounts").path("SUPPORT_TICKET").asLong())
                .isEqualTo(ROWS * 3 / 4);
        assertThat(found.path("items").size()).isEqualTo(5);

        // with a limit of 500, the same search is counted over the sample and scaled up
        long workspaceId = jdbc.queryForObject("select id from workspaces where slug = ?", Long.class, slug);
        InsightSearch search = new InsightSearch("quorbex", null, null, null, null, null, null, null, null, null, null);
        InsightCounts.Counts estimated =
                counts.countNow((f, sampleOnly) -> Insights.matching(f, workspaceId, search, false, sampleOnly), 500);
        long inSample =
                jdbc.queryForList("select id from insights where workspace_id = ?", Long.class, workspaceId).stream()
                        .filter(id -> Insight.sampleOf(id) == 0)
                        .count();
        assertThat(estimated.exact()).isFalse();
        assertThat(estimated.total()).isEqualTo(inSample * InsightCounts.SAMPLE_EVERY);
        assertThat((double) estimated.total())
                .as("a sixteenth of 3,200 ids is a fair sample")
                .isCloseTo(ROWS, within(ROWS * 0.4));
        Map<SourceType, Long> bySource = estimated.bySourceType();
        assertThat(bySource.values())
                .allSatisfy(
                        count -> assertThat(count % InsightCounts.SAMPLE_EVERY).isZero());
        assertThat(bySource.get(SourceType.USABILITY_TEST) + bySource.get(SourceType.SUPPORT_TICKET))
                .isEqualTo(estimated.total());
        assertThat(estimated.byTag()).containsEntry("quorbex", estimated.total());

        // a narrower search stays under the limit and is exact again
        InsightSearch narrow = new InsightSearch(
                "quorbex", SourceType.USABILITY_TEST, null, null, null, null, null, null, null, null, null);
        InsightCounts.Counts exact =
                counts.countNow((f, sampleOnly) -> Insights.matching(f, workspaceId, narrow, false, sampleOnly), 1_000);
        assertThat(exact.exact()).isTrue();
        assertThat(exact.total()).isEqualTo(ROWS / 4);
    }
}

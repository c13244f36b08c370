package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightSearchTest {

    @Test
    void estimatesReadAsEstimatesRoundedToTwoDigits() {
        InsightSearch.Results estimate =
                new InsightSearch.Results(List.of(), 712_345, false, 0, 20, Map.of(), Map.of(), Map.of(), false);
        assertThat(estimate.totalText()).isEqualTo("About 710,000 insights");
        assertThat(estimate.count(4_321)).isEqualTo("≈ 4,300");
        assertThat(estimate.count(48)).isEqualTo("≈ 48");
        assertThat(estimate.totalPages()).isEqualTo(35_618);
    }

    @Test
    void exactCountsReadAsTheyAre() {
        InsightSearch.Results exact =
                new InsightSearch.Results(List.of(), 1, true, 0, 20, Map.of(), Map.of(), Map.of(), true);
        assertThat(exact.totalText()).isEqualTo("1 insight");
        assertThat(exact.count(4_321)).isEqualTo("4,321");
    }
}

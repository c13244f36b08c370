package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.InvalidInput;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    @Test
    void countsWordsAsTheIndexSplitsThem() {
        assertThat(InsightSearch.wordCount(null)).isZero();
        assertThat(InsightSearch.wordCount("  ")).isZero();
        assertThat(InsightSearch.wordCount("savings goals")).isEqualTo(2);
        assertThat(InsightSearch.wordCount("\"onboarding email\" -jargon +w2 café"))
                .isEqualTo(5);
        assertThat(InsightSearch.wordCount("予算の")).as("each ideograph and kana").isEqualTo(3);
        assertThat(InsightSearch.wordCount("budget予算")).isEqualTo(3);
    }

    @Test
    void refusesMoreThan64WordsNamingQ() {
        InsightSearch sixtyFour = words(64);
        sixtyFour.check();
        assertThatThrownBy(() -> words(65).check())
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("q"))
                .hasMessageContaining("at most 64 words")
                .hasMessageContaining("has 65");
        assertThatThrownBy(() -> words(1_100).check()).hasMessageContaining("has 1,100");
    }

    private static InsightSearch words(int count) {
        return new InsightSearch(
                IntStream.range(0, count).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}

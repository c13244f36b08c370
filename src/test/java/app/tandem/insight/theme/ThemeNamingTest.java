package app.tandem.insight.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.insight.search.InsightSimilarity;
import app.tandem.insight.theme.ThemeNaming.Member;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeNamingTest {

    @Test
    void namesAThemeAfterTheTagMostOfItsInsightsCarry() {
        assertThat(ThemeNaming.name(List.of(
                        new Member(
                                "Testers cannot find the savings-goal feature",
                                8,
                                List.of("savings-goals", "navigation")),
                        new Member("Users confuse goals and budgets", 8, List.of("jargon", "savings-goals")),
                        new Member("Progress bar motivates", 5, List.of("savings-goals")))))
                .isEqualTo("Savings goals");
    }

    @Test
    void onATieTheAlphabeticallyFirstTagWins() {
        assertThat(ThemeNaming.name(List.of(
                        new Member("A", 1, List.of("sign-up", "forms")),
                        new Member("B", 1, List.of("forms", "sign-up")))))
                .isEqualTo("Forms");
    }

    @Test
    void withoutATagMostShareItTakesTheTitleOfTheWidestReach() {
        assertThat(ThemeNaming.name(List.of(
                        new Member("Users drop off after the second onboarding email", 4200, List.of("email")),
                        new Member("Week-1 retention fell", 5200, List.of("retention")),
                        new Member("Few open email two", 50, List.of("open-rate")))))
                .as("no tag on two of them")
                .isEqualTo("Week-1 retention fell");
        assertThat(ThemeNaming.name(List.of(new Member("First", 10, List.of()), new Member("Second", 10, List.of()))))
                .as("the first on a tie")
                .isEqualTo("First");
        assertThat(ThemeNaming.name(List.of(
                        new Member("One", 1, List.of("a")),
                        new Member("Two", 3, List.of("b")),
                        new Member("Three", 2, List.of("a")),
                        new Member("Four", 2, List.of("c")),
                        new Member("Five", 2, List.of("d")))))
                .as("2 of 5 is not most of them")
                .isEqualTo("Two");
    }

    @Test
    void aTagCountsOncePerInsight() {
        assertThat(ThemeNaming.name(
                        List.of(new Member("Alpha", 1, List.of("x", "x")), new Member("Beta", 9, List.of("y")))))
                .isEqualTo("Beta");
    }

    @Test
    void longTitlesAreCutToTheLongestName() {
        String name =
                ThemeNaming.name(List.of(new Member("word ".repeat(60), 1, List.of()), new Member("b", 0, List.of())));
        assertThat(name).hasSize(Theme.MAX_NAME).endsWith("…");
    }

    @Test
    void humanizesTags() {
        assertThat(ThemeNaming.humanize("bank-sync")).isEqualTo("Bank sync");
        assertThat(ThemeNaming.humanize("jargon")).isEqualTo("Jargon");
    }

    @Test
    void aThemeHasInsights() {
        assertThatThrownBy(() -> ThemeNaming.name(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordsLeaveOutStopWordsAndPunctuation() {
        assertThat(InsightSimilarity.wordsOf(
                        "Users drop off after the second 'onboarding' email", List.of("drop-off", "email")))
                .isEqualTo("Users drop off after second onboarding email drop off email");
    }
}

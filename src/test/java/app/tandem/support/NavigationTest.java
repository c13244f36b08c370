package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationTest {

    @Test
    void contributedItemsAreLinksAndTheRestOfTheMissionShowsAsComingSoon() {
        Navigation navigation = new Navigation(
                List.of(new NavigationItem("Teams", "teams", 100), new NavigationItem("Insights", "insights", 40)));
        assertThat(navigation.entries())
                .extracting(Navigation.Entry::label)
                .containsSubsequence("Personas", "Insights", "Dashboard", "Teams");
        assertThat(navigation.entries())
                .filteredOn(Navigation.Entry::available)
                .extracting(Navigation.Entry::label)
                .containsExactly("Insights", "Teams");
    }

    @Test
    void aPageBelongsToTheEntryThatClaimsTheLongestPartOfItsPath() {
        Navigation navigation = new Navigation(List.of(
                new NavigationItem("Home", "", 10),
                new NavigationItem("Insights", "insights", 40),
                new NavigationItem("Team inboxes", "inbox", 42, List.of("insights/rules")),
                new NavigationItem("Goals & KPIs", "goals", 50, List.of("kpis"))));

        assertThat(navigation.sectionOf("")).isEqualTo("");
        assertThat(navigation.sectionOf("insights")).isEqualTo("insights");
        assertThat(navigation.sectionOf("insights/42/edit")).isEqualTo("insights");
        assertThat(navigation.sectionOf("insights/rules")).isEqualTo("inbox");
        assertThat(navigation.sectionOf("insights/rulesets")).isEqualTo("insights");
        assertThat(navigation.sectionOf("kpis/7")).isEqualTo("goals");
        assertThat(navigation.sectionOf("goals/3/")).isEqualTo("goals");
        assertThat(navigation.sectionOf("settings")).isEqualTo("settings");
        assertThat(navigation.sectionOf("teams/5")).isEqualTo("teams");
    }
}

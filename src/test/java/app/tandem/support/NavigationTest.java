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
}

package app.tandem.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An initiative's goal links packed in one array read back as the links given, with their nulls. */
class GoalLinksTest {

    @Test
    void readsBackTheLinksGivenWithAMissingKpiOrChangeStillMissing() {
        List<Item.GoalLink> given = List.of(
                new Item.GoalLink(7, 70L, -2.5),
                new Item.GoalLink(8, null, null),
                new Item.GoalLink(9, 90L, null),
                new Item.GoalLink(10, 0L, 0.0));

        Item item = Plans.item(1, "A").build();
        GoalLinks links = GoalLinks.of(given);

        assertThat(links).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(links.count()).isEqualTo(4);
        assertThat(links.hasKpi(1)).isFalse();
        assertThat(links.hasChange(2)).isFalse();
        assertThat(links.hasKpi(3)).isTrue();
        assertThat(links.kpiId(3)).isZero();
        assertThat(links.change(0)).isEqualTo(-2.5);
        assertThat(item.goals()).isInstanceOf(GoalLinks.class);
    }

    @Test
    void aNullLinkIsRefusedAndTheListCannotChange() {
        assertThatThrownBy(() -> GoalLinks.of(Arrays.asList(new Item.GoalLink(1, null, null), null)))
                .isInstanceOf(NullPointerException.class);
        GoalLinks links = GoalLinks.of(List.of(new Item.GoalLink(1, null, null)));
        assertThatThrownBy(() -> links.add(new Item.GoalLink(2, null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> links.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}

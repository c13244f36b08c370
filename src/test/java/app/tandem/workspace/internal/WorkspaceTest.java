package app.tandem.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.InvalidInput;
import app.tandem.workspace.Involvement;
import org.junit.jupiter.api.Test;

class WorkspaceTest {

    @Test
    void makesASlugFromAName() {
        assertThat(Workspace.slugFrom("Budgetly")).isEqualTo("budgetly");
        assertThat(Workspace.slugFrom("  Acme Research & Co. ")).isEqualTo("acme-research-co");
        assertThat(Workspace.slugFrom("Café Crème")).isEqualTo("cafe-creme");
        assertThat(Workspace.slugFrom("!!!")).isEqualTo("workspace");
        assertThat(Workspace.slugFrom("a".repeat(60))).hasSize(40);
    }

    @Test
    void refusesSlugsThatAreNotLowercaseWordsAndHyphens() {
        for (String bad : new String[] {
            "", "Budgetly", "-budgetly", "budgetly-", "bud getly", "bud--getly", "a".repeat(41), "../x"
        }) {
            assertThatThrownBy(() -> Workspace.checkSlug(bad))
                    .as(bad)
                    .isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field())
                    .isEqualTo("slug");
        }
        assertThat(Workspace.checkSlug("acme-2026")).isEqualTo("acme-2026");
        assertThat(Workspace.checkSlug("x")).isEqualTo("x");
    }

    @Test
    void refusesBlankAndOverlongNames() {
        assertThatThrownBy(() -> new Workspace("   ", "ok")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Workspace("n".repeat(101), "ok")).isInstanceOf(InvalidInput.class);
        assertThat(new Workspace("  Budgetly  ", "budgetly").name()).isEqualTo("Budgetly");
    }

    @Test
    void aTeamKeepsOnePlaceForEachPersonAndChangesHowTheyTakePart() {
        Team team = new Team(1L, "Design", null, null);
        team.enlist(7L, Involvement.EXECUTES);
        team.enlist(7L, Involvement.LEADS);
        assertThat(team.members()).hasSize(1);
        assertThat(team.members().getFirst().involvement()).isEqualTo(Involvement.LEADS);
        assertThat(team.remove(7L)).isTrue();
        assertThat(team.remove(7L)).isFalse();
    }
}

package app.tandem.initiative.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.initiative.rules.DependencyGraphLayout.Column;
import app.tandem.initiative.rules.DependencyGraphLayout.Edge;
import app.tandem.initiative.rules.DependencyGraphLayout.EdgePlace;
import app.tandem.initiative.rules.DependencyGraphLayout.Node;
import app.tandem.initiative.rules.DependencyGraphLayout.NodePlace;
import app.tandem.initiative.rules.DependencyGraphLayout.Picture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The campaign in the middle, two providers left of it (one of which needs hosting, further left) and
 * the premium tier right of it. Four columns of 168 with 112 between them, from x = 16; the tallest
 * column holds two nodes: 48 + 16 + 48 = 112 high, below 16 + 28. Values computed by hand.
 */
class DependencyGraphLayoutTest {

    private static Picture picture() {
        return DependencyGraphLayout.layout(
                List.of(
                        new Node(10, 0, "Re-onboarding e-mail campaign"),
                        new Node(20, -1, "Guidance assets"),
                        new Node(21, -1, "Form endpoint"),
                        new Node(30, -2, "Hosting"),
                        new Node(40, 1, "Premium tier")),
                List.of(
                        new Edge(30, 20, "infrastructure"),
                        new Edge(20, 10, "design assets"),
                        new Edge(21, 20, "a decision"),
                        new Edge(99, 10, "content")));
    }

    private static NodePlace node(Picture picture, long id) {
        return picture.nodes().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    @Test
    void layersGoLeftToRightByDistanceAndEachColumnIsCentred() {
        Picture picture = picture();
        assertThat(picture.columns())
                .containsExactly(
                        new Column(-2, 100, "They need"),
                        new Column(-1, 380, "It needs"),
                        new Column(0, 660, "This initiative"),
                        new Column(1, 940, "Needed by"));
        // one node in a column of 112: 44 + (112 - 48) / 2 = 76
        assertThat(node(picture, 30)).isEqualTo(new NodePlace(30, -2, 16, 76, 168, 48, List.of("Hosting")));
        assertThat(node(picture, 20)).isEqualTo(new NodePlace(20, -1, 296, 44, 168, 48, List.of("Guidance assets")));
        assertThat(node(picture, 21)).isEqualTo(new NodePlace(21, -1, 296, 108, 168, 48, List.of("Form endpoint")));
        assertThat(node(picture, 10))
                .isEqualTo(new NodePlace(10, 0, 576, 76, 168, 48, List.of("Re-onboarding e-mail", "campaign")));
        assertThat(node(picture, 40)).isEqualTo(new NodePlace(40, 1, 856, 76, 168, 48, List.of("Premium tier")));
        // 32 + 4 × 168 + 3 × 112; 32 + 28 + 112
        assertThat(picture.width()).isEqualTo(1040);
        assertThat(picture.height()).isEqualTo(172);
    }

    @Test
    void edgesGoFromTheProvidersRightToTheDependantsLeftWithTheirLabelInTheMiddle() {
        Picture picture = picture();
        assertThat(picture.edges())
                .containsExactly(
                        new EdgePlace(30, 20, "M 184 100 C 240 100, 240 68, 296 68", 240, 78, "infrastructure"),
                        new EdgePlace(20, 10, "M 464 68 C 520 68, 520 100, 576 100", 520, 78, "design assets"),
                        // both in one column: out to 464 + 112 / 3 = 501 and back
                        new EdgePlace(21, 20, "M 464 132 C 501 132, 501 68, 464 68", 505, 100, "a decision"));
    }

    @Test
    void aLongTitleTakesTwoLinesBrokenAtASpaceOrCut() {
        assertThat(DependencyGraphLayout.lines("Abcdefghijklmnopqrstuvwxyz"))
                .containsExactly("Abcdefghijklmnopqrst", "uvwxyz");
        assertThat(DependencyGraphLayout.lines(
                        "Calmer onboarding e-mails after day two for every new person who signs up"))
                .containsExactly("Calmer onboarding", "e-mails after day…");
    }

    @Test
    void anInitiativeAloneIsOneColumn() {
        Picture picture = DependencyGraphLayout.layout(List.of(new Node(1, 0, "Alone")), List.of());
        assertThat(picture.width()).isEqualTo(200);
        assertThat(picture.height()).isEqualTo(32 + 28 + 48);
        assertThat(picture.nodes()).containsExactly(new NodePlace(1, 0, 16, 44, 168, 48, List.of("Alone")));
    }
}

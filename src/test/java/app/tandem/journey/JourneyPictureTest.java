package app.tandem.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.journey.JourneyView.OpportunityView;
import app.tandem.journey.JourneyView.PainPointView;
import app.tandem.journey.JourneyView.StageView;
import app.tandem.journey.JourneyView.TouchpointView;
import app.tandem.workspace.TeamView;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyPictureTest {

    static final List<TeamView> TEAMS = List.of(
            new TeamView(1, "Design", null, false, List.of(), 0),
            new TeamView(2, "Marketing", null, false, List.of(), 0));

    static StageView stage(long id, String name, int emotion, Long team) {
        return new StageView(
                id,
                (int) id,
                name,
                "Doing things",
                "Thinking",
                emotion,
                List.of(new TouchpointView("Email", team, team == 1 ? "Design" : "Marketing")),
                emotion < 0 ? List.of(new PainPointView(id * 10, "It hurts", 3, null, null, null, null, 0)) : List.of(),
                List.of(),
                0);
    }

    @Test
    void drawsTheEmotionCurveAcrossStagesAndMarksTheDip() {
        JourneyView journey = new JourneyView(
                1,
                1,
                "Jess",
                "First month",
                null,
                List.of(stage(1, "Discover", 1, 2L), stage(2, "Onboard", -2, 2L), stage(3, "Habit", 2, 1L)),
                0);
        JourneyPicture picture = JourneyPicture.of(journey, TEAMS);

        assertThat(picture.columns())
                .extracting(JourneyPicture.Column::name)
                .containsExactly("Discover", "Onboard", "Habit");
        assertThat(picture.curve().split(" ")).hasSize(3);
        assertThat(picture.dots()).extracting(JourneyPicture.Dot::emotion).containsExactly(1, -2, 2);
        // -2 is drawn lower (a larger y) than +2.
        assertThat(picture.dots().get(1).y())
                .isGreaterThan(picture.dots().get(2).y());
        assertThat(picture.dip()).isNotNull();
        assertThat(picture.dip().text()).isEqualTo("Lowest: Onboard");
        assertThat(picture.description()).contains("Onboard -2", "Lowest point: Onboard");
    }

    /** A long stage name wraps in its header, which grows for it, and what does not fit in three lines ends in "…". */
    @Test
    void aLongStageNameWrapsInItsHeaderInsteadOfRunningOverTheNext() {
        String longName = "Compare the plans and choose a subscription tier that fits the household budget this year";
        JourneyView journey = new JourneyView(
                1, 1, "Jess", "Map", null, List.of(stage(1, "Discover", 0, 1L), stage(2, longName, 0, 1L)), 0);
        JourneyPicture picture = JourneyPicture.of(journey, TEAMS);

        JourneyPicture.Column first = picture.columns().get(0);
        JourneyPicture.Column second = picture.columns().get(1);
        assertThat(first.lines()).containsExactly("1. Discover");
        assertThat(second.lines())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(21));
        assertThat(second.lines().getFirst()).startsWith("2. Compare");
        assertThat(second.lines().getLast()).endsWith("…");
        assertThat(second.h()).isEqualTo(first.h()).isGreaterThan(JourneyPicture.HEAD_H);
        assertThat(second.lineY(2)).isLessThan(second.y() + second.h());
        assertThat(JourneyPicture.headLines("2. Sign up")).containsExactly("2. Sign up");
    }

    @Test
    void coloursCellsByOwningTeamWithALegend() {
        JourneyView journey =
                new JourneyView(1, 1, "Jess", "Map", null, List.of(stage(1, "A", 0, 1L), stage(2, "B", -1, 2L)), 0);
        JourneyPicture picture = JourneyPicture.of(journey, TEAMS);

        assertThat(picture.boxes())
                .filteredOn(b -> b.kind().equals("touchpoint"))
                .extracting(JourneyPicture.Box::fill)
                .doesNotHaveDuplicates();
        assertThat(picture.boxes())
                .filteredOn(b -> b.kind().equals("pain"))
                .singleElement()
                .satisfies(b -> assertThat(b.severity()).isEqualTo(3));
        assertThat(picture.legend())
                .extracting(JourneyPicture.Legend::label)
                .containsExactly("Design", "Marketing", "No team");
        assertThat(picture.dip()).isNotNull();
    }

    @Test
    void coloursOnlyWhatHasAnOwner() {
        // A stage whose first touchpoint is Marketing's, and a design pain point: the pain point is drawn in
        // Design's colour, doing/thinking and an opportunity nobody owns in the grey of "No team", never in
        // Marketing's; the opportunity Marketing owns in Marketing's.
        StageView onboard = new StageView(
                7,
                0,
                "Onboard",
                "Opens the email",
                "What does accrual mean?",
                -2,
                List.of(new TouchpointView("Email #2", 2L, "Marketing")),
                List.of(
                        new PainPointView(70, "Setup wizard asks for everything", 2, null, null, 1L, "Design", 0),
                        new PainPointView(71, "Nobody knows whose this is", 1, null, null, null, null, 0)),
                List.of(
                        new OpportunityView("Let people skip linking accounts", null, null),
                        new OpportunityView("Rewrite email #2 in plain words", 2L, "Marketing")),
                0);
        JourneyPicture picture =
                JourneyPicture.of(new JourneyView(1, 1, "Jess", "Map", null, List.of(onboard), 0), TEAMS);

        String marketing = fillOf(picture, "touchpoint");
        String design = picture.legend().stream()
                .filter(l -> l.label().equals("Design"))
                .findFirst()
                .orElseThrow()
                .fill();
        String none = picture.legend().getLast().fill();
        assertThat(picture.boxes())
                .filteredOn(b -> b.kind().equals("pain"))
                .extracting(JourneyPicture.Box::fill)
                .containsExactly(design, none);
        assertThat(picture.boxes())
                .filteredOn(b -> b.kind().equals("doing"))
                .extracting(JourneyPicture.Box::fill)
                .hasSize(2)
                .containsOnly(none)
                .doesNotContain(marketing);
        assertThat(picture.boxes())
                .filteredOn(b -> b.kind().equals("opportunity"))
                .extracting(JourneyPicture.Box::fill)
                .containsExactly(none, marketing);
        assertThat(picture.legend())
                .extracting(JourneyPicture.Legend::label)
                .as("a team that owns only a pain point is in the legend too")
                .containsExactly("Design", "Marketing", "No team");
    }

    @Test
    void aPainPointSaysHowMuchItHurtsWhatItBlocksAndWhatProvesIt() {
        StageView onboard = new StageView(
                7,
                0,
                "Onboard",
                null,
                null,
                -2,
                List.of(),
                List.of(new PainPointView(70, "Jargon", 3, 5L, "Explain money words", 2L, "Marketing", 4)),
                List.of(),
                0);
        JourneyPicture picture =
                JourneyPicture.of(new JourneyView(1, 1, "Jess", "Map", null, List.of(onboard), 0), TEAMS);

        assertThat(picture.boxes())
                .filteredOn(b -> b.kind().equals("pain"))
                .singleElement()
                .satisfies(b -> assertThat(b.lines())
                        .extracting(JourneyPicture.Text::text)
                        .containsExactly(
                                "Jargon",
                                "Severity 3 of 3: makes",
                                "them give up",
                                "Blocks: Explain money",
                                "words",
                                "4 insights prove it"));
    }

    private static String fillOf(JourneyPicture picture, String kind) {
        return picture.boxes().stream()
                .filter(b -> b.kind().equals(kind))
                .findFirst()
                .orElseThrow()
                .fill();
    }

    @Test
    void noDipWhenNobodyFeelsBad() {
        JourneyView journey =
                new JourneyView(1, 1, "Jess", "Map", null, List.of(stage(1, "A", 0, 1L), stage(2, "B", 1, 1L)), 0);
        assertThat(JourneyPicture.of(journey, TEAMS).dip()).isNull();
    }

    @Test
    void wrapsLongTextAtSpaces() {
        assertThat(JourneyPicture.wrap("The second onboarding email is full of jargon about accruals"))
                .allMatch(line -> line.length() <= JourneyPicture.CHARS)
                .hasSizeGreaterThan(1);
        assertThat(String.join(" ", JourneyPicture.wrap("one two three"))).isEqualTo("one two three");
    }
}

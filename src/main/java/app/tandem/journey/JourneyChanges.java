package app.tandem.journey;

import app.tandem.journey.JourneyController.JourneyEditForm;
import app.tandem.journey.JourneyController.StageForm;
import app.tandem.journey.JourneyView.StageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * What someone else saved on a journey map or a stage that differs from what the person typed in
 * the rename form or the stage editor, part by part (their value, as the form labels it), so a
 * refused stale edit shows what changed.
 */
final class JourneyChanges {

    /** One part where the saved map or stage differs from the form: the form's label and the saved value. */
    record Change(String label, String theirs) {}

    private JourneyChanges() {}

    /** Whether the form was refused because the map or stage changed since it was opened ({@code ConcurrentChange}). */
    static boolean refusedAsStale(BindingResult result) {
        return result.getGlobalErrors().stream().anyMatch(e -> "concurrent-change".equals(e.getCode()));
    }

    /** Where the saved map differs from the rename form as typed. */
    static List<Change> between(JourneyEditForm typed, JourneyView theirs) {
        List<Change> changes = new ArrayList<>();
        text(changes, "Journey map name", typed.name(), theirs.name());
        text(changes, "Scenario", typed.scenario(), theirs.scenario());
        return changes;
    }

    /** Where the saved stage differs from the stage editor as typed (its blank rows left out). */
    static List<Change> between(StageForm typed, StageView theirs) {
        Journeys.StagePatch patch = typed.patch();
        List<Change> changes = new ArrayList<>();
        text(changes, "Stage name", typed.name(), theirs.name());
        if (!Objects.equals(typed.emotion(), theirs.emotion())) {
            changes.add(new Change("Emotion", (theirs.emotion() > 0 ? "+" : "") + theirs.emotion()));
        }
        text(changes, "What the user is doing", typed.doing(), theirs.doing());
        text(changes, "What the user is thinking", typed.thinking(), theirs.thinking());
        List<Journeys.TouchpointChange> touchpoints = patch.touchpoints() == null ? List.of() : patch.touchpoints();
        if (!touchpoints.stream()
                .map(t -> t.channel().strip() + "|" + t.teamId())
                .toList()
                .equals(theirs.touchpoints().stream()
                        .map(t -> t.channel() + "|" + t.teamId())
                        .toList())) {
            changes.add(new Change(
                    "Touchpoints",
                    joined(theirs.touchpoints().stream()
                            .map(t -> t.teamName() == null ? t.channel() : t.channel() + " (" + t.teamName() + ")")
                            .toList())));
        }
        List<Stage.PainPointChange> painPoints = patch.painPoints() == null ? List.of() : patch.painPoints();
        if (!painPoints.stream()
                .map(p -> p.text().strip() + "|" + p.severity() + "|" + p.userGoalId() + "|" + p.teamId())
                .toList()
                .equals(theirs.painPoints().stream()
                        .map(p -> p.text() + "|" + p.severity() + "|" + p.userGoalId() + "|" + p.teamId())
                        .toList())) {
            changes.add(new Change(
                    "Pain points",
                    joined(theirs.painPoints().stream()
                            .map(p -> p.text() + " (" + p.severityLabel() + ")")
                            .toList())));
        }
        List<Stage.OpportunityChange> opportunities = patch.opportunities() == null ? List.of() : patch.opportunities();
        if (!opportunities.stream()
                .map(o -> o.text().strip() + "|" + o.teamId())
                .toList()
                .equals(theirs.opportunities().stream()
                        .map(o -> o.text() + "|" + o.teamId())
                        .toList())) {
            changes.add(new Change(
                    "Opportunities",
                    joined(theirs.opportunities().stream()
                            .map(JourneyView.OpportunityView::text)
                            .toList())));
        }
        return changes;
    }

    private static void text(List<Change> changes, String label, @Nullable String typed, @Nullable String saved) {
        String theirs = saved == null ? "" : saved.strip();
        if (!theirs.equals(typed == null ? "" : typed.strip())) {
            changes.add(new Change(label, theirs.isEmpty() ? "none" : theirs));
        }
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? "none" : items.stream().collect(Collectors.joining("\n"));
    }
}

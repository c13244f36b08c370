package app.tandem.insight.web;

import app.tandem.insight.InsightView;
import app.tandem.insight.NamedTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * What someone else saved on an insight that differs from what the person typed in the edit form,
 * field by field (their value, as the form labels it), so a refused stale edit shows what changed.
 */
final class InsightChanges {

    /** One field where the saved insight differs from the form: the form's label and the saved value. */
    record Change(String label, String theirs) {}

    private InsightChanges() {}

    /** Whether the form was refused because the insight changed since it was opened ({@code ConcurrentChange}). */
    static boolean refusedAsStale(BindingResult result) {
        return result.getGlobalErrors().stream().anyMatch(e -> "concurrent-change".equals(e.getCode()));
    }

    /**
     * The fields where {@code theirs} (the insight as saved now) differs from {@code typed}; {@code
     * teamNames} names teams by id, {@code theirLinks} names what the saved insight proves.
     */
    static List<Change> between(
            InsightController.InsightForm typed,
            InsightView theirs,
            Map<Long, String> teamNames,
            List<NamedTarget> theirLinks) {
        List<Change> changes = new ArrayList<>();
        differs(changes, "Title", text(typed.title()), theirs.title());
        differs(changes, "What we learned", text(typed.body()), theirs.body());
        if (typed.sourceType() != theirs.sourceType()) {
            changes.add(new Change("Source", theirs.sourceType().label()));
        }
        if (!Objects.equals(typed.teamId(), theirs.teamId())) {
            Long team = theirs.teamId();
            changes.add(new Change("Found by team", team == null ? "No team" : teamNames.getOrDefault(team, "")));
        }
        if (!Objects.equals(typed.observedOn(), theirs.observedOn())) {
            LocalDate day = theirs.observedOn();
            changes.add(new Change("Observed on", day.toString()));
        }
        differs(changes, "External reference", text(typed.externalRef()), text(theirs.externalRef()));
        if (typed.sentiment() != theirs.sentiment()) {
            changes.add(new Change("Sentiment", String.valueOf(theirs.sentiment())));
        }
        if (typed.reach() != theirs.reach()) {
            changes.add(new Change("Reach", String.valueOf(theirs.reach())));
        }
        if (typed.evidenceStrength() != theirs.evidenceStrength()) {
            changes.add(new Change("Evidence", theirs.evidenceStrength().label()));
        }
        if (!tags(typed.tags()).equals(theirs.tags())) {
            changes.add(new Change("Tags", theirs.tags().isEmpty() ? "none" : String.join(", ", theirs.tags())));
        }
        if (!ids(typed.personaIds()).equals(theirs.personaIds())
                || !ids(typed.userGoalIds()).equals(theirs.userGoalIds())
                || !ids(typed.journeyStageIds()).equals(theirs.journeyStageIds())
                || !ids(typed.painPointIds()).equals(theirs.painPointIds())) {
            changes.add(new Change(
                    "What it proves",
                    theirLinks.isEmpty()
                            ? "nothing"
                            : theirLinks.stream().map(NamedTarget::label).collect(Collectors.joining(", "))));
        }
        return changes;
    }

    private static void differs(List<Change> changes, String label, String typed, String theirs) {
        if (!typed.equals(text(theirs))) {
            changes.add(new Change(label, theirs.isBlank() ? "empty" : theirs));
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    /** The tags as the insight keeps them (lower case, spaces as dashes), to compare with what is saved. */
    private static Set<String> tags(@Nullable String typed) {
        if (typed == null) {
            return Set.of();
        }
        return Arrays.stream(typed.split(","))
                .map(t -> t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<Long> ids(@Nullable List<Long> ids) {
        return ids == null ? Set.of() : ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }
}

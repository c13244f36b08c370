package app.tandem.journey;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A journey map with its stages, as pages, the picture and the API show it. Its {@code version} moves
 * on with every change to the map or to any of its stages: a replace of the whole map sends it back,
 * so a change made since is not overwritten.
 */
record JourneyView(
        long id,
        long personaId,
        String personaName,
        String name,
        @Nullable String scenario,
        List<StageView> stages,
        long version) {

    /** A stage; an edit sends back the {@code version} it started from, so a change made since is not overwritten. */
    record StageView(
            long id,
            int position,
            String name,
            @Nullable String doing,
            @Nullable String thinking,
            int emotion,
            List<TouchpointView> touchpoints,
            List<PainPointView> painPoints,
            List<OpportunityView> opportunities,
            long version) {}

    /** An opportunity and the team that would take it up, when known. */
    record OpportunityView(
            String text, @Nullable Long teamId, @Nullable String teamName) {}

    record TouchpointView(
            String channel, @Nullable Long teamId, @Nullable String teamName) {}

    record PainPointView(
            long id,
            String text,
            int severity,
            @Nullable Long userGoalId,
            @Nullable String userGoal,
            @Nullable Long teamId,
            @Nullable String teamName,
            long insights) {

        /** How much it hurts, in words. */
        public String severityLabel() {
            return switch (severity) {
                case 3 -> "makes them give up";
                case 2 -> "slows them down";
                default -> "annoying";
            };
        }
    }

    /** The stage where the user feels worst, if any stage feels bad at all. */
    public Optional<StageView> dip() {
        return stages.stream().filter(s -> s.emotion() < 0).min(Comparator.comparingInt(StageView::emotion));
    }
}

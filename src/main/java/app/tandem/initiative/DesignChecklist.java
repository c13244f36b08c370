package app.tandem.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A feature's information-design checklist: every step in order, and how many are done. */
public record DesignChecklist(long initiativeId, int done, int total, List<Step> steps) {

    /**
     * One step: its answer (null until answered), the user goal it serves (null when none or
     * deleted), who answered it when, and the {@code version} a change sends back (null until
     * answered).
     */
    @Schema(name = "DesignChecklistStep")
    public record Step(
            DesignStep step,
            String label,
            String question,
            boolean done,
            @Nullable String answer,
            @Nullable UserGoalRef userGoal,
            @Nullable Ref answeredBy,
            @Nullable Instant answeredAt,
            @Nullable Long version) {}

    /** A user goal as a step names it: its sentence and its persona's name. */
    public record UserGoalRef(long id, String sentence, String personaName) {}
}

package app.tandem.insight.routing;

import app.tandem.insight.SourceType;
import org.jspecify.annotations.Nullable;

/** A routing rule as pages and the API show it. */
public record RuleView(
        long id,
        long teamId,
        @Nullable SourceType sourceType,
        @Nullable String tag,
        @Nullable Long personaId,
        @Nullable Long userGoalId,
        @Nullable Long journeyStageId,
        @Nullable String words) {

    /** "Support tickets tagged jargon mentioning 'rollover'". */
    public String describe() {
        StringBuilder text = new StringBuilder(sourceType == null ? "Insights" : sourceType.label() + "s");
        if (tag != null) {
            text.append(" tagged #").append(tag);
        }
        if (words != null) {
            text.append(" mentioning '").append(words).append("'");
        }
        if (personaId != null) {
            text.append(" about persona ").append(personaId);
        }
        if (userGoalId != null) {
            text.append(" about user goal ").append(userGoalId);
        }
        if (journeyStageId != null) {
            text.append(" at journey stage ").append(journeyStageId);
        }
        return text.toString();
    }
}

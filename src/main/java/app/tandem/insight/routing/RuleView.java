package app.tandem.insight.routing;

import app.tandem.insight.SourceType;
import java.util.Map;
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

    /**
     * "Support tickets tagged #jargon mentioning 'rollover' about persona 'Jess'", with the names of
     * the workspace's personas, user goals and journey stages by id (an id missing from them, say of
     * something deleted since, is shown as the id).
     */
    public String describe(
            Map<Long, String> personaNames, Map<Long, String> userGoalNames, Map<Long, String> stageNames) {
        StringBuilder text = new StringBuilder(sourceType == null ? "Insights" : sourceType.label() + "s");
        if (tag != null) {
            text.append(" tagged #").append(tag);
        }
        if (words != null) {
            text.append(" mentioning '").append(words).append("'");
        }
        if (personaId != null) {
            text.append(" about persona ").append(named(personaNames, personaId));
        }
        if (userGoalId != null) {
            text.append(" about user goal ").append(named(userGoalNames, userGoalId));
        }
        if (journeyStageId != null) {
            text.append(" at journey stage ").append(named(stageNames, journeyStageId));
        }
        return text.toString();
    }

    private static String named(Map<Long, String> names, long id) {
        String name = names.get(id);
        return name == null ? String.valueOf(id) : "'" + name + "'";
    }
}

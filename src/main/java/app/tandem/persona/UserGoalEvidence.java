package app.tandem.persona;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by the module that keeps evidence (insight): how many insights prove each user goal,
 * for "How we know" on the persona and user goal pages. {@code persona} does not depend on
 * {@code insight}; without an implementation no counts are shown.
 */
public interface UserGoalEvidence {

    /** The number of insights proving each of these user goals of the workspace; absent means none. */
    Map<Long, Long> insightsProvingUserGoals(long workspaceId, Collection<Long> userGoalIds);
}

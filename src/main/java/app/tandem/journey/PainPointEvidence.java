package app.tandem.journey;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by the module that keeps evidence (insight): how many insights prove each pain point,
 * for the journey picture. {@code journey} does not depend on {@code insight}; without an
 * implementation the picture shows no counts.
 */
public interface PainPointEvidence {

    /** The number of insights proving each of these pain points of the workspace; absent means none. */
    Map<Long, Long> insightsProvingPainPoints(long workspaceId, Collection<Long> painPointIds);
}

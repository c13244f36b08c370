package app.tandem.journey;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by the module that keeps the work (initiative): the initiatives that address journey
 * stages and pain points, for the journey page. {@code journey} does not depend on {@code initiative};
 * without an implementation the page shows no work.
 */
public interface JourneyWork {

    /** An initiative: its title, status in words and where its page is (e.g. {@code initiatives/12}). */
    record Work(long initiativeId, String title, String status, String path) {}

    /** The initiatives that address each of these stages of the workspace; a stage without any is absent. */
    Map<Long, List<Work>> onStages(long workspaceId, Collection<Long> stageIds);

    /** The initiatives that address each of these pain points of the workspace; one without any is absent. */
    Map<Long, List<Work>> onPainPoints(long workspaceId, Collection<Long> painPointIds);
}

package app.tandem.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by the module that keeps the work (initiative): the initiatives an insight backs, for
 * the insight's page. {@code insight} does not depend on {@code initiative}; without an
 * implementation the page lists none.
 */
public interface InsightBacking {

    /** An initiative: its title, status in words, where its page is (e.g. {@code initiatives/12}), due date. */
    record Backed(long initiativeId, String title, String status, String path, LocalDate dueDate) {}

    /** The initiatives this insight of the workspace backs, by due date. */
    List<Backed> initiativesBackedBy(long workspaceId, long insightId);
}

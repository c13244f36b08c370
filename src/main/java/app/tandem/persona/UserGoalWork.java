package app.tandem.persona;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by the module that keeps the work (initiative): the initiatives that help or hurt a
 * user goal, and how much, for the user goal's page. {@code persona} does not depend on {@code
 * initiative}; without an implementation the page lists no work.
 */
public interface UserGoalWork {

    /**
     * An initiative that helps ({@code hurts} false) or hurts a user goal, with how much (1 a little to
     * 3 a lot): its title, status in words, where its page is (relative to the workspace, e.g. {@code
     * initiatives/12}) and its due date.
     */
    record Work(
            long initiativeId,
            String title,
            String status,
            String path,
            LocalDate dueDate,
            boolean hurts,
            int strength) {}

    /** The initiatives that help or hurt this user goal of the workspace, strongest first. */
    List<Work> forUserGoal(long workspaceId, long userGoalId);
}

package app.tandem.goal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by the module that keeps the work (initiative): the initiatives that serve a business
 * goal, and those expected to move a KPI, for the goal and KPI pages. {@code goal} does not depend on
 * {@code initiative}; without an implementation the pages list no work.
 */
public interface GoalWork {

    /**
     * An initiative linked to a goal: its title, status in words, where its page is (relative to the
     * workspace, e.g. {@code initiatives/12}), its due date, and the KPI contribution when it has one:
     * the KPI, the change expected in the KPI's unit (null when not given) and by when.
     */
    record Work(
            long initiativeId,
            String title,
            String status,
            String path,
            LocalDate dueDate,
            long goalId,
            @Nullable Long kpiId,
            @Nullable Double expectedChange,
            @Nullable LocalDate byDate) {}

    /** The initiatives that serve this goal of the workspace, by due date (at most a few hundred). */
    List<Work> servingGoal(long workspaceId, long goalId);

    /** The initiatives expected to move this KPI of the workspace, by the day they should have. */
    List<Work> expectedToMoveKpi(long workspaceId, long kpiId);
}

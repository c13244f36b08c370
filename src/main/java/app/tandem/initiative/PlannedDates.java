package app.tandem.initiative;

import app.tandem.workspace.WorkspaceContext;
import java.time.LocalDate;
import java.util.Map;

/**
 * The dates today's plan gives the open initiatives of a workspace, for the roadmap to draw against
 * their own (committed) dates. Implemented by {@code planning}, which depends on this module; the
 * roadmap draws none when no implementation is there.
 */
public interface PlannedDates {

    /** By initiative id, the first and last day the plan gives it; the caller has checked access. */
    Map<Long, Planned> of(WorkspaceContext context);

    /** A planned run, both days included. */
    record Planned(LocalDate start, LocalDate end) {}
}

package app.tandem.meeting.agenda;

import app.tandem.workspace.WorkspaceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Generates the part of a check-in's agenda that comes from the other modules: what changed in the
 * workspace since the last check-in. The check-ins add their own items (decisions due, overdue
 * action items) and what people add.
 */
public interface Agendas {

    /**
     * The agenda entries for what changed in {@code workspace} since {@code since}, in section order;
     * hand-offs due on or before {@code nextCheckIn}; only what concerns the business goal {@code
     * goalId} when one is given (a check-in per goal). Empty when nothing changed. Bounded: at most
     * a few dozen entries per section, the rest summed up in one entry.
     */
    List<AgendaEntry> changesSince(
            WorkspaceContext workspace, Instant since, LocalDate nextCheckIn, @Nullable Long goalId);
}

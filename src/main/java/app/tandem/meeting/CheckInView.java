package app.tandem.meeting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A check-in with its agenda and minutes.
 *
 * @param agendaGeneratedAt when its agenda was last generated; null before it was
 * @param agendaSince the start of the period the agenda covers: the previous check-in held, or the
 *     cadence's first date
 * @param agenda its items in order; removed ones are not listed
 * @param attendees the members who attended
 */
public record CheckInView(
        CheckInSummary checkIn,
        @Nullable Instant agendaGeneratedAt,
        Instant agendaSince,
        List<AgendaItemView> agenda,
        List<Ref> attendees,
        List<DecisionView> decisions,
        List<ActionItemView> actionItems) {

    public long id() {
        return checkIn.id();
    }

    public long version() {
        return checkIn.version();
    }
}

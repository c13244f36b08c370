package app.tandem.meeting.internal;

import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import java.sql.Time;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Check-ins" in a person's My work: the check-ins of the next {@link #DAYS} days in their
 * workspaces where they are an attendee or, while nobody's attendance is recorded, a member.
 */
@Component
@Transactional(readOnly = true)
class CheckInsForMe implements WorkForMe {

    static final int DAYS = 14;

    private final CheckInRepository checkIns;
    private final Clock clock = Clock.systemUTC();

    CheckInsForMe(CheckInRepository checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public String heading() {
        return "Check-ins";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<WorkItem> openFor(long userId, int limit) {
        Instant now = clock.instant();
        return checkIns
                .upcomingFor(userId, now, now.plus(Duration.ofDays(DAYS)), PageRequest.of(0, Math.max(1, limit)))
                .stream()
                .map(row -> {
                    Object start = row[5];
                    LocalTime time = start instanceof Time t ? t.toLocalTime() : (LocalTime) start;
                    return new WorkItem(
                            "Check-in",
                            (String) row[3],
                            (String) row[1],
                            (String) row[2],
                            "/w/" + row[1] + "/check-ins/" + ActionItemsForMe.Rows.number(row[0]),
                            ActionItemsForMe.Rows.date(row[4]),
                            false,
                            "Starts at " + time);
                })
                .toList();
    }

    @Override
    public long countFor(long userId) {
        Instant now = clock.instant();
        return checkIns.countUpcomingFor(userId, now, now.plus(Duration.ofDays(DAYS)));
    }
}

package app.tandem.meeting.internal;

import app.tandem.workspace.MyWorkspaces;
import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
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
    private final Workspaces workspaces;
    private final Clock clock = Clock.systemUTC();

    CheckInsForMe(CheckInRepository checkIns, Workspaces workspaces) {
        this.checkIns = checkIns;
        this.workspaces = workspaces;
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
        return open(userId, MyWorkspaces.of(workspaces.mine(userId)), limit);
    }

    @Override
    public List<WorkItem> openIn(long userId, WorkspaceContext workspace, int limit) {
        return open(userId, MyWorkspaces.of(List.of(workspace)), limit);
    }

    private List<WorkItem> open(long userId, MyWorkspaces mine, int limit) {
        if (mine.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return checkIns
                .upcomingFor(
                        userId, mine.ids(), now, now.plus(Duration.ofDays(DAYS)), PageRequest.of(0, Math.max(1, limit)))
                .stream()
                .map(row -> {
                    WorkspaceContext workspace = mine.get(row[1]);
                    Object start = row[4];
                    LocalTime time = start instanceof Time t ? t.toLocalTime() : (LocalTime) start;
                    return new WorkItem(
                            "Check-in",
                            (String) row[2],
                            workspace.slug(),
                            workspace.name(),
                            "/w/" + workspace.slug() + "/check-ins/" + ActionItemsForMe.Rows.number(row[0]),
                            ActionItemsForMe.Rows.date(row[3]),
                            false,
                            // (in the cadence's time zone, which it names: one team meets in Berlin, one in UTC)
                            "Starts at " + time + " " + row[5]);
                })
                .toList();
    }

    @Override
    public long countFor(long userId) {
        MyWorkspaces mine = MyWorkspaces.of(workspaces.mine(userId));
        if (mine.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        return checkIns.countUpcomingFor(userId, mine.ids(), now, now.plus(Duration.ofDays(DAYS)));
    }
}

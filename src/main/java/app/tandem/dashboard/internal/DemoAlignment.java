package app.tandem.dashboard.internal;

import app.tandem.dashboard.DashboardFilter;
import app.tandem.dashboard.DashboardView;
import app.tandem.dashboard.Dashboards;
import app.tandem.meeting.CheckInState;
import app.tandem.meeting.CheckInSummary;
import app.tandem.meeting.CheckIns;
import app.tandem.workspace.WorkspaceCreated;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Budgetly's alignment scores at last month's check-in, so the demo's trend has a point to start
 * from: the scores as the demo's work stands (it was all planned before that check-in), recorded on
 * its day. Runs after everything else of the demo (reviews: 70).
 */
@Component
class DemoAlignment {

    private final Dashboards dashboards;
    private final CheckIns checkIns;
    private final AlignmentScores scores;

    DemoAlignment(Dashboards dashboards, CheckIns checkIns, AlignmentScores scores) {
        this.dashboards = dashboards;
        this.checkIns = checkIns;
        this.scores = scores;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Order(80)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        Instant now = Instant.now();
        List<CheckInSummary> held =
                checkIns.list(event.slug(), event.creatorUserId(), null, Pageable.ofSize(20)).getContent().stream()
                        .filter(c -> c.startsAt().isBefore(now) && c.state() != CheckInState.CANCELLED)
                        .toList();
        if (held.isEmpty()) {
            return;
        }
        DashboardView today = dashboards.dashboard(event.slug(), event.creatorUserId(), DashboardFilter.everything());
        List<AlignmentScores.Today> then = today.alignment().stream()
                .filter(a -> a.score() != null)
                .map(a -> new AlignmentScores.Today(a.teamId(), a.score(), a.tracedWeeks(), a.totalWeeks()))
                .toList();
        scores.record(event.workspaceId(), held.getLast().date(), then);
    }
}

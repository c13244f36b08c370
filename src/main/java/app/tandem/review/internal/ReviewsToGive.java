package app.tandem.review.internal;

import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Reviews to give" in a person's inbox: the open reviews they are invited to and have not given a
 * verdict on, in the workspaces they are still a member of, the overdue first (then by due date, those
 * without one last).
 */
@Component
@Transactional(readOnly = true)
class ReviewsToGive implements WorkForMe {

    private final ReviewRepository reviews;
    private final Workspaces workspaces;
    private final Clock clock = Clock.systemUTC();

    ReviewsToGive(ReviewRepository reviews, Workspaces workspaces) {
        this.reviews = reviews;
        this.workspaces = workspaces;
    }

    @Override
    public String heading() {
        return "Reviews to give";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<WorkItem> openFor(long userId, int limit) {
        Map<Long, WorkspaceContext> mine = mine(userId);
        if (mine.isEmpty() || limit < 1) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return reviews.toGive(userId, mine.keySet(), PageRequest.of(0, limit)).stream()
                .map(r -> {
                    WorkspaceContext workspace = mine.get(r.workspaceId());
                    return new WorkItem(
                            "Review",
                            r.title(),
                            workspace.slug(),
                            workspace.name(),
                            "/w/" + workspace.slug() + "/reviews/" + r.id(),
                            r.dueDate(),
                            r.overdueOn(today),
                            r.kind().label() + ": give your verdict");
                })
                .toList();
    }

    @Override
    public long countFor(long userId) {
        Map<Long, WorkspaceContext> mine = mine(userId);
        return mine.isEmpty() ? 0 : reviews.countToGive(userId, mine.keySet());
    }

    private Map<Long, WorkspaceContext> mine(long userId) {
        return workspaces.mine(userId).stream().collect(Collectors.toMap(WorkspaceContext::id, Function.identity()));
    }
}

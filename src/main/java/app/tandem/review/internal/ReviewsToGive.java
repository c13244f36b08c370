package app.tandem.review.internal;

import app.tandem.workspace.MyWorkspaces;
import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
        return open(userId, MyWorkspaces.of(workspaces.mine(userId)), limit);
    }

    @Override
    public List<WorkItem> openIn(long userId, WorkspaceContext workspace, int limit) {
        return open(userId, MyWorkspaces.of(List.of(workspace)), limit);
    }

    private List<WorkItem> open(long userId, MyWorkspaces mine, int limit) {
        if (mine.isEmpty() || limit < 1) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return reviews.toGive(userId, mine.ids(), PageRequest.of(0, limit)).stream()
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
        MyWorkspaces mine = MyWorkspaces.of(workspaces.mine(userId));
        return mine.isEmpty() ? 0 : reviews.countToGive(userId, mine.ids());
    }
}

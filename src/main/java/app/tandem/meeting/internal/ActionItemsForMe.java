package app.tandem.meeting.internal;

import app.tandem.workspace.MyWorkspaces;
import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Action items" in a person's My work: their open action items, overdue first, then by due date. */
@Component
@Transactional(readOnly = true)
class ActionItemsForMe implements WorkForMe {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ActionItemRepository actionItems;
    private final Workspaces workspaces;
    private final Clock clock = Clock.systemUTC();

    ActionItemsForMe(ActionItemRepository actionItems, Workspaces workspaces) {
        this.actionItems = actionItems;
        this.workspaces = workspaces;
    }

    @Override
    public String heading() {
        return "Action items";
    }

    @Override
    public int order() {
        return 10;
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
        LocalDate today = LocalDate.now(clock);
        return actionItems.openFor(userId, mine.ids(), PageRequest.of(0, Math.max(1, limit))).stream()
                .map(row -> {
                    WorkspaceContext workspace = mine.get(row[5]);
                    LocalDate due = Rows.date(row[2]);
                    LocalDate held = Rows.date(row[4]);
                    return new WorkItem(
                            "Action item",
                            (String) row[1],
                            workspace.slug(),
                            workspace.name(),
                            "/w/" + workspace.slug() + "/check-ins/" + Rows.number(row[3]) + "#action-item-"
                                    + Rows.number(row[0]),
                            due,
                            due != null && due.isBefore(today),
                            held == null ? null : "From the check-in of " + DAY.format(held));
                })
                .toList();
    }

    @Override
    public long countFor(long userId) {
        MyWorkspaces mine = MyWorkspaces.of(workspaces.mine(userId));
        return mine.isEmpty() ? 0 : actionItems.countOpenFor(userId, mine.ids());
    }

    /** The values of native query rows, as the database driver gives them. */
    static final class Rows {

        private Rows() {}

        static long number(Object value) {
            return ((Number) value).longValue();
        }

        static @Nullable LocalDate date(@Nullable Object value) {
            if (value == null) {
                return null;
            }
            return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
        }
    }
}

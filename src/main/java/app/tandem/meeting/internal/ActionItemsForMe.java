package app.tandem.meeting.internal;

import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
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
    private final Clock clock = Clock.systemUTC();

    ActionItemsForMe(ActionItemRepository actionItems) {
        this.actionItems = actionItems;
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
        LocalDate today = LocalDate.now(clock);
        return actionItems.openFor(userId, PageRequest.of(0, Math.max(1, limit))).stream()
                .map(row -> {
                    LocalDate due = Rows.date(row[2]);
                    LocalDate held = Rows.date(row[4]);
                    return new WorkItem(
                            "Action item",
                            (String) row[1],
                            (String) row[5],
                            (String) row[6],
                            "/w/" + row[5] + "/check-ins/" + Rows.number(row[3]) + "#action-item-"
                                    + Rows.number(row[0]),
                            due,
                            due != null && due.isBefore(today),
                            held == null ? null : "From the check-in of " + DAY.format(held));
                })
                .toList();
    }

    @Override
    public long countFor(long userId) {
        return actionItems.countOpenFor(userId);
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

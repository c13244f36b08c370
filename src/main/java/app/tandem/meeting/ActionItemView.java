package app.tandem.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action item of a check-in; {@code overdue} when open past its due date. */
public record ActionItemView(
        long id,
        long checkInId,
        String text,
        Ref owner,
        @Nullable LocalDate due,
        ActionItemState state,
        boolean overdue,
        long version) {}

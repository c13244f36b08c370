package app.tandem.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action item as a person records it: what to do, who does it (a member, required) and by when;
 * its state OPEN when not given.
 */
public record ActionItemInput(
        @Nullable String text,
        @Nullable Long ownerId,
        @Nullable LocalDate due,
        @Nullable ActionItemState state) {

    public static final int TEXT_MAX = 1000;
}

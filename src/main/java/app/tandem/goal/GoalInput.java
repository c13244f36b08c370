package app.tandem.goal;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a person gives to create or change a goal. {@code status} defaults to active. A title has 1 to
 * {@link #TITLE_MAX} characters, a description at most {@link #DESCRIPTION_MAX}.
 */
public record GoalInput(
        @Nullable String title,
        @Nullable String description,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        @Nullable GoalStatus status,
        @Nullable Long parentId,
        @Nullable Long ownerId,
        @Nullable Set<Long> teamIds) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
}

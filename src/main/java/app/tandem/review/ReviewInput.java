package app.tandem.review;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a person gives to ask for a review or to replace one. A title has 1 to {@link #TITLE_MAX}
 * characters, a description at most {@link #DESCRIPTION_MAX}; the kind and the team whose work it is
 * are required (a team of the workspace); the initiative, if any, is the workspace's; the link, if any,
 * is an http or https address of at most {@link #LINK_MAX} characters; the due date is optional.
 */
public record ReviewInput(
        @Nullable String title,
        @Nullable String description,
        @Nullable ReviewKind kind,
        @Nullable Long teamId,
        @Nullable Long initiativeId,
        @Nullable String link,
        @Nullable LocalDate dueDate) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int LINK_MAX = 2000;
}

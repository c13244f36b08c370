package app.tandem.initiative;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person gives to propose or replace an initiative. A title has 1 to {@link #TITLE_MAX}
 * characters, a description (Markdown) at most {@link #DESCRIPTION_MAX}; the due date is not before
 * the start; the owner and every contributor are members of the workspace; the proposing team and
 * every team named are the workspace's. {@code confidence} defaults to medium. {@code needsWebForm}
 * (default false) says it has a landing page or form: a campaign with one needs an IT review.
 */
public record InitiativeInput(
        @Nullable String title,
        @Nullable String description,
        @Nullable InitiativeKind kind,
        @Nullable Long proposingTeamId,
        @Nullable Long ownerId,
        @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate,
        @Nullable Confidence confidence,
        @Nullable List<Effort> effort,
        @Nullable List<Contributor> contributors,
        @Nullable Boolean needsWebForm) {

    /** An initiative without a landing page or form of its own. */
    public InitiativeInput(
            @Nullable String title,
            @Nullable String description,
            @Nullable InitiativeKind kind,
            @Nullable Long proposingTeamId,
            @Nullable Long ownerId,
            @Nullable LocalDate startDate,
            @Nullable LocalDate dueDate,
            @Nullable Confidence confidence,
            @Nullable List<Effort> effort,
            @Nullable List<Contributor> contributors) {
        this(
                title,
                description,
                kind,
                proposingTeamId,
                ownerId,
                startDate,
                dueDate,
                confidence,
                effort,
                contributors,
                null);
    }

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    /** The most teams one initiative names effort for. */
    public static final int EFFORT_MAX = 50;
    /** The most person-weeks one team puts into one initiative (about 40 people for five years). */
    public static final double PERSON_WEEKS_MAX = 10_000;
    /** The most contributors one initiative has. */
    public static final int CONTRIBUTORS_MAX = 100;

    /** What one team puts in, in person-weeks (0 or more; 1.5 is a week and a half). */
    public record Effort(@Nullable Long teamId, @Nullable Double personWeeks) {}

    /** A person who works on the initiative, for a team (optional), in a RACI role. */
    public record Contributor(
            @Nullable Long userId,
            @Nullable Long teamId,
            @Nullable RaciRole role) {}
}

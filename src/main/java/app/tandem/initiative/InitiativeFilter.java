package app.tandem.initiative;

import org.jspecify.annotations.Nullable;

/**
 * Which initiatives a list shows; null lets everything through. {@code team} is a team's id or name
 * (any case) and matches the proposing team, a team putting in effort, or a contributor's team;
 * {@code ownerId} is a person's user id; {@code atRisk} true keeps the initiatives with a dependency
 * at risk, false those without; {@code goalId} keeps the initiatives serving that business goal.
 */
public record InitiativeFilter(
        @Nullable String team,
        @Nullable InitiativeKind kind,
        @Nullable InitiativeStatus status,
        @Nullable Long ownerId,
        @Nullable Boolean atRisk,
        @Nullable Long goalId) {

    public static final InitiativeFilter NONE = new InitiativeFilter(null, null, null, null, null, null);

    /** Without a goal. */
    public InitiativeFilter(
            @Nullable String team,
            @Nullable InitiativeKind kind,
            @Nullable InitiativeStatus status,
            @Nullable Long ownerId,
            @Nullable Boolean atRisk) {
        this(team, kind, status, ownerId, atRisk, null);
    }
}

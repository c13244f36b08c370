package app.tandem.persona;

import org.jspecify.annotations.Nullable;

/**
 * A user goal in the user's words, tied to one persona, with an importance from 1 to 5. A change
 * sends back the {@code version} it started from; a change made since is not overwritten.
 */
public record UserGoalView(
        long id,
        long personaId,
        String personaName,
        String sentence,
        int importance,
        @Nullable String howWeKnow,
        long version) {}

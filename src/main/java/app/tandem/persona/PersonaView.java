package app.tandem.persona;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A persona as pages and the API show it; an edit sends back the {@code version} it started from,
 * so a change made since is not overwritten.
 */
public record PersonaView(
        long id,
        String name,
        @Nullable String summary,
        PersonaKind kind,
        @Nullable Long teamId,
        @Nullable String teamName,
        @Nullable String quote,
        String initials,
        List<Fact> demographics,
        List<String> motivations,
        List<String> frustrations,
        List<String> goals,
        List<PersonaRef> builtFrom,
        Instant createdAt,
        long version) {

    public PersonaRef ref() {
        return new PersonaRef(id, name, kind);
    }
}

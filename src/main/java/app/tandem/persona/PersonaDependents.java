package app.tandem.persona;

import java.util.List;

/**
 * Implemented by other modules (journey maps) whose records depend on a persona: a persona is
 * only deleted when no implementation names a dependent.
 */
public interface PersonaDependents {

    /** Human descriptions of what depends on the persona, e.g. "journey map First month". */
    List<String> dependentsOf(long workspaceId, long personaId);
}

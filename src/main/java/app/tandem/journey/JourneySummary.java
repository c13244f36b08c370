package app.tandem.journey;

import org.jspecify.annotations.Nullable;

/** A journey map in a list. */
record JourneySummary(
        long id, String name, @Nullable String scenario, long personaId, String personaName, int stages) {}

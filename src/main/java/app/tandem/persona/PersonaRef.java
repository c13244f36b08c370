package app.tandem.persona;

/** A persona by id and name, for pickers and links in other modules. */
public record PersonaRef(long id, String name, PersonaKind kind) {}

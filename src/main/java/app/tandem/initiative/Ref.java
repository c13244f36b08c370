package app.tandem.initiative;

/** Something named an initiative points at: a team, a person. */
public record Ref(long id, String name) {}

package app.tandem.discovery;

/** Something named that a session points at: a team, a person, a goal, an initiative. */
public record Ref(long id, String name) {}

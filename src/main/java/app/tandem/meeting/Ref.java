package app.tandem.meeting;

/** Something a check-in names (a person, a team, a goal, an initiative), by id and name. */
public record Ref(long id, String name) {}

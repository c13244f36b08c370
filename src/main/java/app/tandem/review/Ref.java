package app.tandem.review;

/** Something a review names: a team, a person, an initiative. */
public record Ref(long id, String name) {}

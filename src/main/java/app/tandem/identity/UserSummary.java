package app.tandem.identity;

/** What other modules may know of a person. */
public record UserSummary(long id, String email, String displayName) {}

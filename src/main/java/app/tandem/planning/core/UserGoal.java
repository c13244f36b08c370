package app.tandem.planning.core;

/** What a user wants to achieve, in one sentence, with its importance from 1 to 5. */
public record UserGoal(long id, String sentence, int importance) {}

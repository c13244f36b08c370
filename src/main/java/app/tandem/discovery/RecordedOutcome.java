package app.tandem.discovery;

/** An outcome just recorded, and its session as it now stands. */
public record RecordedOutcome(SessionView session, SessionView.OutcomeView outcome) {}

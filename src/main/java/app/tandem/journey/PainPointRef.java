package app.tandem.journey;

/** A pain point as other modules name it: where it hurts (map and stage), what, and how much (1–3). */
public record PainPointRef(
        long id, long stageId, long journeyId, String journeyName, String stageName, String text, int severity) {

    /** "First month › Onboard: the second e-mail is one too many". */
    public String label() {
        return journeyName + " › " + stageName + ": " + text;
    }
}

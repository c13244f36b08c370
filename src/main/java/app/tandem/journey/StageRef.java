package app.tandem.journey;

/** A journey stage as a picker shows it: "First month · Onboard". */
public record StageRef(long id, String journeyName, String stageName) {

    /** The journey map's name and the stage's, for a picker's option. */
    public String label() {
        return journeyName + " · " + stageName;
    }
}

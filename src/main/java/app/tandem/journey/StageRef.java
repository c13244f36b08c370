package app.tandem.journey;

/** A journey stage as other modules name it: its map and its name ("First month › Onboard"). */
public record StageRef(long id, long journeyId, String journeyName, String name) {

    /** "First month › Onboard". */
    public String label() {
        return journeyName + " › " + name;
    }
}

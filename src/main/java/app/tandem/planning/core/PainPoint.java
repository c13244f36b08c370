package app.tandem.planning.core;

/**
 * A pain point on a journey stage of a journey map, with its severity from 1 (an annoyance) to 3
 * (users give up); {@code addressed} when an initiative linked to it is done.
 */
public record PainPoint(long id, long stageId, long journeyId, String text, int severity, boolean addressed) {

    /** The severity from which a pain point makes a campaign's promise a conflict. */
    public static final int SEVERE = 3;
}

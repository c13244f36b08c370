package app.tandem.initiative;

/** How sure the proposers are of the initiative's dates, effort and outcome. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH
}

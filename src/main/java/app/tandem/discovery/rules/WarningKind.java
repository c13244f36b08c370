package app.tandem.discovery.rules;

/** What is missing from the people of a discovery session. */
public enum WarningKind {
    /** Only people who lead the work, nobody who executes it. */
    ONLY_LEADS,
    /** Nobody from IT, while an involved initiative needs infrastructure or an IT review. */
    IT_ABSENT,
    /** A team whose work is involved has nobody there. */
    TEAM_ABSENT
}

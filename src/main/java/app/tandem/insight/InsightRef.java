package app.tandem.insight;

/** An insight as other modules name it: its title, how many users it reached, and how strong it is. */
public record InsightRef(long id, String title, int reach, EvidenceStrength strength) {}

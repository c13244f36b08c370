package app.tandem.insight;

/**
 * A persona, user goal, journey stage or pain point with its name and where its page is, below the
 * workspace's address ({@code personas/5}, {@code journeys/3/stages/12}).
 */
public record NamedTarget(EvidenceTarget target, String label, String path) {}

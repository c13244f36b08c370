package app.tandem.insight;

/**
 * A persona, user goal, journey stage or pain point with its name and where its page is, below the
 * workspace's address ({@code personas/5}, {@code journeys/3#stage-12}).
 */
public record NamedTarget(EvidenceTarget target, String label, String path) {

    /** The page's path without the place on it: {@code journeys/3} of {@code journeys/3#stage-12}. */
    public String page() {
        int hash = path.indexOf('#');
        return hash < 0 ? path : path.substring(0, hash);
    }

    /**
     * The place on the page, {@code #stage-12}, or nothing: a link adds it after the path it builds,
     * since a {@code #} inside a path variable is escaped ({@code %23}) and makes an address no page has.
     */
    public String fragment() {
        int hash = path.indexOf('#');
        return hash < 0 ? "" : path.substring(hash);
    }
}

package app.tandem.review;

/** What sort of work is reviewed. */
public enum ReviewKind {
    DESIGN_REVIEW("Design review"),
    CAMPAIGN_BRAINSTORM("Campaign brainstorm"),
    INITIATIVE_REVIEW("Initiative review"),
    OTHER("Other");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

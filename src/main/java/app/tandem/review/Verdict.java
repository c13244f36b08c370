package app.tandem.review;

/** What a reviewer says of the work: concerns and a block come with the reason. */
public enum Verdict {
    APPROVE("Approve"),
    CONCERNS("Concerns"),
    BLOCK("Block");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the reviewer must say why: everything but an approval. */
    public boolean needsReason() {
        return this != APPROVE;
    }
}

package app.tandem.review;

/** Whether a review still takes comments and verdicts. */
public enum ReviewState {
    /** Reviewers comment and give verdicts. */
    OPEN("Open"),
    /** Done: it keeps its comments and verdicts and takes no more until it is reopened. */
    CLOSED("Closed");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

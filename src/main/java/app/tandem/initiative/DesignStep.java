package app.tandem.initiative;

/** The five information-design steps of a feature, in the order they are taken. */
public enum DesignStep {
    PROBLEM("Define the problem", "What problem of the user does it solve, and how do we know?"),
    DATA("Define the data", "Which data does the user need, and where does it come from?"),
    DIMENSIONS("Define the dimensions", "Along which dimensions does the user look at that data?"),
    STRUCTURES("Define the structures", "How is it organised: lists, hierarchies, timelines, maps?"),
    INTERACTION("Define the interaction", "How does the user move through it and act on it?");

    private final String label;
    private final String question;

    DesignStep(String label, String question) {
        this.label = label;
        this.question = question;
    }

    /** "Define the problem". */
    public String label() {
        return label;
    }

    /** The question the step answers. */
    public String question() {
        return question;
    }
}

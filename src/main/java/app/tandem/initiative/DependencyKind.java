package app.tandem.initiative;

/** What the dependant initiative needs from the providing one. */
public enum DependencyKind {
    NEEDS_DESIGN_ASSETS("design assets"),
    NEEDS_INFRASTRUCTURE("infrastructure"),
    NEEDS_FEATURE("a feature"),
    NEEDS_CONTENT("content"),
    NEEDS_DECISION("a decision"),
    OTHER("something else");

    private final String words;

    DependencyKind(String words) {
        this.words = words;
    }

    /** The kind as a page shows it: "Needs design assets". */
    public String label() {
        return "Needs " + words;
    }

    /** What is needed, as a sentence says it: "design assets". */
    public String words() {
        return words;
    }
}

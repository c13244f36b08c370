package app.tandem.initiative;

/** Whether the provider has handed off what the dependant needs. */
public enum DependencyState {
    OPEN("Open"),
    DELIVERED("Delivered");

    private final String label;

    DependencyState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

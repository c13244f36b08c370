package app.tandem.initiative;

/** Whether the provider has handed off what the dependant needs. */
public enum DependencyState {
    OPEN,
    DELIVERED
}

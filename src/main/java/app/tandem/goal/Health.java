package app.tandem.goal;

import app.tandem.goal.health.HealthRules;

/** How a KPI is doing, from its latest measurement (see {@link HealthRules}). */
public enum Health {
    NO_DATA("No data"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    OFF_TRACK("Off track"),
    GUARDRAIL_BREACHED("Guardrail breached");

    private final String label;

    Health(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** CSS modifier of the health badge. */
    public String css() {
        return name().toLowerCase().replace('_', '-');
    }
}

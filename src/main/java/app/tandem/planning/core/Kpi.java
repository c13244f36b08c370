package app.tandem.planning.core;

/**
 * A KPI: {@code gap} is what remains to the target, as a positive number in the KPI's unit (0 when
 * reached); a guardrail KPI is one that must not get worse.
 */
public record Kpi(long id, String name, boolean higherIsBetter, double gap, Health health, boolean guardrail) {

    public enum Health {
        ON_TRACK,
        AT_RISK,
        OFF_TRACK,
        UNKNOWN
    }
}

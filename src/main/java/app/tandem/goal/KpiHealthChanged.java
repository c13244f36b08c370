package app.tandem.goal;

/**
 * A KPI's health moved, because a measurement was added, revised, imported or deleted, or the KPI's
 * baseline, target or guardrails changed. Check-ins and the dashboard listen to it.
 */
public record KpiHealthChanged(
        long workspaceId, long kpiId, String kpiName, Health from, Health to, String explanation) {}

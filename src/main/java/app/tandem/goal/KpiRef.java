package app.tandem.goal;

/** A KPI as a goal lists it: its name and health. */
public record KpiRef(long id, String name, Health health) {}

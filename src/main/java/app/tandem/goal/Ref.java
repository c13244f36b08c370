package app.tandem.goal;

/** Something named that a goal or KPI points at: a team, a goal, the owner. */
public record Ref(long id, String name) {}

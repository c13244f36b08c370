package app.tandem.planning;

import app.tandem.planning.core.PlanChanges;

/** How the plan moved from one saved plan ({@code from}) to another ({@code to}), in a sentence and in detail. */
public record SnapshotComparison(SnapshotView from, SnapshotView to, String summary, PlanChanges changes) {}

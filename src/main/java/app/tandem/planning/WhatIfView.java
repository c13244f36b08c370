package app.tandem.planning;

import app.tandem.planning.core.PlanChanges;

/** What a what-if would change (ranks, dates, conflicts), in a sentence and in detail; nothing was saved. */
public record WhatIfView(String model, String summary, PlanChanges changes) {}

package app.tandem.planning.core;

/** A business goal with its weight from 1 (nice to have) to 5 (what the business lives on). */
public record Goal(long id, String title, int weight) {}

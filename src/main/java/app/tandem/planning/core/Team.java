package app.tandem.planning.core;

/** A team and how many person-weeks of work it can do each week. */
public record Team(long id, String name, double capacity) {}

package app.tandem.insight;

/** The theme an insight is in: enough to name it and link to it. */
public record ThemeRef(long id, String name) {}

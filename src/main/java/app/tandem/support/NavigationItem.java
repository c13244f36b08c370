package app.tandem.support;

/**
 * An entry in the workspace navigation, contributed by a module as a bean. {@code path} is relative
 * to the workspace ({@code "insights"} becomes {@code /w/budgetly/insights}); {@code order} places
 * it among the others.
 */
public record NavigationItem(String label, String path, int order) {}

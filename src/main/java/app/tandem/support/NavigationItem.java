package app.tandem.support;

import java.util.List;

/**
 * An entry in the workspace navigation, contributed by a module as a bean. {@code path} is relative
 * to the workspace ({@code "insights"} becomes {@code /w/budgetly/insights}); {@code order} places
 * it among the others. {@code alsoFor} names other paths whose pages belong to this entry (the KPI
 * pages {@code "kpis"} to Goals &amp; KPIs), so the layout marks it as the current section there.
 */
public record NavigationItem(String label, String path, int order, List<String> alsoFor) {

    public NavigationItem {
        alsoFor = List.copyOf(alsoFor);
    }

    public NavigationItem(String label, String path, int order) {
        this(label, path, order, List.of());
    }
}

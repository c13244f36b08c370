package app.tandem.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The workspace navigation: the items modules contribute, and the capabilities still to come,
 * shown greyed so a newcomer sees where the product is going.
 */
@Component
public class Navigation {

    /** One entry as the layout draws it. */
    public record Entry(String label, String path, boolean available) {}

    private static final List<NavigationItem> PLANNED = List.of(
            new NavigationItem("Personas", "personas", 20),
            new NavigationItem("Journeys", "journeys", 30),
            new NavigationItem("Insights", "insights", 40),
            new NavigationItem("Goals & KPIs", "goals", 50),
            new NavigationItem("Initiatives", "initiatives", 60),
            new NavigationItem("Plan", "plan", 70),
            new NavigationItem("Check-ins", "check-ins", 80),
            new NavigationItem("Dashboard", "dashboard", 90));

    private final List<Entry> entries;
    private final List<NavigationItem> items;

    Navigation(List<NavigationItem> items) {
        Set<String> available = items.stream().map(NavigationItem::label).collect(Collectors.toSet());
        List<NavigationItem> all = new ArrayList<>(items);
        PLANNED.stream().filter(p -> !available.contains(p.label())).forEach(all::add);
        this.items = List.copyOf(items);
        this.entries = all.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .map(i -> new Entry(i.label(), i.path(), available.contains(i.label())))
                .toList();
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The section a page of the workspace belongs to, for the layout to mark as current: the path of
     * the entry whose {@code path} or {@code alsoFor} is the longest leading part of {@code
     * pathInWorkspace} (whole segments only: {@code "insights/rules"} belongs to the entry that names
     * it, {@code "insights/42"} to {@code "insights"}); an empty path is the overview. A page no
     * entry claims (the workspace's settings) is its own section, its first segment.
     */
    public String sectionOf(String pathInWorkspace) {
        String path = pathInWorkspace.replaceAll("^/+|/+$", "");
        @Nullable String best = null;
        int bestLength = -1;
        for (NavigationItem item : items) {
            List<String> claimed = new ArrayList<>(item.alsoFor());
            claimed.add(item.path());
            for (String prefix : claimed) {
                boolean matches =
                        prefix.isEmpty() ? path.isEmpty() : path.equals(prefix) || path.startsWith(prefix + "/");
                if (matches && prefix.length() > bestLength) {
                    best = item.path();
                    bestLength = prefix.length();
                }
            }
        }
        if (best != null) {
            return best;
        }
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}

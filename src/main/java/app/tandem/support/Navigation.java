package app.tandem.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    Navigation(List<NavigationItem> items) {
        Set<String> available = items.stream().map(NavigationItem::label).collect(Collectors.toSet());
        List<NavigationItem> all = new ArrayList<>(items);
        PLANNED.stream().filter(p -> !available.contains(p.label())).forEach(all::add);
        this.entries = all.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .map(i -> new Entry(i.label(), i.path(), available.contains(i.label())))
                .toList();
    }

    public List<Entry> entries() {
        return entries;
    }
}

package app.tandem.workspace.web;

import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A person's own inbox: what every module that gives people something to do ({@link WorkForMe})
 * has open for them, one section per module, in the modules' order.
 */
@Component
class MyWork {

    /** At most this many items per section on the page and in the API. */
    static final int MAX_PER_SECTION = 100;

    private final ObjectProvider<WorkForMe> sources;

    MyWork(ObjectProvider<WorkForMe> sources) {
        this.sources = sources;
    }

    /** One section of the inbox: its items (at most the limit) and how many there are in all. */
    record Section(String heading, long count, List<WorkItem> items) {

        public boolean more() {
            return count > items.size();
        }
    }

    /** The inbox: its sections and the number of open items in all. */
    record Inbox(long total, List<Section> sections) {}

    Inbox of(long userId, int limit) {
        int bounded = Math.clamp(limit, 1, MAX_PER_SECTION);
        List<Section> sections = ordered().stream()
                .map(source -> new Section(source.heading(), source.countFor(userId), source.openFor(userId, bounded)))
                .toList();
        return new Inbox(sections.stream().mapToLong(Section::count).sum(), sections);
    }

    /** How many open items the person has, for the count beside "My work" in the navigation. */
    long count(long userId) {
        return ordered().stream().mapToLong(source -> source.countFor(userId)).sum();
    }

    private List<WorkForMe> ordered() {
        return sources.stream()
                .sorted(Comparator.comparingInt(WorkForMe::order).thenComparing(WorkForMe::heading))
                .toList();
    }
}

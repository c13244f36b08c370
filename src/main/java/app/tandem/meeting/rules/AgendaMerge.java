package app.tandem.meeting.rules;

import app.tandem.meeting.agenda.AgendaEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What regenerating an agenda does to the items it has: an item a person added stays where it is;
 * a generated item that is generated again stays where people put it (with the new detail); one
 * that is not generated any more goes; one that people removed stays removed (it is not added back
 * when generated again); what is new comes after the rest, in section order.
 */
public final class AgendaMerge {

    private AgendaMerge() {}

    /**
     * An item the agenda has.
     *
     * @param id its id
     * @param key {@link #key} of the entry it was generated from; null when a person added it
     * @param removed people removed it
     */
    public record Existing(long id, @Nullable String key, boolean removed) {}

    /**
     * One place in the agenda after the merge: an item it had ({@code id}, with {@code entry} the
     * fresh entry when it was generated again, null when a person added it) or a new item ({@code id}
     * null).
     */
    public record Place(@Nullable Long id, @Nullable AgendaEntry entry) {}

    /**
     * @param order the agenda's items in order, as they are to be shown
     * @param deleted the ids of generated items not generated again (and not removed by people)
     */
    public record Result(List<Place> order, List<Long> deleted) {}

    /** What identifies a generated entry from one generation to the next: section, title and link. */
    public static String key(AgendaEntry entry) {
        return entry.section().name() + "|" + entry.title() + "|" + Objects.requireNonNullElse(entry.path(), "");
    }

    /** Merges {@code fresh} (in section order) into {@code existing} (in the agenda's order). */
    public static Result merge(List<Existing> existing, List<AgendaEntry> fresh) {
        Map<String, AgendaEntry> byKey = new LinkedHashMap<>();
        for (AgendaEntry entry : fresh) {
            byKey.putIfAbsent(key(entry), entry);
        }
        Set<String> known = new HashSet<>();
        List<Place> order = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        for (Existing item : existing) {
            if (item.key() == null) {
                if (!item.removed()) {
                    order.add(new Place(item.id(), null));
                }
                continue;
            }
            if (item.removed()) {
                known.add(item.key());
                continue;
            }
            AgendaEntry again = byKey.get(item.key());
            if (again == null || !known.add(item.key())) {
                deleted.add(item.id());
            } else {
                order.add(new Place(item.id(), again));
            }
        }
        for (var entry : byKey.entrySet()) {
            if (!known.contains(entry.getKey())) {
                order.add(new Place(null, entry.getValue()));
            }
        }
        return new Result(order, deleted);
    }
}

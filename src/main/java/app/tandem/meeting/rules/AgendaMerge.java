package app.tandem.meeting.rules;

import app.tandem.meeting.agenda.AgendaEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What regenerating an agenda does to the items it has: an item a person added stays where it is;
 * a generated item that is generated again stays where people put it (with the new detail, and
 * with its notes, which the caller keeps on the item); one that is not generated any more goes; one
 * that people removed stays removed (it is not added back when generated again); what is new comes
 * after the rest, in section order.
 *
 * <p>"Generated again" is decided in three passes, each only among what the earlier ones left: the
 * same section, title and link; then the same section and link with a title that differs only in
 * its numbers ("7 new insights" and "9 new insights"); then the same section and link where only
 * one fresh entry has them (a KPI's health "on track → at risk" and later "at risk → off track").
 */
public final class AgendaMerge {

    private static final Pattern NUMBERS = Pattern.compile("\\d+(?:[.,]\\d+)*");

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

    /** What an item keeps of the entry it was generated from: section, title and link. */
    public static String key(AgendaEntry entry) {
        return entry.section().name() + "|" + entry.title() + "|" + Objects.requireNonNullElse(entry.path(), "");
    }

    /** A key split back into section, title and link (the title may hold a "|"; the others do not). */
    private record Parts(String section, String title, String path) {

        static Parts of(String key) {
            int first = key.indexOf('|');
            int last = key.lastIndexOf('|');
            if (first < 0 || last <= first) {
                return new Parts(key, "", "");
            }
            return new Parts(key.substring(0, first), key.substring(first + 1, last), key.substring(last + 1));
        }

        static Parts of(AgendaEntry entry) {
            return new Parts(entry.section().name(), entry.title(), Objects.requireNonNullElse(entry.path(), ""));
        }

        String place() {
            return section + "|" + path;
        }

        String withoutNumbers() {
            return section + "|" + NUMBERS.matcher(title).replaceAll("#") + "|" + path;
        }
    }

    /** Merges {@code fresh} (in section order) into {@code existing} (in the agenda's order). */
    public static Result merge(List<Existing> existing, List<AgendaEntry> fresh) {
        List<AgendaEntry> entries = new ArrayList<>();
        Set<String> exact = new HashSet<>();
        for (AgendaEntry entry : fresh) {
            if (exact.add(key(entry))) {
                entries.add(entry);
            }
        }
        Map<String, Integer> perPlace = new HashMap<>();
        entries.forEach(e -> perPlace.merge(Parts.of(e).place(), 1, Integer::sum));

        // which fresh entry (by index) each generated item is matched to, pass by pass
        Map<Long, Integer> matched = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        List<Function<Parts, String>> passes =
                List.of(p -> p.section() + "|" + p.title() + "|" + p.path(), Parts::withoutNumbers, Parts::place);
        for (int pass = 0; pass < passes.size(); pass++) {
            Function<Parts, String> likeness = passes.get(pass);
            Map<String, List<Integer>> candidates = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Parts parts = Parts.of(entries.get(i));
                if (!taken.contains(i) && (pass < 2 || perPlace.get(parts.place()) == 1)) {
                    candidates
                            .computeIfAbsent(likeness.apply(parts), k -> new ArrayList<>())
                            .add(i);
                }
            }
            for (Existing item : existing) {
                if (item.key() == null || matched.containsKey(item.id())) {
                    continue;
                }
                List<Integer> same = candidates.get(likeness.apply(Parts.of(item.key())));
                if (same != null && !same.isEmpty()) {
                    int index = same.removeFirst();
                    taken.add(index);
                    matched.put(item.id(), index);
                }
            }
        }

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
                continue;
            }
            Integer index = matched.get(item.id());
            if (index == null) {
                deleted.add(item.id());
            } else {
                order.add(new Place(item.id(), entries.get(index)));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!taken.contains(i)) {
                order.add(new Place(null, entries.get(i)));
            }
        }
        return new Result(order, deleted);
    }
}

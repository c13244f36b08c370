package app.tandem.insight.theme;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A first name for a new theme, from what its insights share (pure Java): the tag most of them
 * carry, otherwise the title of the insight that speaks for the most users. People rename themes.
 */
final class ThemeNaming {

    private ThemeNaming() {}

    /** What naming needs of an insight. */
    record Member(String title, int reach, Collection<String> tags) {}

    /**
     * The tag carried by the most members when at least two and at least half of them carry it
     * ("savings-goals" → "Savings goals"; ties go to the alphabetically first tag), otherwise the
     * title of the member with the highest reach (the first of them on a tie).
     */
    static String name(List<Member> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A theme has insights");
        }
        Map<String, Integer> counts = new TreeMap<>();
        members.forEach(m -> Set.copyOf(m.tags()).forEach(tag -> counts.merge(tag, 1, Integer::sum)));
        var top = counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
        if (top.isPresent() && top.get().getValue() >= 2 && top.get().getValue() * 2 >= members.size()) {
            return fit(humanize(top.get().getKey()));
        }
        Member widest = members.getFirst();
        for (Member m : members) {
            if (m.reach() > widest.reach()) {
                widest = m;
            }
        }
        return fit(widest.title());
    }

    /** "savings-goals" → "Savings goals". */
    static String humanize(String tag) {
        String words = tag.replace('-', ' ').strip();
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String fit(String name) {
        return fit(name, Theme.MAX_NAME);
    }

    private static String fit(String name, int max) {
        String n = name.strip().replaceAll("\\s+", " ");
        return n.length() <= max ? n : n.substring(0, max - 1).strip() + "…";
    }
}

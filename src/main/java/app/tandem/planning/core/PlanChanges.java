package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The difference between two plans (a what-if against today's plan, or two saved plans): initiatives
 * whose rank moved (the biggest moves first), that came into or left the plan, whose planned dates
 * moved, and the conflicts that appeared or went away. A conflict is the same one when its kind and
 * its initiatives are the same (its reason may name other dates).
 */
public record PlanChanges(
        List<RankMove> ranks, List<DateMove> dates, List<Conflict> conflictsAdded, List<Conflict> conflictsGone) {

    public PlanChanges {
        ranks = List.copyOf(ranks);
        dates = List.copyOf(dates);
        conflictsAdded = List.copyOf(conflictsAdded);
        conflictsGone = List.copyOf(conflictsGone);
    }

    /**
     * A rank that moved; {@code from} is null for an initiative new in the plan, {@code to} for one that
     * left it; {@code gained} the places gained (positive) or lost (negative), 0 when it came or left.
     */
    public record RankMove(
            long itemId,
            String title,
            @Nullable Integer from,
            @Nullable Integer to,
            int gained) {

        public static RankMove of(long itemId, String title, @Nullable Integer from, @Nullable Integer to) {
            return new RankMove(itemId, title, from, to, from == null || to == null ? 0 : from - to);
        }
    }

    /** Planned dates that moved; {@code days} is how many days the end moved (later is positive). */
    public record DateMove(
            long itemId,
            String title,
            LocalDate fromStart,
            LocalDate fromEnd,
            LocalDate toStart,
            LocalDate toEnd,
            long days) {

        public static DateMove of(
                long itemId, String title, LocalDate fromStart, LocalDate fromEnd, LocalDate toStart, LocalDate toEnd) {
            return new DateMove(
                    itemId, title, fromStart, fromEnd, toStart, toEnd, toEnd.toEpochDay() - fromEnd.toEpochDay());
        }
    }

    /** Whether nothing moved. */
    public boolean nothingMoved() {
        return ranks.isEmpty() && dates.isEmpty() && conflictsAdded.isEmpty() && conflictsGone.isEmpty();
    }

    public static PlanChanges between(PlanOutline before, PlanOutline after) {
        Map<Long, PlanOutline.Entry> old = new LinkedHashMap<>();
        before.entries().forEach(e -> old.put(e.itemId(), e));
        List<RankMove> ranks = new ArrayList<>();
        List<DateMove> dates = new ArrayList<>();
        Map<Long, PlanOutline.Entry> now = new HashMap<>();
        for (PlanOutline.Entry entry : after.entries()) {
            now.put(entry.itemId(), entry);
            PlanOutline.Entry was = old.get(entry.itemId());
            if (was == null) {
                ranks.add(RankMove.of(entry.itemId(), entry.title(), null, entry.rank()));
                continue;
            }
            if (was.rank() != entry.rank()) {
                ranks.add(RankMove.of(entry.itemId(), entry.title(), was.rank(), entry.rank()));
            }
            if (!was.start().equals(entry.start()) || !was.end().equals(entry.end())) {
                dates.add(
                        DateMove.of(entry.itemId(), entry.title(), was.start(), was.end(), entry.start(), entry.end()));
            }
        }
        for (PlanOutline.Entry was : old.values()) {
            if (!now.containsKey(was.itemId())) {
                ranks.add(RankMove.of(was.itemId(), was.title(), was.rank(), null));
            }
        }
        ranks.sort(Comparator.comparingInt((RankMove m) -> -Math.abs(m.gained()))
                .thenComparingInt(m -> m.to() == null ? Integer.MAX_VALUE : m.to()));
        dates.sort(Comparator.comparingLong((DateMove m) -> -Math.abs(m.days())).thenComparingLong(DateMove::itemId));
        return new PlanChanges(
                ranks,
                dates,
                missing(after.conflicts(), before.conflicts()),
                missing(before.conflicts(), after.conflicts()));
    }

    /** The conflicts of {@code in} that {@code from} does not have. */
    private static List<Conflict> missing(List<Conflict> in, List<Conflict> from) {
        Map<String, Integer> known = new HashMap<>();
        from.forEach(c -> known.merge(key(c), 1, Integer::sum));
        List<Conflict> missing = new ArrayList<>();
        for (Conflict c : in) {
            String key = key(c);
            Integer count = known.get(key);
            if (count == null || count == 0) {
                missing.add(c);
            } else {
                known.put(key, count - 1);
            }
        }
        return missing;
    }

    private static String key(Conflict c) {
        return c.kind() + ":" + c.itemIds().stream().sorted().toList();
    }
}

package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a saved plan keeps, and what two plans are compared on: each ranked initiative's rank, score
 * and planned dates, and the conflicts.
 */
public record PlanOutline(List<Entry> entries, List<Conflict> conflicts) {

    public PlanOutline {
        entries = List.copyOf(entries);
        conflicts = List.copyOf(conflicts);
    }

    /** One initiative as the plan placed it. */
    public record Entry(long itemId, String title, int rank, double score, LocalDate start, LocalDate end) {}

    public static PlanOutline of(Plan plan) {
        List<Entry> entries = new ArrayList<>(plan.ranking().items().size());
        java.util.Map<Long, Schedule.Slot> slots = new java.util.HashMap<>();
        plan.schedule().slots().forEach(s -> slots.put(s.itemId(), s));
        for (Ranking.Ranked ranked : plan.ranking().items()) {
            Schedule.Slot slot = slots.get(ranked.itemId());
            if (slot != null) {
                entries.add(new Entry(
                        ranked.itemId(),
                        ranked.title(),
                        ranked.rank(),
                        ranked.score().value(),
                        slot.start(),
                        slot.end()));
            }
        }
        return new PlanOutline(entries, plan.conflicts());
    }
}

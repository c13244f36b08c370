package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.List;

/**
 * When each open initiative is planned to run, from {@code firstWeek} (the first Monday on or after
 * today), in rank order; the capacity conflicts of committed work.
 */
public record Schedule(LocalDate firstWeek, List<Slot> slots, List<Conflict> conflicts) {

    public Schedule {
        slots = slots instanceof ScheduledSlots ? slots : List.copyOf(slots);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * An initiative's planned start and end (both days included); {@code fixed} when it is committed
     * or in progress and keeps its own dates.
     */
    public record Slot(long itemId, LocalDate start, LocalDate end, boolean fixed) {}

    /** The slot of one initiative. */
    public Slot slot(long itemId) {
        if (slots instanceof ScheduledSlots computed) {
            int i = computed.indexOf(itemId);
            if (i >= 0) {
                return computed.get(i);
            }
            throw new IllegalArgumentException("Initiative " + itemId + " is not in the schedule");
        }
        for (Slot slot : slots) {
            if (slot.itemId() == itemId) {
                return slot;
            }
        }
        throw new IllegalArgumentException("Initiative " + itemId + " is not in the schedule");
    }
}

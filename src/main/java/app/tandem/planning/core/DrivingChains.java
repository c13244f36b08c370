package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The critical path of one initiative: the chain of work it waits on. Its last provider to finish
 * (the one whose end sets the earliest day it can start), then that provider's last provider to
 * finish, and so on, first to last. Ties go to the smaller id. Only planned (open) initiatives count:
 * done or dropped providers wait on nothing.
 */
public final class DrivingChains {

    private final Map<Long, Schedule.Slot> slots = new HashMap<>();
    private final Map<Long, List<Long>> providers = new HashMap<>();

    public DrivingChains(Schedule schedule, List<Dependency> dependencies) {
        schedule.slots().forEach(s -> slots.put(s.itemId(), s));
        for (Dependency d : dependencies) {
            if (slots.containsKey(d.dependantId()) && slots.containsKey(d.providerId())) {
                providers
                        .computeIfAbsent(d.dependantId(), k -> new ArrayList<>())
                        .add(d.providerId());
            }
        }
    }

    /** The initiatives {@code itemId} waits on, the first to start first; empty when it waits on none. */
    public List<Long> of(long itemId) {
        List<Long> chain = new ArrayList<>();
        long current = itemId;
        while (chain.size() <= slots.size()) {
            Long latest = null;
            for (long p : providers.getOrDefault(current, List.of())) {
                if (latest == null
                        || slots.get(p).end().isAfter(slots.get(latest).end())
                        || (slots.get(p).end().equals(slots.get(latest).end()) && p < latest)) {
                    latest = p;
                }
            }
            if (latest == null) {
                break;
            }
            chain.addFirst(latest);
            current = latest;
        }
        return chain;
    }
}

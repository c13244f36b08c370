package app.tandem.planning.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Days of slack per initiative id, read from arrays instead of a million boxed entries; unmodifiable. */
final class SlackMap extends AbstractMap<Long, Long> {

    private final long[] ids;
    private final long[] slack;
    private final ScheduledSlots slots;

    SlackMap(ScheduledSlots slots, long[] slack) {
        this.ids = slots.ids;
        this.slack = slack;
        this.slots = slots;
    }

    long slackOf(long itemId) {
        int i = slots.indexOf(itemId);
        if (i < 0) {
            throw new IllegalArgumentException("Initiative " + itemId + " is not in the schedule");
        }
        return slack[i];
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return key instanceof Long id && slots.indexOf(id) >= 0;
    }

    @Override
    public @Nullable Long get(@Nullable Object key) {
        if (key instanceof Long id) {
            int i = slots.indexOf(id);
            return i < 0 ? null : slack[i];
        }
        return null;
    }

    @Override
    public Set<Map.Entry<Long, Long>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return ids.length;
            }

            @Override
            public Iterator<Map.Entry<Long, Long>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ids.length;
                    }

                    @Override
                    public Map.Entry<Long, Long> next() {
                        if (next >= ids.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(ids[i], slack[i]);
                    }
                };
            }
        };
    }
}

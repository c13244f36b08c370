package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Values by id without boxing the id (goals, KPIs, user goals, initiatives); a later put for an id replaces the value. */
final class IdMap<V> {

    private final IdIndex index;
    private final List<V> values;

    IdMap(int expected) {
        index = new IdIndex(expected);
        values = new ArrayList<>(expected);
    }

    IdMap() {
        this(8);
    }

    void put(long id, V value) {
        if (index.putIfAbsent(id, values.size())) {
            values.add(value);
        } else {
            values.set(index.get(id), value);
        }
    }

    @Nullable V get(long id) {
        int i = index.get(id);
        return i < 0 ? null : values.get(i);
    }

    boolean containsKey(long id) {
        return index.contains(id);
    }
}

package app.tandem.planning.core;

import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Values by id without boxing the id (goals, KPIs, user goals), made once from a list: an array read
 * per look-up when the ids are close together, as a database's are ({@link IdIndex}); an id given
 * twice has its last value.
 */
final class IdMap<V> {

    private final IdIndex index;
    private final List<V> values;

    private IdMap(IdIndex index, List<V> values) {
        this.index = index;
        this.values = values;
    }

    static <V> IdMap<V> of(List<V> values, ToLongFunction<V> id) {
        long[] ids = new long[values.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id.applyAsLong(values.get(i));
        }
        return new IdMap<>(IdIndex.of(ids), List.copyOf(values));
    }

    @Nullable V get(long id) {
        int i = index.get(id);
        return i < 0 ? null : values.get(i);
    }

    boolean containsKey(long id) {
        return index.contains(id);
    }
}

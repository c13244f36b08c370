package app.tandem.planning.core;

/**
 * Ids to indexes 0..n-1 without boxing. Built from all ids at once ({@link #of}), ids spread over a
 * range at most a few times their count get a direct table (one array read per look-up); otherwise,
 * and when built id by id, open addressing with linear probing over primitive arrays. The planning
 * core's hot loops look ids up here instead of in a {@code HashMap<Long, Integer>}.
 */
final class IdIndex {

    /** A direct table is used when the ids span at most this many times their count (plus a little). */
    private static final int DENSE_SPREAD = 4;

    private final long min; // direct table: values[(int) (id - min)]
    private final boolean dense;
    private long[] keys;
    private int[] values; // index + 1; 0 marks a free slot or an id without index
    private int mask;
    private int size;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        min = 0;
        dense = false;
    }

    private IdIndex(long min, int span) {
        this.min = min;
        this.dense = true;
        this.keys = new long[0];
        this.values = new int[span];
    }

    /** Each id to its position in {@code ids}; an id given twice keeps its last position. Cannot grow. */
    static IdIndex of(long[] ids) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long id : ids) {
            min = Math.min(min, id);
            max = Math.max(max, id);
        }
        IdIndex index;
        if (ids.length > 0 && max - min >= 0 && max - min < (long) DENSE_SPREAD * ids.length + 1024) {
            index = new IdIndex(min, (int) (max - min + 1));
            for (int i = 0; i < ids.length; i++) {
                index.values[(int) (ids[i] - min)] = i + 1;
            }
            index.size = ids.length; // an upper bound when ids repeat; only the hashed form uses size
            return index;
        }
        index = new IdIndex(ids.length);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }

    /** The index of {@code id}, or -1 when it has none. */
    int get(long id) {
        if (dense) {
            long offset = id - min;
            return offset >= 0 && offset < values.length ? values[(int) offset] - 1 : -1;
        }
        int slot = hash(id) & mask;
        while (true) {
            int value = values[slot];
            if (value == 0) {
                return -1;
            }
            if (keys[slot] == id) {
                return value - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    boolean contains(long id) {
        return get(id) >= 0;
    }

    /** Gives {@code id} the index {@code index} unless it has one already; true when it was added. */
    boolean putIfAbsent(long id, int index) {
        return set(id, index, false);
    }

    /** Gives {@code id} the index {@code index}, replacing any it had. */
    void put(long id, int index) {
        set(id, index, true);
    }

    private boolean set(long id, int index, boolean replace) {
        if (dense) {
            throw new IllegalStateException("An index built from all its ids at once cannot change");
        }
        if (index < 0) {
            throw new IllegalArgumentException("An index is 0 or more: " + index);
        }
        int slot = hash(id) & mask;
        while (values[slot] != 0) {
            if (keys[slot] == id) {
                if (replace) {
                    values[slot] = index + 1;
                }
                return false;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = id;
        values[slot] = index + 1;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldValues[s] != 0) {
                int slot = hash(oldKeys[s]) & mask;
                while (values[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[s];
                values[slot] = oldValues[s];
            }
        }
    }

    private static int hash(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

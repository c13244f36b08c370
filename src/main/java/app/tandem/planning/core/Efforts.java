package app.tandem.planning.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An initiative's person-weeks per team id, immutable, kept as two primitive arrays with their sum:
 * the scheduler and the scores read them on every plan without an object per entry or a boxed
 * number, and the sum is not added up again. To everyone else it is a read-only {@code Map}; a
 * team given twice cannot happen (a map has each key once), a null team or amount is refused.
 */
final class Efforts extends AbstractMap<Long, Double> {

    private static final Efforts NONE = new Efforts(new long[0], new double[0], 0);

    private final long[] teams;
    private final double[] amounts;
    private final double total;

    private Efforts(long[] teams, double[] amounts, double total) {
        this.teams = teams;
        this.amounts = amounts;
        this.total = total;
    }

    static Efforts of(Map<Long, Double> given) {
        if (given instanceof Efforts efforts) {
            return efforts;
        }
        if (given.isEmpty()) {
            return NONE;
        }
        long[] teams = new long[given.size()];
        double[] amounts = new double[teams.length];
        double total = 0;
        int k = 0;
        for (Map.Entry<Long, Double> e : given.entrySet()) {
            teams[k] = Objects.requireNonNull(e.getKey(), "a team of an effort");
            amounts[k] = Objects.requireNonNull(e.getValue(), "an effort");
            total += amounts[k];
            k++;
        }
        return new Efforts(teams, amounts, total);
    }

    /** How many teams have an effort. */
    int count() {
        return teams.length;
    }

    long team(int k) {
        return teams[k];
    }

    double amount(int k) {
        return amounts[k];
    }

    /** The person-weeks over all teams. */
    double total() {
        return total;
    }

    @Override
    public int size() {
        return teams.length;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return index(key) >= 0;
    }

    @Override
    public @Nullable Double get(@Nullable Object key) {
        int k = index(key);
        return k < 0 ? null : amounts[k];
    }

    private int index(@Nullable Object key) {
        if (key instanceof Long team) {
            for (int k = 0; k < teams.length; k++) {
                if (teams[k] == team) {
                    return k;
                }
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<Long, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Long, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < teams.length;
                    }

                    @Override
                    public Map.Entry<Long, Double> next() {
                        if (next >= teams.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<Long, Double> entry = new SimpleImmutableEntry<>(teams[next], amounts[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return teams.length;
            }
        };
    }
}

package app.tandem.planning.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The plan input's dependencies, immutable, with the ids of both ends packed into arrays and the
 * positions of those that the conflicts look at (not delivered, a hand-off date not yet delivered, a
 * feature), and the input positions of both ends:
 * made once with the input, read by every plan computed from it (a what-if or a comparison of
 * models computes several) without visiting each dependency's object again. To everyone else it is
 * a read-only {@code List<Dependency>}; a null dependency is refused.
 */
final class Dependencies extends AbstractList<Dependency> implements RandomAccess {

    private final Dependency[] all;
    private final long[] providers;
    private final long[] dependants;
    private final int[] open;
    private final int[] handoffs;
    private final int[] features;
    private final Initiatives initiatives; // the input's, whose positions these are
    private final int[] providerAt; // input positions of both ends, -1 for an id not among the initiatives
    private final int[] dependantAt;

    private Dependencies(
            Dependency[] all,
            long[] providers,
            long[] dependants,
            int[] open,
            int[] handoffs,
            int[] features,
            Initiatives initiatives) {
        this.all = all;
        this.providers = providers;
        this.dependants = dependants;
        this.open = open;
        this.handoffs = handoffs;
        this.features = features;
        this.initiatives = initiatives;
        IdIndex positions = initiatives.positions();
        providerAt = new int[all.length];
        dependantAt = new int[all.length];
        for (int d = 0; d < all.length; d++) {
            providerAt[d] = positions.get(providers[d]);
            dependantAt[d] = positions.get(dependants[d]);
        }
    }

    /** The dependencies of an input whose initiatives are {@code initiatives}. */
    static Dependencies of(List<Dependency> given, Initiatives initiatives) {
        if (given instanceof Dependencies dependencies) {
            return dependencies.initiatives == initiatives
                    ? dependencies
                    : new Dependencies(
                            dependencies.all,
                            dependencies.providers,
                            dependencies.dependants,
                            dependencies.open,
                            dependencies.handoffs,
                            dependencies.features,
                            initiatives);
        }
        Dependency[] all = given.toArray(new Dependency[0]);
        long[] providers = new long[all.length];
        long[] dependants = new long[all.length];
        int[] open = new int[all.length];
        int[] handoffs = new int[all.length];
        int[] features = new int[all.length];
        int openCount = 0;
        int handoffCount = 0;
        int featureCount = 0;
        for (int d = 0; d < all.length; d++) {
            Dependency dependency = Objects.requireNonNull(all[d], "a dependency");
            providers[d] = dependency.providerId();
            dependants[d] = dependency.dependantId();
            if (!dependency.delivered()) {
                open[openCount++] = d;
                if (dependency.handoffDue() != null) {
                    handoffs[handoffCount++] = d;
                }
            }
            if (dependency.feature()) {
                features[featureCount++] = d;
            }
        }
        return new Dependencies(
                all,
                providers,
                dependants,
                Arrays.copyOf(open, openCount),
                Arrays.copyOf(handoffs, handoffCount),
                Arrays.copyOf(features, featureCount),
                initiatives);
    }

    long provider(int d) {
        return providers[d];
    }

    long dependant(int d) {
        return dependants[d];
    }

    /** The input position of dependency {@code d}'s provider, or -1 when it is not among the initiatives. */
    int providerAt(int d) {
        return providerAt[d];
    }

    /** The input position of dependency {@code d}'s dependant, or -1 when it is not among the initiatives. */
    int dependantAt(int d) {
        return dependantAt[d];
    }

    /** How many dependencies are not delivered. */
    int openCount() {
        return open.length;
    }

    /** The position of the {@code k}-th dependency not delivered, in input order. */
    int open(int k) {
        return open[k];
    }

    /** How many dependencies have a hand-off date and are not delivered. */
    int handoffCount() {
        return handoffs.length;
    }

    /** The position of the {@code k}-th dependency with a hand-off date not delivered, in input order. */
    int handoff(int k) {
        return handoffs[k];
    }

    /** How many dependencies are on a feature. */
    int featureCount() {
        return features.length;
    }

    /** The position of the {@code k}-th dependency on a feature, in input order. */
    int feature(int k) {
        return features[k];
    }

    @Override
    public Dependency get(int index) {
        return all[index];
    }

    @Override
    public int size() {
        return all.length;
    }
}

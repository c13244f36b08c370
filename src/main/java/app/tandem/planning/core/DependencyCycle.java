package app.tandem.planning.core;

import java.util.List;
import java.util.stream.Collectors;

/** The dependencies go round in a circle, so no order can satisfy them; names the circle's ids. */
public final class DependencyCycle extends IllegalArgumentException {

    private final List<Long> ids;

    public DependencyCycle(List<Long> ids) {
        super("The dependencies form a cycle: "
                + ids.stream().map(String::valueOf).collect(Collectors.joining(" → ")) + " → " + ids.getFirst());
        this.ids = List.copyOf(ids);
    }

    /** The initiatives on the cycle, each depending on the one before it (the first on the last). */
    public List<Long> ids() {
        return ids;
    }
}

package app.tandem.initiative;

import app.tandem.support.DomainException;
import java.util.List;
import java.util.Map;

/**
 * The new dependency would close a cycle, so none of its initiatives could ever start. 409, naming
 * {@code providerId}, with the initiatives of the cycle in order ({@code cycle}: the dependant, the
 * provider, ..., the one that needs the dependant).
 */
public class DependencyCycle extends DomainException {

    private final List<Ref> cycle;

    DependencyCycle(String sentence, List<Ref> cycle) {
        super(Kind.CONFLICT, "providerId", "This would close a cycle: " + sentence);
        this.cycle = List.copyOf(cycle);
    }

    public List<Ref> cycle() {
        return cycle;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("cycle", cycle);
    }
}

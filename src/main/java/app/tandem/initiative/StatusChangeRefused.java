package app.tandem.initiative;

import app.tandem.support.DomainException;
import java.util.List;
import java.util.Map;

/**
 * The status an initiative was asked to move to does not follow from the one it has ("Start it only
 * after it is committed."). 409, naming {@code status}, with the {@code currentStatus} and the
 * statuses it may move to ({@code allowed}).
 */
public class StatusChangeRefused extends DomainException {

    private final InitiativeStatus current;
    private final List<InitiativeStatus> allowed;

    StatusChangeRefused(String sentence, InitiativeStatus current, List<InitiativeStatus> allowed) {
        super(Kind.CONFLICT, "status", sentence);
        this.current = current;
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentStatus", current, "allowed", allowed);
    }
}

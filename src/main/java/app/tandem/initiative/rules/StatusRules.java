package app.tandem.initiative.rules;

import app.tandem.initiative.InitiativeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which status an initiative may move to. It moves forward one step at a time: PROPOSED → DISCOVERY →
 * COMMITTED → IN_PROGRESS → DONE. It may be dropped from any status but done, and done and dropped
 * are final. A refused change is explained in a sentence a person understands ("Start it only after
 * it is committed.").
 */
public final class StatusRules {

    private static final List<InitiativeStatus> FORWARD = List.of(
            InitiativeStatus.PROPOSED,
            InitiativeStatus.DISCOVERY,
            InitiativeStatus.COMMITTED,
            InitiativeStatus.IN_PROGRESS,
            InitiativeStatus.DONE);

    private StatusRules() {}

    /** Why an initiative that is {@code from} cannot become {@code to}; empty when it can. */
    public static Optional<String> refusal(InitiativeStatus from, InitiativeStatus to) {
        if (from == InitiativeStatus.DONE) {
            return Optional.of("It is done: a finished initiative keeps its status.");
        }
        if (from == InitiativeStatus.DROPPED) {
            return Optional.of(
                    "It was dropped and stays dropped: propose it again as a new initiative to take it up again.");
        }
        if (to == from) {
            return Optional.of("It is already " + from.words() + ".");
        }
        if (to == InitiativeStatus.DROPPED) {
            return Optional.empty();
        }
        int step = FORWARD.indexOf(to) - FORWARD.indexOf(from);
        if (step == 1) {
            return Optional.empty();
        }
        if (step < 0) {
            return Optional.of("It is already " + from.words() + ", past " + to.words()
                    + ": a status only moves forward, or to dropped.");
        }
        return Optional.of(
                switch (to) {
                    case COMMITTED -> "Commit it only after discovery: move it to discovery first.";
                    case IN_PROGRESS -> "Start it only after it is committed.";
                    case DONE -> "Finish it only after it has started: move it to in progress first.";
                    default -> throw new IllegalStateException("No step skips to " + to);
                });
    }

    /** The statuses an initiative that is {@code from} may move to, in the order they come. */
    public static List<InitiativeStatus> next(InitiativeStatus from) {
        List<InitiativeStatus> next = new ArrayList<>();
        for (InitiativeStatus to : InitiativeStatus.values()) {
            if (refusal(from, to).isEmpty()) {
                next.add(to);
            }
        }
        return List.copyOf(next);
    }
}

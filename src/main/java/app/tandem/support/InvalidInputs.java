package app.tandem.support;

import app.tandem.support.Problems.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Several fields hold values the domain refuses, all of them at once: a form shows each beside its
 * field and the API lists each in {@code errors}, so a person corrects everything in one go instead
 * of meeting one refusal after another. Made by {@link Checks}.
 */
public class InvalidInputs extends DomainException {

    private final List<FieldError> errors;

    InvalidInputs(List<FieldError> errors) {
        super(Kind.INVALID, errors.getFirst().field(), Problems.describe(errors, null));
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }

    /** Runs checks one after another and keeps what each refuses. */
    public static Checks checks() {
        return new Checks();
    }

    /**
     * Collects the field refusals of several checks. A refusal that names no field (or is about
     * access) is thrown at once: it is not something the person can correct beside a field.
     */
    public static final class Checks {

        /**
         * The most refusals kept: once a body has this many wrong values (a list of 100,000 unknown ids,
         * say), the checks left are not run, so one request can neither fill the memory with refusals nor
         * spend long making them, and the answer lists the first ones.
         */
        public static final int MAX_REFUSALS = 100;

        private final List<DomainException> refused = new ArrayList<>();

        private Checks() {}

        /**
         * Runs {@code check}; a refusal naming a field is kept for {@link #done()}. Once {@link
         * #MAX_REFUSALS} are kept, {@code check} is not run.
         */
        public Checks check(Runnable check) {
            if (refused.size() >= MAX_REFUSALS) {
                return this;
            }
            try {
                check.run();
            } catch (DomainException e) {
                if (e.isAccessProblem() || e.fieldErrors().isEmpty()) {
                    throw e;
                }
                refused.add(e);
            }
            return this;
        }

        /** Whether a check refused something so far. */
        public boolean refusedAny() {
            return !refused.isEmpty();
        }

        /** Throws what the checks refused: the refusal itself when one, {@link InvalidInputs} when several. */
        public void done() {
            if (refused.size() == 1) {
                throw refused.getFirst();
            }
            if (!refused.isEmpty()) {
                throw new InvalidInputs(
                        refused.stream().flatMap(e -> e.fieldErrors().stream()).toList());
            }
        }
    }
}

package app.tandem.support;

import java.util.Map;

/**
 * Someone else changed the record since the person (or client) read it: the version they started
 * from is not the record's version any more, so saving would silently undo the other change. 409,
 * with the record's {@code currentVersion}; the same problem type as a conflict found by the
 * database ({@code concurrent-change}).
 */
public class ConcurrentChange extends DomainException {

    private final long currentVersion;

    /** {@code what} names the record as a person would: "this user goal". */
    public ConcurrentChange(String what, long currentVersion) {
        super(
                Kind.CONFLICT,
                "Someone else changed " + what + " since you opened it. Reload it to see their change, then"
                        + " make yours again.");
        this.currentVersion = currentVersion;
    }

    /** Refuses the change when {@code startedFrom} is not {@code current}. */
    public static void check(String what, long startedFrom, long current) {
        if (startedFrom != current) {
            throw new ConcurrentChange(what, current);
        }
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentVersion", currentVersion);
    }

    @Override
    public String code() {
        return "concurrent-change";
    }
}

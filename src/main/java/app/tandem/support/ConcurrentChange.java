package app.tandem.support;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Someone else changed the record since the person (or client) read it: the version they started
 * from is not the record's version any more, so saving would silently undo the other change. 409,
 * with the record's {@code currentVersion} and, when the request said it, the {@code yourVersion} it
 * started from; the same problem type as a conflict found by the database ({@code
 * concurrent-change}).
 */
public class ConcurrentChange extends DomainException {

    private final String what;
    private final long currentVersion;
    private final @Nullable Long yourVersion;

    /** {@code what} names the record as a person would: "this user goal". */
    public ConcurrentChange(String what, long currentVersion) {
        this(what, null, currentVersion);
    }

    /** As {@link #ConcurrentChange(String, long)}, naming the version the change started from too. */
    public ConcurrentChange(String what, @Nullable Long yourVersion, long currentVersion) {
        super(
                Kind.CONFLICT,
                "Someone else changed " + what + " since you opened it. Reload it to see their change, then"
                        + " make yours again.");
        this.what = what;
        this.currentVersion = currentVersion;
        this.yourVersion = yourVersion;
    }

    /**
     * What a form that kept what was typed says, its version now the record's ({@link
     * Forms#reject(org.springframework.validation.BindingResult, DomainException)}): saving again
     * replaces the other change, knowingly.
     */
    public String saveAgain() {
        return "Someone else changed " + what + " since you opened it. What you typed is kept: save again to replace"
                + " their change with yours, or reload the page to see theirs.";
    }

    /**
     * What a delete's confirmation says when the record changed since the person opened it: the page
     * now shows it as it is, and deleting again deletes that.
     */
    public String deleteAgain() {
        return "Someone else changed " + what + " since you opened this page. This is it as it is now: delete it if"
                + " you still mean to.";
    }

    /**
     * Refuses a delete when it names the version it was asked from ({@code startedFrom}) and that is
     * not {@code current}; a delete that names none deletes whatever is saved.
     */
    public static void checkDelete(String what, @Nullable Long startedFrom, long current) {
        if (startedFrom != null) {
            check(what, startedFrom, current);
        }
    }

    /** Refuses the change when {@code startedFrom} is not {@code current}. */
    public static void check(String what, long startedFrom, long current) {
        if (startedFrom != current) {
            throw new ConcurrentChange(what, startedFrom, current);
        }
    }

    /** The record's version now. */
    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public Map<String, Object> properties() {
        return yourVersion == null
                ? Map.of("currentVersion", currentVersion)
                : Map.of("currentVersion", currentVersion, "yourVersion", yourVersion);
    }

    @Override
    public String code() {
        return "concurrent-change";
    }
}

package app.tandem.discovery;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decision taken in a session: what (1 to {@link #WHAT_MAX} characters), why (optional, at most
 * {@link #WHY_MAX}), and the workspace's initiatives and business goals it is about.
 */
public record DecisionInput(
        @Nullable String what,
        @Nullable String why,
        @Nullable List<@Nullable Long> initiativeIds,
        @Nullable List<@Nullable Long> goalIds) {

    public static final int WHAT_MAX = 500;
    public static final int WHY_MAX = 2000;
}

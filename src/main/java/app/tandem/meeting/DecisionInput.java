package app.tandem.meeting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decision as a person records it.
 *
 * @param what what was decided (or is to be decided)
 * @param why the reasons
 * @param reprioritised what it re-prioritised, in words: "The onboarding e-mail fix before the
 *     premium tier"
 * @param initiativeIds initiatives of the workspace it concerns
 * @param goalIds business goals of the workspace it concerns
 * @param due for a decision still to make: when it is due
 * @param state DUE (still to make) or MADE; MADE when not given
 */
public record DecisionInput(
        @Nullable String what,
        @Nullable String why,
        @Nullable String reprioritised,
        @Nullable List<@Nullable Long> initiativeIds,
        @Nullable List<@Nullable Long> goalIds,
        @Nullable LocalDate due,
        @Nullable DecisionState state) {

    public static final int WHAT_MAX = 500;
    public static final int WHY_MAX = 4000;
    public static final int REPRIORITISED_MAX = 1000;
    public static final int LINKS_MAX = 20;
}

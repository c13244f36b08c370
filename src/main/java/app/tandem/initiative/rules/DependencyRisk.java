package app.tandem.initiative.rules;

import app.tandem.initiative.DependencyState;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.support.DayWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a dependency is at risk, and why, in words. An open dependency is at risk when:
 *
 * <ul>
 *   <li>its hand-off is due after the dependant starts;
 *   <li>the provider is past its due date and not done;
 *   <li>the provider was dropped;
 *   <li>the provider is due after the dependant starts (and is not done yet).
 * </ul>
 *
 * A delivered dependency is not at risk, nor is one whose dependant is done or dropped (nobody waits
 * for it any more). A dropped provider is only "dropped": its dates no longer mean anything. "Today"
 * is a parameter, so the rules give the same answer for the same day wherever they run.
 *
 * <p>Lists ask the database which initiatives are at risk ({@code DependencyRepository.AT_RISK} says
 * the same rules in a query); a change here changes that query too ({@code DependencyRiskQueriesIT}
 * fails when they disagree).
 */
public final class DependencyRisk {

    /** What the rules need of the dependant and of the provider. */
    public record Side(String title, InitiativeStatus status, LocalDate start, LocalDate due) {}

    private DependencyRisk() {}

    /** Every reason the dependency is at risk on {@code today}, in the order above; empty when it is not. */
    public static List<String> reasons(
            DependencyState state, LocalDate handoffDue, Side dependant, Side provider, LocalDate today) {
        if (state == DependencyState.DELIVERED || dependant.status().isFinal()) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        if (handoffDue.isAfter(dependant.start())) {
            reasons.add("The hand-off is due on " + day(handoffDue) + ", after " + quoted(dependant) + " starts on "
                    + day(dependant.start()) + ".");
        }
        if (provider.status() == InitiativeStatus.DROPPED) {
            reasons.add(quoted(provider) + " was dropped.");
            return List.copyOf(reasons);
        }
        if (provider.status() == InitiativeStatus.DONE) {
            return List.copyOf(reasons);
        }
        if (provider.due().isBefore(today)) {
            reasons.add(quoted(provider) + " was due on " + day(provider.due()) + " and is not done (it is "
                    + provider.status().words() + ").");
        }
        if (provider.due().isAfter(dependant.start())) {
            reasons.add(quoted(provider) + " is due on " + day(provider.due()) + ", after " + quoted(dependant)
                    + " starts on " + day(dependant.start()) + ".");
        }
        return List.copyOf(reasons);
    }

    private static String quoted(Side side) {
        return "“" + side.title() + "”";
    }

    private static String day(LocalDate day) {
        return DayWords.of(day);
    }
}

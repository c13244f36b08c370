package app.tandem.planning;

import app.tandem.planning.core.Conflict;
import app.tandem.planning.core.PlanChanges;
import java.util.ArrayList;
import java.util.List;

/** How the plan's pages and API say things: ordinals, conflict labels, a change in one sentence. */
final class PlanWords {

    private PlanWords() {}

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix;
        if (lastTwo >= 11 && lastTwo <= 13) {
            suffix = "th";
        } else {
            suffix = switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }

    static String label(Conflict.Kind kind) {
        return switch (kind.name()) {
            case "NO_GOAL" -> "Serves no business goal";
            case "IT_REVIEW_MISSING" -> "Committed without an IT review";
            case "IT_BLOCKED" -> "Committed while IT says blocked";
            case "MONETISATION_HURTS_USERS" -> "Monetisation hurts an important user goal";
            case "MONETISATION_ON_BREACHED_GUARDRAIL" -> "Monetisation on a breached guardrail";
            case "LATE_HANDOFF" -> "Hand-off due after the dependant starts";
            case "STARTS_BEFORE_PREREQUISITE" -> "Starts before what it needs is finished";
            case "OPPOSING_KPI_CHANGES" -> "Opposite effects on one KPI";
            case "TEAM_OVER_CAPACITY" -> "Team over capacity";
            case "PROMISE_BEFORE_FEATURE" -> "Campaign promises a feature not yet done";
            case "PROMISE_ON_PAIN" -> "Campaign promises an experience that still hurts";
            default -> kind.name();
        };
    }

    /** "This change moves 3 ranks and the dates of 2 initiatives, adds 1 conflict and removes none." */
    static String summary(PlanChanges changes, String what) {
        if (changes.nothingMoved()) {
            return "Nothing moves " + (what.startsWith("since") ? what : "with " + what) + ".";
        }
        List<String> parts = new ArrayList<>();
        long moved = changes.ranks().stream().filter(m -> m.gained() != 0).count();
        long entered = changes.ranks().stream().filter(m -> m.from() == null).count();
        long left = changes.ranks().stream().filter(m -> m.to() == null).count();
        parts.add(count(moved, "initiative") + " changed rank");
        if (entered > 0) {
            parts.add(count(entered, "initiative") + " came into the plan");
        }
        if (left > 0) {
            parts.add(count(left, "initiative") + " left it");
        }
        parts.add(count(changes.dates().size(), "initiative") + " moved in time");
        parts.add(count(changes.conflictsAdded().size(), "conflict") + " appeared");
        parts.add(count(changes.conflictsGone().size(), "conflict") + " went away");
        String head = what.startsWith("since") ? "Since " + what.substring(6) + ": " : "With " + what + ": ";
        return head + String.join(", ", parts) + ".";
    }

    private static String count(long n, String noun) {
        return n == 0 ? "no " + noun + "s" : n + " " + noun + (n == 1 ? "" : "s");
    }
}

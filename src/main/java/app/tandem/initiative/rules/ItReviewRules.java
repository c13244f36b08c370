package app.tandem.initiative.rules;

import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.ItReviewState;

/**
 * Which initiatives need an IT review and the information-design checklist, and where one stands.
 * Features and infrastructure always need an IT review; a campaign needs one when it has a landing
 * page or form (IT hosts it); content, research, monetisation and other work need none. Only
 * features take the information-design checklist.
 */
public final class ItReviewRules {

    private ItReviewRules() {}

    public static boolean needsItReview(InitiativeKind kind, boolean hasWebForm) {
        return switch (kind) {
            case FEATURE, INFRASTRUCTURE -> true;
            case CAMPAIGN -> hasWebForm;
            default -> false;
        };
    }

    /**
     * Where an initiative stands: not needed; once a review is recorded (whatever happened before),
     * blocked when it says the infrastructure is blocked, done otherwise; skipped when it was committed
     * without one; missing otherwise.
     */
    public static ItReviewState state(boolean needed, boolean reviewed, boolean blocked, boolean skipped) {
        if (!needed) {
            return ItReviewState.NOT_NEEDED;
        }
        if (reviewed) {
            return blocked ? ItReviewState.BLOCKED : ItReviewState.DONE;
        }
        return skipped ? ItReviewState.SKIPPED : ItReviewState.MISSING;
    }

    /**
     * Whether moving to {@code to} asks first: committing work that needs an IT review and has none, or
     * whose review says it is blocked.
     */
    public static boolean asksBeforeCommitting(InitiativeStatus to, boolean needed, boolean reviewed, boolean blocked) {
        return to == InitiativeStatus.COMMITTED && needed && (!reviewed || blocked);
    }

    /**
     * The question asked before committing it, naming what it is: "This feature has no IT review. ...",
     * or, when IT's review says it is blocked, "IT says this feature is blocked. ...".
     */
    public static String question(InitiativeKind kind, boolean blocked) {
        if (blocked) {
            return "IT says this " + what(kind) + " is blocked. Commit it anyway? The plan will list it as a conflict"
                    + " until IT's review says otherwise.";
        }
        return "This " + what(kind) + " has no IT review. Commit it anyway? The plan will list it as a conflict.";
    }

    /** Why a kind takes no IT review, in a sentence. */
    public static String notNeeded(InitiativeKind kind) {
        String what = kind == InitiativeKind.CAMPAIGN ? "campaign without a landing page or form" : what(kind);
        return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "An " : "A ") + what
                + " needs no IT review: only features, infrastructure and campaigns with a landing page or form do.";
    }

    public static boolean takesChecklist(InitiativeKind kind) {
        return kind == InitiativeKind.FEATURE;
    }

    /** "feature", "infrastructure initiative", "campaign", ... as a sentence names it. */
    static String what(InitiativeKind kind) {
        return switch (kind) {
            case FEATURE -> "feature";
            case CAMPAIGN -> "campaign";
            case INFRASTRUCTURE -> "infrastructure initiative";
            case CONTENT -> "content initiative";
            case RESEARCH -> "research initiative";
            case MONETISATION -> "monetisation initiative";
            case OTHER -> "initiative";
        };
    }
}

package app.tandem.review.rules;

import app.tandem.review.Verdict;
import app.tandem.review.VerdictSummary;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * What a verdict needs, and how the verdicts add up. Pure: no Spring, no database. A verdict is
 * required; concerns and a block say why (so the team whose work it is knows what to change), in at
 * most {@link #REASON_MAX} characters; an approval may say why too.
 */
public final class VerdictRules {

    public static final int REASON_MAX = 1000;

    private VerdictRules() {}

    /** Refuses a verdict without what it needs, naming every wrong field at once. */
    public static void check(@Nullable Verdict verdict, @Nullable String reason) {
        InvalidInputs.checks()
                .check(() -> {
                    if (verdict == null) {
                        throw new InvalidInput("verdict", "Choose your verdict: approve, concerns or block.");
                    }
                })
                .check(() -> {
                    String given = reason == null ? "" : reason.strip();
                    if (given.length() > REASON_MAX) {
                        throw new InvalidInput("reason", "A reason has at most " + REASON_MAX + " characters.");
                    }
                    if (verdict != null && verdict.needsReason() && given.isEmpty()) {
                        throw new InvalidInput(
                                "reason",
                                verdict == Verdict.BLOCK
                                        ? "Say why you block it, so the team knows what must change."
                                        : "Say what concerns you, so the team knows what to look at.");
                    }
                })
                .done();
    }

    /** The reason as kept: stripped, none when blank. */
    public static @Nullable String reason(@Nullable String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** How the reviewers stand: each given verdict counted, {@code null} (not given yet) as pending. */
    public static VerdictSummary summary(Collection<@Nullable Verdict> verdicts) {
        int approve = 0;
        int concerns = 0;
        int block = 0;
        int pending = 0;
        for (Verdict v : verdicts) {
            if (v == null) {
                pending++;
            } else {
                switch (v) {
                    case APPROVE -> approve++;
                    case CONCERNS -> concerns++;
                    case BLOCK -> block++;
                }
            }
        }
        return new VerdictSummary(approve, concerns, block, pending);
    }
}

package app.tandem.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An invited reviewer: who, the teams they are in, whether they are in a team and none of them is the
 * team whose work is reviewed ({@code fromAnotherTeam}: "a marketer in a design review"; someone in no
 * team is from no other team), and their verdict once given.
 */
public record ReviewerView(
        Ref person,
        List<Ref> teams,
        boolean fromAnotherTeam,
        @Nullable Verdict verdict,
        @Nullable String reason,
        @Nullable Instant verdictAt) {}

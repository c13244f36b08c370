package app.tandem.review;

import app.tandem.review.rules.ParticipationCounting;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.TeamParticipation;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation matrix of a workspace: how often each team took part in each other team's work
 * (reviews, discovery sessions, check-ins), over the last {@link #PERIODS} days, from every {@link
 * TeamParticipation} there is (each module where teams meet implements it). Counted by {@link
 * ParticipationCounting}.
 */
@Service
@Transactional(readOnly = true)
public class Participation {

    /** The periods a person chooses from, in days; {@link #DEFAULT_DAYS} unless they choose. */
    public static final List<Integer> PERIODS = List.of(30, 90, 180);

    public static final int DEFAULT_DAYS = 90;

    /** The most occasions one source gives for one matrix. */
    static final int OCCASIONS_MAX = 10_000;

    private final Workspaces workspaces;
    private final ObjectProvider<TeamParticipation> sources;
    private final Clock clock = Clock.systemUTC();

    Participation(Workspaces workspaces, ObjectProvider<TeamParticipation> sources) {
        this.workspaces = workspaces;
        this.sources = sources;
    }

    /** The matrix over the last {@code days} days (today included), one of {@link #PERIODS}. */
    public ParticipationMatrix matrix(String slug, long userId, int days) {
        WorkspaceContext context = workspaces.access(slug, userId);
        if (!PERIODS.contains(days)) {
            throw new InvalidInput("days", "Choose a period of 30, 90 or 180 days.");
        }
        LocalDate since = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(days - 1L);
        List<Ref> teams = workspaces.allTeams(context).stream()
                .map(t -> new Ref(t.id(), t.name()))
                .toList();
        List<TeamParticipation.Occasion> occasions = sources.orderedStream()
                .flatMap(source -> source.since(context.id(), since, OCCASIONS_MAX).stream())
                .toList();
        return ParticipationCounting.count(days, since, teams, occasions);
    }

    /** The matrix's kinds as a person reads them: "Review" → "reviews". */
    public static String plural(String kind) {
        String lower = kind.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("s") ? lower : lower + "s";
    }
}

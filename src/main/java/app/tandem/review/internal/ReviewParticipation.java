package app.tandem.review.internal;

import app.tandem.workspace.TeamParticipation;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.Workspaces;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews as occasions of the participation matrix. A review is one occasion ("Review"): its host is
 * the team whose work it is; the participating teams are the teams (as they are now) of the invited
 * reviewers who commented or gave a verdict; its date is the day (UTC) the first of them did, which is
 * when the teams actually met. A review nobody took part in yet, or whose team was deleted, is no
 * occasion. A verdict counts at the time it was last given.
 */
@Component
@Transactional(readOnly = true)
class ReviewParticipation implements TeamParticipation {

    static final String KIND = "Review";

    private final ReviewRepository reviews;
    private final ReviewerRepository reviewers;
    private final Workspaces workspaces;

    ReviewParticipation(ReviewRepository reviews, ReviewerRepository reviewers, Workspaces workspaces) {
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.workspaces = workspaces;
    }

    @Override
    public List<Occasion> since(long workspaceId, LocalDate since, int limit) {
        // review id -> reviewer id -> the first time they took part
        Map<Long, Map<Long, Instant>> taking = new HashMap<>();
        Stream.concat(reviewers.verdictsIn(workspaceId).stream(), reviewers.reviewerCommentsIn(workspaceId).stream())
                .forEach(a -> taking.computeIfAbsent(a.reviewId(), k -> new HashMap<>())
                        .merge(a.userId(), a.at(), (x, y) -> x.isBefore(y) ? x : y));
        Map<Long, LocalDate> dates = new HashMap<>();
        taking.forEach((review, people) -> people.values().stream()
                .min(Comparator.naturalOrder())
                .map(first -> LocalDate.ofInstant(first, ZoneOffset.UTC))
                .filter(day -> !day.isBefore(since))
                .ifPresent(day -> dates.put(review, day)));
        if (dates.isEmpty() || limit < 1) {
            return List.of();
        }
        // the teams as they are now; the caller checked who may read the workspace
        Map<Long, Set<Long>> teamsOf = new HashMap<>();
        for (TeamView team : workspaces.allTeamsOf(workspaceId)) {
            team.members()
                    .forEach(m -> teamsOf.computeIfAbsent(m.userId(), k -> new HashSet<>())
                            .add(team.id()));
        }
        List<Occasion> occasions = new ArrayList<>();
        for (Review review : reviews.findByWorkspaceIdAndIdIn(workspaceId, dates.keySet())) {
            if (review.teamId() == null) {
                continue;
            }
            Set<Long> teams = new HashSet<>();
            taking.get(review.id()).keySet().forEach(p -> teams.addAll(teamsOf.getOrDefault(p, Set.of())));
            occasions.add(
                    new Occasion(KIND, review.title(), dates.get(review.id()), review.teamId(), Set.copyOf(teams)));
        }
        occasions.sort(Comparator.comparing(Occasion::date).reversed());
        return occasions.size() > limit ? List.copyOf(occasions.subList(0, limit)) : List.copyOf(occasions);
    }
}

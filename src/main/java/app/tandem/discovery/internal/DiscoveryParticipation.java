package app.tandem.discovery.internal;

import app.tandem.workspace.TeamParticipation;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discovery sessions in the participation matrix: each session that took place (it started before
 * now) is an occasion of its host team; the teams taking part are those of the people who attended,
 * or, while attendance is not recorded, of the people invited.
 */
@Component
class DiscoveryParticipation implements TeamParticipation {

    private final DiscoverySessionRepository sessions;
    private final Workspaces workspaces;
    private final Clock clock = Clock.systemUTC();

    DiscoveryParticipation(DiscoverySessionRepository sessions, Workspaces workspaces) {
        this.sessions = sessions;
        this.workspaces = workspaces;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Occasion> since(long workspaceId, LocalDate since, int limit) {
        List<DiscoverySession> held =
                sessions.findByWorkspaceIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtDesc(
                        workspaceId, since.atStartOfDay(), LocalDateTime.now(clock), Limit.of(limit));
        if (held.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> teamsOf = new HashMap<>();
        for (TeamView team : workspaces.allTeamsOf(workspaceId)) {
            team.members()
                    .forEach(m -> teamsOf.computeIfAbsent(m.userId(), k -> new LinkedHashSet<>())
                            .add(team.id()));
        }
        return held.stream()
                .map(s -> {
                    boolean recorded = s.attendanceRecorded();
                    Set<Long> teams = new LinkedHashSet<>();
                    s.invitees().stream()
                            .filter(i -> !recorded || Boolean.TRUE.equals(i.attended()))
                            .forEach(i -> teams.addAll(teamsOf.getOrDefault(i.userId(), Set.of())));
                    return new Occasion(
                            "Discovery session",
                            s.topic(),
                            s.startsAt().toLocalDate(),
                            s.hostTeamId(),
                            Set.copyOf(teams));
                })
                .toList();
    }
}

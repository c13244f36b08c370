package app.tandem.meeting.internal;

import app.tandem.meeting.CheckInState;
import app.tandem.workspace.TeamParticipation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins held as occasions on which teams met: the host is the team of the cadence's business goal
 * (none for a workspace's check-ins), the participants the teams the attendees were in.
 */
@Component
@Transactional(readOnly = true)
class CheckInParticipation implements TeamParticipation {

    private final CheckInRepository checkIns;
    private final CadenceRepository cadences;
    private final Clock clock = Clock.systemUTC();

    CheckInParticipation(CheckInRepository checkIns, CadenceRepository cadences) {
        this.checkIns = checkIns;
        this.cadences = cadences;
    }

    @Override
    public List<Occasion> since(long workspaceId, LocalDate since, int limit) {
        Instant now = clock.instant();
        Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!from.isBefore(now)) {
            return List.of();
        }
        Map<Long, Cadence> byId = cadences.findByWorkspaceIdOrderByIdAsc(workspaceId).stream()
                .collect(Collectors.toMap(Cadence::id, Function.identity()));
        return checkIns
                .findByWorkspaceIdAndStateAndStartsAtBetweenOrderByStartsAtAsc(
                        workspaceId, CheckInState.SCHEDULED, from, now, PageRequest.of(0, Math.max(1, limit)))
                .stream()
                .filter(c -> !c.attendees().isEmpty())
                .map(c -> {
                    Cadence cadence = byId.get(c.cadenceId());
                    return new Occasion("Check-in", cadence.title(), c.date(), cadence.hostTeamId(), c.attendeeTeams());
                })
                .toList();
    }
}

package app.tandem.review.rules;

import app.tandem.review.ParticipationMatrix;
import app.tandem.review.ParticipationMatrix.Cell;
import app.tandem.review.ParticipationMatrix.KindCount;
import app.tandem.review.ParticipationMatrix.Row;
import app.tandem.review.ParticipationMatrix.Wall;
import app.tandem.review.Ref;
import app.tandem.workspace.TeamParticipation.Occasion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts how often teams took part in each other's work. Pure: no Spring, no database.
 *
 * <ul>
 *   <li>An occasion with a host team counts once in the host's row for each other team that took part.
 *   <li>An occasion without a host (a check-in of the whole workspace) is everyone's: each team that
 *       took part counts once in the row of each other team that took part, both ways.
 *   <li>A team's part in its own work is not counted: the matrix is about crossing team lines.
 *   <li>Teams not in {@code teams} (deleted since, or not the workspace's) are left out; so is an
 *       occasion before {@code since}.
 *   <li>A wall is a pair of teams where neither took part in the other's work.
 * </ul>
 */
public final class ParticipationCounting {

    private ParticipationCounting() {}

    public static ParticipationMatrix count(
            int days, LocalDate since, List<Ref> teams, Collection<Occasion> occasions) {
        Set<Long> known = new HashSet<>();
        teams.forEach(t -> known.add(t.id()));
        // host -> participant -> kind -> count
        Map<Long, Map<Long, Map<String, Integer>>> counts = new HashMap<>();
        Set<String> kinds = new TreeSet<>();
        int counted = 0;
        for (Occasion occasion : occasions) {
            if (occasion.date().isBefore(since)) {
                continue;
            }
            List<Long> present = occasion.participatingTeamIds().stream()
                    .filter(known::contains)
                    .sorted()
                    .toList();
            List<Long> hosts = occasion.hostTeamId() == null
                    ? present
                    : known.contains(occasion.hostTeamId()) ? List.of(occasion.hostTeamId()) : List.of();
            boolean crossed = false;
            for (long host : hosts) {
                for (long participant : present) {
                    if (participant == host) {
                        continue;
                    }
                    counts.computeIfAbsent(host, h -> new HashMap<>())
                            .computeIfAbsent(participant, p -> new HashMap<>())
                            .merge(occasion.kind(), 1, Integer::sum);
                    crossed = true;
                }
            }
            if (crossed) {
                kinds.add(occasion.kind());
                counted++;
            }
        }
        List<String> kindList = List.copyOf(kinds);
        List<Row> rows = new ArrayList<>();
        int max = 0;
        for (Ref host : teams) {
            List<Cell> cells = new ArrayList<>();
            for (Ref participant : teams) {
                Map<String, Integer> byKind =
                        counts.getOrDefault(host.id(), Map.of()).getOrDefault(participant.id(), Map.of());
                int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
                max = Math.max(max, total);
                cells.add(new Cell(
                        host,
                        participant,
                        total,
                        kindList.stream()
                                .map(k -> new KindCount(k, byKind.getOrDefault(k, 0)))
                                .toList()));
            }
            rows.add(new Row(host, List.copyOf(cells)));
        }
        List<Wall> walls = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            for (int j = i + 1; j < teams.size(); j++) {
                if (rows.get(i).cells().get(j).count() == 0
                        && rows.get(j).cells().get(i).count() == 0) {
                    walls.add(new Wall(teams.get(i), teams.get(j)));
                }
            }
        }
        return new ParticipationMatrix(
                days, since, List.copyOf(teams), kindList, List.copyOf(rows), List.copyOf(walls), max, counted);
    }
}

package app.tandem.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a workspace's evidence went over the last {@code days} days: for each team that captured
 * insights, how many it captured and the teams they were routed to, and how long routed insights
 * waited to be acknowledged (the median, in days; null when none was acknowledged). With {@code
 * teamId}, only what that team captured or what was routed to it counts; with {@code userGoals}, only
 * the insights that are evidence for one of that many user goals (the dashboard narrowed to a business
 * goal: the user goals its initiatives help).
 *
 * @param captured the insights captured in the period
 * @param unrouted of those, the ones routed to no team
 * @param streams the routes from the insights of one team to another, the largest first
 * @param teams each team's figures, by name; "No team" last for insights captured without one
 */
public record EvidenceFlow(
        int days,
        LocalDate since,
        @Nullable Long teamId,
        @Nullable Integer userGoals,
        long captured,
        long unrouted,
        List<Stream> streams,
        List<TeamFigures> teams,
        @Nullable Double medianDaysToAcknowledge) {

    /** What a stream or a team row says for insights captured without a team. */
    public static final String NO_TEAM = "No team";

    /** What the picture calls the insights routed to no team. */
    public static final String NOT_ROUTED = "Not routed";

    public EvidenceFlow {
        streams = List.copyOf(streams);
        teams = List.copyOf(teams);
    }

    /** {@code count} insights captured by {@code fromTeam} (null: no team) were routed to {@code toTeam}. */
    public record Stream(@Nullable Long fromTeamId, String fromTeam, long toTeamId, String toTeam, long count) {}

    /**
     * One team's figures ({@code teamId} null: the insights captured without a team): captured by it,
     * of those routed nowhere, routed to it, acknowledged by it, its median wait.
     */
    public record TeamFigures(
            @Nullable Long teamId,
            String team,
            long captured,
            long unrouted,
            long routedTo,
            long acknowledged,
            @Nullable Double medianDaysToAcknowledge) {

        /** The median wait in words ("5 h", "1.5 days"), or "–". */
        public String medianShown() {
            return waitShown(medianDaysToAcknowledge);
        }
    }

    /** Nothing was captured in the period (with a team: nothing it captured or received). */
    public boolean isEmpty() {
        return captured == 0 && streams.isEmpty();
    }

    /** The insights of the period that reached at least one team. */
    public long routed() {
        return captured - unrouted;
    }

    /** The median wait in words ("5 h", "1.5 days"), or "–" when nothing was acknowledged. */
    public String medianShown() {
        return waitShown(medianDaysToAcknowledge);
    }

    /** A wait of so many days in words: "under a minute", "40 min", "5 h", "1.5 days"; "–" for none. */
    public static String waitShown(@Nullable Double days) {
        if (days == null) {
            return "–";
        }
        double hours = days * 24;
        if (hours * 60 < 0.5) {
            return "under a minute"; // ("0 min" read as if nobody waited, or as nothing measured)
        }
        if (hours < 1) {
            return Math.round(hours * 60) + " min";
        }
        if (hours < 24) {
            return Math.round(hours) + " h";
        }
        double rounded = Math.round(days * 10) / 10.0;
        String shown = rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.format(Locale.ENGLISH, "%.1f", rounded);
        return shown + (rounded == 1 ? " day" : " days");
    }

    /**
     * The picture in words, for people who cannot see it: totals, the three largest streams and the
     * median wait.
     */
    public String summary() {
        StringBuilder text = new StringBuilder("Evidence flow over the last " + days + " days: ");
        if (isEmpty()) {
            return text.append("no insights captured.").toString();
        }
        text.append(captured)
                .append(captured == 1 ? " insight" : " insights")
                .append(" captured, ")
                .append(routed())
                .append(" routed to teams, ")
                .append(unrouted)
                .append(" not routed.");
        if (!streams.isEmpty()) {
            text.append(" Largest streams: ");
            List<String> largest = streams.stream()
                    .limit(3)
                    .map(s -> s.fromTeam() + " to " + s.toTeam() + " " + s.count())
                    .toList();
            text.append(String.join(", ", largest));
            if (streams.size() > 3) {
                text.append(" and ").append(streams.size() - 3).append(" more");
            }
            text.append('.');
        }
        return text.append(" Median time to acknowledge: ")
                .append(medianDaysToAcknowledge == null ? "none acknowledged yet" : medianShown())
                .append('.')
                .toString();
    }

    /**
     * What {@code static/js/evidence-flow.js} draws as a Sankey: a node for each team that captured
     * (left) and each team insights were routed to (right), plus "Not routed"; each node with a key
     * that is never a team's name, so a team on both sides or a team named like another's node is
     * still two nodes. Names are plain text for the chart to show as text.
     */
    public String chartJson() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (TeamFigures team : teams) {
            if (team.captured() > 0) {
                String key = "from-" + key(team.teamId());
                nodes.put(key, new Node(key, "Captured by " + team.team(), "captured", team.team()));
            }
        }
        for (Stream stream : streams) {
            String from = "from-" + key(stream.fromTeamId());
            String to = "to-" + stream.toTeamId();
            nodes.putIfAbsent(from, new Node(from, "Captured by " + stream.fromTeam(), "captured", stream.fromTeam()));
            nodes.putIfAbsent(to, new Node(to, "Routed to " + stream.toTeam(), "routed", stream.toTeam()));
            links.add(new Link(from, to, stream.count()));
        }
        for (TeamFigures team : teams) {
            if (team.unrouted() > 0) {
                String from = "from-" + key(team.teamId());
                nodes.putIfAbsent("unrouted", new Node("unrouted", NOT_ROUTED, "unrouted", NOT_ROUTED));
                links.add(new Link(from, "unrouted", team.unrouted()));
            }
        }
        // a node no link touches would only clutter the picture
        List<Node> linked = nodes.values().stream()
                .filter(n -> links.stream()
                        .anyMatch(l -> l.source().equals(n.id()) || l.target().equals(n.id())))
                .toList();
        return JsonMapper.shared().writeValueAsString(new Chart(linked, links));
    }

    private static String key(@Nullable Long teamId) {
        return teamId == null ? "none" : teamId.toString();
    }

    /** A node of the picture; {@code team} names the colour's team, so one team has one colour on both sides. */
    record Node(String id, String name, String side, String team) {}

    record Link(String source, String target, long value) {}

    record Chart(List<Node> nodes, List<Link> links) {}

    /** Streams the largest first, then by the names of their teams. */
    static final Comparator<Stream> LARGEST_FIRST = Comparator.comparingLong((Stream s) -> -s.count())
            .thenComparing(Stream::fromTeam)
            .thenComparing(Stream::toTeam);
}

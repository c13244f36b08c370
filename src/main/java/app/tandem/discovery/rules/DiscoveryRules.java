package app.tandem.discovery.rules;

import app.tandem.discovery.KpiEffect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a discovery session, pure: no Spring, no database.
 *
 * <p>{@link #analyse} lays the teams' statements side by side and finds:
 *
 * <ul>
 *   <li><b>overlaps</b>: two or more teams name the same business goal or the same user goal;
 *   <li><b>conflicts</b>: one team wants to raise a KPI that another expects to lower; or the
 *       statements together need more of a team's capacity (person-weeks) than that team's own
 *       statement says it can give for the topic;
 *   <li><b>trade-offs</b>: one team expects a KPI to get worse (to lower a KPI where higher is
 *       better, or to raise one where lower is better) while another team guards that KPI, or names
 *       a business goal that the KPI measures. A pair already in conflict on that KPI is not listed
 *       again as a trade-off.
 * </ul>
 *
 * <p>{@link #warnings} looks at who is there: the invited people before attendance is recorded,
 * the people who attended after. It warns when only leads are there (nobody who executes the
 * work), when nobody from IT is there while an involved initiative needs infrastructure or an IT
 * review, and when a team whose work is involved has nobody there.
 */
public final class DiscoveryRules {

    private DiscoveryRules() {}

    /** A KPI as the rules need it: whether higher is better, and the business goals it measures. */
    public record Kpi(long id, String name, boolean higherIsBetter, Set<Long> goalIds) {}

    /**
     * One team's statement.
     *
     * @param capacity the person-weeks the team says it can give for the topic, if it says
     * @param needs person-weeks the statement would need, per team id
     */
    public record Statement(
            long teamId,
            Set<Long> goalIds,
            Set<Long> userGoalIds,
            Map<Long, KpiEffect> kpis,
            @Nullable Double capacity,
            Map<Long, Double> needs) {}

    /** The names the sentences use: teams, business goals, user goals, and the KPIs. */
    public record Names(
            Map<Long, String> teams, Map<Long, String> goals, Map<Long, String> userGoals, Map<Long, Kpi> kpis) {

        String team(long id) {
            return teams.getOrDefault(id, "Team " + id);
        }
    }

    /** One finding: its kind, the sentence that explains it, and the teams it is about. */
    public record Finding(FindingKind kind, String sentence, List<Long> teamIds) {}

    /** The overlaps, conflicts and trade-offs of the statements, in this order, each explained. */
    public static List<Finding> analyse(List<Statement> statements, Names names) {
        List<Finding> findings = new ArrayList<>();
        overlaps(statements, names, findings);
        conflicts(statements, names, findings);
        tradeOffs(statements, names, findings);
        return findings;
    }

    private static void overlaps(List<Statement> statements, Names names, List<Finding> findings) {
        Map<Long, List<Long>> byGoal = new TreeMap<>();
        Map<Long, List<Long>> byUserGoal = new TreeMap<>();
        for (Statement s : statements) {
            s.goalIds()
                    .forEach(g ->
                            byGoal.computeIfAbsent(g, k -> new ArrayList<>()).add(s.teamId()));
            s.userGoalIds()
                    .forEach(g -> byUserGoal
                            .computeIfAbsent(g, k -> new ArrayList<>())
                            .add(s.teamId()));
        }
        byGoal.forEach((goal, teams) -> {
            if (teams.size() > 1) {
                findings.add(new Finding(
                        FindingKind.OVERLAP,
                        and(teams, names) + (teams.size() == 2 ? " both" : " all") + " name the business goal “"
                                + names.goals().getOrDefault(goal, "Goal " + goal) + "”: work on it together.",
                        List.copyOf(teams)));
            }
        });
        byUserGoal.forEach((goal, teams) -> {
            if (teams.size() > 1) {
                findings.add(new Finding(
                        FindingKind.OVERLAP,
                        and(teams, names) + (teams.size() == 2 ? " both" : " all") + " name the user goal “"
                                + names.userGoals().getOrDefault(goal, "User goal " + goal) + "”: work on it together.",
                        List.copyOf(teams)));
            }
        });
    }

    private static void conflicts(List<Statement> statements, Names names, List<Finding> findings) {
        for (long kpi : kpiIds(statements)) {
            List<Long> raising = teamsWith(statements, kpi, KpiEffect.RAISE);
            List<Long> lowering = teamsWith(statements, kpi, KpiEffect.LOWER);
            if (!raising.isEmpty() && !lowering.isEmpty()) {
                List<Long> teams = new ArrayList<>(raising);
                teams.addAll(lowering);
                findings.add(new Finding(
                        FindingKind.CONFLICT,
                        and(raising, names) + (raising.size() > 1 ? " want" : " wants") + " to raise “"
                                + kpiName(names, kpi) + "”, and " + and(lowering, names)
                                + (lowering.size() > 1 ? " expect" : " expects") + " to lower it.",
                        List.copyOf(teams)));
            }
        }
        for (Statement giver : statements) {
            Double capacity = giver.capacity();
            if (capacity == null) {
                continue;
            }
            Map<Long, Double> asking = new LinkedHashMap<>();
            for (Statement s : statements) {
                Double weeks = s.needs().get(giver.teamId());
                if (weeks != null && weeks > 0) {
                    asking.put(s.teamId(), weeks);
                }
            }
            double total =
                    asking.values().stream().mapToDouble(Double::doubleValue).sum();
            if (total > capacity + 1e-9) {
                String team = names.team(giver.teamId());
                String parts = asking.entrySet().stream()
                        .map(e -> names.team(e.getKey()) + " " + weeks(e.getValue()))
                        .collect(Collectors.joining(", "));
                findings.add(new Finding(
                        FindingKind.CONFLICT,
                        "The statements need " + weeks(total) + " person-weeks of " + team + " (" + parts + "), and "
                                + team + " says it can give " + weeks(capacity) + ".",
                        List.copyOf(asking.keySet())));
            }
        }
    }

    private static void tradeOffs(List<Statement> statements, Names names, List<Finding> findings) {
        for (Statement mover : statements) {
            for (Map.Entry<Long, KpiEffect> effect : mover.kpis().entrySet()) {
                Kpi kpi = names.kpis().get(effect.getKey());
                if (kpi == null || !worsens(kpi, effect.getValue())) {
                    continue;
                }
                for (Statement other : statements) {
                    if (other.teamId() == mover.teamId()) {
                        continue;
                    }
                    KpiEffect theirs = other.kpis().get(kpi.id());
                    String sentence = null;
                    if (theirs == KpiEffect.GUARD) {
                        sentence = names.team(mover.teamId()) + " expects to "
                                + effect.getValue().verb() + " “"
                                + kpi.name() + "” (" + (kpi.higherIsBetter() ? "higher" : "lower")
                                + " is better), which " + names.team(other.teamId()) + " guards.";
                    } else if (theirs == null) {
                        Long goal = other.goalIds().stream()
                                .filter(kpi.goalIds()::contains)
                                .sorted()
                                .findFirst()
                                .orElse(null);
                        if (goal != null) {
                            sentence = names.team(mover.teamId()) + " expects to "
                                    + effect.getValue().verb()
                                    + " “" + kpi.name() + "” (" + (kpi.higherIsBetter() ? "higher" : "lower")
                                    + " is better), which measures “"
                                    + names.goals().getOrDefault(goal, "Goal " + goal)
                                    + "”, a goal " + names.team(other.teamId()) + " names.";
                        }
                    }
                    if (sentence != null) {
                        findings.add(
                                new Finding(FindingKind.TRADE_OFF, sentence, List.of(mover.teamId(), other.teamId())));
                    }
                }
            }
        }
    }

    /** Whether the effect makes the KPI worse: lowering where higher is better, raising where lower is. */
    static boolean worsens(Kpi kpi, KpiEffect effect) {
        return (effect == KpiEffect.LOWER && kpi.higherIsBetter())
                || (effect == KpiEffect.RAISE && !kpi.higherIsBetter());
    }

    // ---- warnings -----------------------------------------------------------------------------

    /** A person there: invited, or attended once attendance is recorded; their teams and whether they execute work in any. */
    public record Person(long userId, Set<Long> teamIds, boolean executes) {}

    /**
     * What the warnings look at.
     *
     * @param there the invited people (before attendance is recorded) or those who attended (after)
     * @param fromAttendance whether {@code there} are the people who attended
     * @param involvedTeams the teams whose work is involved, each with why ("its statement", an
     *     initiative's title in quotes)
     * @param itTeamIds the workspace's IT teams (a team's page or the API marks them), if it has any
     * @param needingIt the involved initiatives that need infrastructure or an IT review, by title
     */
    public record People(
            List<Person> there,
            boolean fromAttendance,
            Map<Long, List<String>> involvedTeams,
            Set<Long> itTeamIds,
            List<String> needingIt) {}

    /** One warning and the sentence that explains it. */
    public record Warning(WarningKind kind, String sentence) {}

    /** The warnings about who is there, most important first. */
    public static List<Warning> warnings(People people, Map<Long, String> teams) {
        List<Warning> warnings = new ArrayList<>();
        String verb = people.fromAttendance() ? "attended" : "are invited";
        String is = people.fromAttendance() ? "attended" : "is invited";
        Set<Long> teamsThere =
                people.there().stream().flatMap(p -> p.teamIds().stream()).collect(Collectors.toSet());
        if (!people.there().isEmpty() && people.there().stream().noneMatch(Person::executes)) {
            warnings.add(new Warning(
                    WarningKind.ONLY_LEADS,
                    "Only leads " + verb + ": nobody who executes the work hears the other teams' goals first-hand."
                            + " Invite the people who will do it."));
        }
        boolean itWarned = false;
        if (!people.itTeamIds().isEmpty()
                && !people.needingIt().isEmpty()
                && people.itTeamIds().stream().noneMatch(teamsThere::contains)) {
            itWarned = true;
            List<String> itNames = people.itTeamIds().stream()
                    .sorted()
                    .map(id -> teams.getOrDefault(id, "IT"))
                    .toList();
            String who = itNames.size() == 1 ? itNames.getFirst() : "IT (" + String.join(" or ", itNames) + ")";
            warnings.add(new Warning(
                    WarningKind.IT_ABSENT,
                    "Nobody from " + who + " " + is + ", though "
                            + quoted(people.needingIt()) + (people.needingIt().size() > 1 ? " need" : " needs")
                            + " infrastructure or an IT review."));
        }
        for (Map.Entry<Long, List<String>> team : new TreeMap<>(people.involvedTeams()).entrySet()) {
            if (teamsThere.contains(team.getKey())
                    || (itWarned && people.itTeamIds().contains(team.getKey()))) {
                continue;
            }
            String name = teams.getOrDefault(team.getKey(), "Team " + team.getKey());
            warnings.add(new Warning(
                    WarningKind.TEAM_ABSENT,
                    name + "'s work is involved (" + String.join(", ", team.getValue()) + "), and nobody from " + name
                            + " " + is + "."));
        }
        return warnings;
    }

    // ---- words --------------------------------------------------------------------------------

    private static Set<Long> kpiIds(List<Statement> statements) {
        Set<Long> ids = new LinkedHashSet<>();
        statements.forEach(s -> ids.addAll(s.kpis().keySet()));
        return ids.stream().sorted().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<Long> teamsWith(List<Statement> statements, long kpi, KpiEffect effect) {
        return statements.stream()
                .filter(s -> s.kpis().get(kpi) == effect)
                .map(Statement::teamId)
                .toList();
    }

    private static String kpiName(Names names, long kpi) {
        Kpi known = names.kpis().get(kpi);
        return known == null ? "KPI " + kpi : known.name();
    }

    /** "Marketing", "Marketing and Design", "Marketing, Design and IT". */
    static String and(Collection<Long> teams, Names names) {
        return and(teams.stream().map(names::team).toList());
    }

    static String and(List<String> words) {
        if (words.size() < 2) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    private static String quoted(List<String> titles) {
        return and(titles.stream().map(t -> "“" + t + "”").toList());
    }

    /** 2 rather than 2.0; 1.5 stays. */
    static String weeks(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}

package app.tandem.meeting.agenda;

import app.tandem.goal.Health;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.planning.core.Conflict;
import app.tandem.planning.core.PlanChanges;
import app.tandem.support.DayWords;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the generated part of a check-in's agenda from what changed since the last one, given as
 * plain records ({@link Changes}): no Spring, no database, the same answer for the same changes.
 *
 * <ul>
 *   <li>{@link AgendaSection#NEW_INSIGHTS}: one entry per team that found new insights ("Support: 7
 *       new insights, 3 on ‘Bank connection fails’") and one per theme that grew, never one per insight;
 *   <li>{@link AgendaSection#UNACKNOWLEDGED_INSIGHTS}: each insight routed to a team that has not
 *       acknowledged it for {@code unacknowledgedAfterDays} days or more, longest waiting first;
 *   <li>{@link AgendaSection#KPI_HEALTH}: each KPI whose health moved (worst now first), but not into
 *       a breach; {@link AgendaSection#GUARDRAIL_BREACHES}: each KPI breaching a guardrail now, newly
 *       or still;
 *   <li>{@link AgendaSection#INITIATIVES_AT_RISK}: each initiative that became at risk or late;
 *   <li>{@link AgendaSection#HAND_OFFS_DUE}: each open hand-off due on or before the next check-in,
 *       overdue ones first;
 *   <li>{@link AgendaSection#PLAN}: the plan's conflicts (new ones first, then those still open, then
 *       those resolved since the last saved plan), then ranks and planned dates that moved.
 * </ul>
 *
 * Each section has at most {@link #PER_SECTION} entries: past that, the last one sums up the rest ("and
 * 12 more ..."). With a business goal ({@link Scope}), only its KPIs, the initiatives serving it and
 * the hand-offs and plan items that involve them are kept; insights are kept whatever they concern,
 * since new insights are seldom linked to work yet when they arrive, and the check-in is where they are.
 */
public final class AgendaRules {

    /** The most entries of one section, the one that sums up the rest included. */
    public static final int PER_SECTION = 20;

    /** A new insight: which team found it and which theme it is in (both optional). */
    public record NewInsight(
            long id,
            String title,
            @Nullable Long teamId,
            @Nullable Long themeId,
            @Nullable String themeName) {}

    /** An insight routed to a team that has not acknowledged it yet. */
    public record Waiting(long insightId, String title, long teamId, Instant routedAt) {}

    /** A KPI's health at the last check-in and now, with the explanation of now, its goals and teams. */
    public record KpiHealth(
            long id,
            String name,
            Health then,
            Health now,
            String explanation,
            List<Long> goalIds,
            List<Long> teamIds) {}

    /** An initiative that became at risk or late (or both), with why it is at risk, in words. */
    public record Slipped(
            long id,
            String title,
            @Nullable Long teamId,
            InitiativeStatus status,
            LocalDate dueDate,
            boolean becameAtRisk,
            boolean becameLate,
            List<String> riskReasons) {}

    /**
     * An open hand-off: the provider owes {@code what} ("design assets") to the dependant by {@code due};
     * the teams proposing each, when known.
     */
    public record HandOff(
            long dependantId,
            String dependantTitle,
            long providerId,
            String providerTitle,
            String what,
            LocalDate due,
            @Nullable Long fromTeamId,
            @Nullable Long toTeamId,
            List<String> riskReasons) {}

    /**
     * The plan: its open conflicts now, the titles of its initiatives, and how it moved since its last
     * saved snapshot ({@code moves} null when none was saved).
     */
    public record PlanState(
            List<Conflict> conflicts,
            Map<Long, String> titles,
            @Nullable PlanChanges moves) {

        public static final PlanState NONE = new PlanState(List.of(), Map.of(), null);
    }

    /** What the agenda is about: the whole workspace, or one business goal and the initiatives serving it. */
    public record Scope(@Nullable Long goalId, Set<Long> initiativeIds) {

        public static final Scope WORKSPACE = new Scope(null, Set.of());

        boolean keepsKpi(List<Long> goalIds) {
            return goalId == null || goalIds.contains(goalId);
        }

        boolean keepsInitiative(long id) {
            return goalId == null || initiativeIds.contains(id);
        }

        boolean keepsAny(List<Long> ids) {
            return goalId == null || ids.stream().anyMatch(initiativeIds::contains);
        }
    }

    /**
     * What changed since {@code since}, as the other modules tell it. The lists may be cut: each
     * {@code ...Total} counts all of them, and the "and N more" entry counts from it.
     */
    public record Changes(
            String slug,
            Instant since,
            Instant now,
            LocalDate nextCheckIn,
            Map<Long, String> teamNames,
            List<NewInsight> newInsights,
            long newInsightsTotal,
            List<Waiting> waiting,
            long waitingTotal,
            List<KpiHealth> kpis,
            List<Slipped> slipped,
            long slippedTotal,
            List<HandOff> handOffs,
            long handOffsTotal,
            PlanState plan) {}

    private final int unacknowledgedAfterDays;

    /** @param unacknowledgedAfterDays how many days a routed insight may wait before the agenda names it */
    public AgendaRules(int unacknowledgedAfterDays) {
        if (unacknowledgedAfterDays < 1) {
            throw new IllegalArgumentException("unacknowledgedAfterDays must be 1 or more");
        }
        this.unacknowledgedAfterDays = unacknowledgedAfterDays;
    }

    public int unacknowledgedAfterDays() {
        return unacknowledgedAfterDays;
    }

    /** The agenda entries for these changes, in section order; empty when nothing changed. */
    public List<AgendaEntry> agenda(Changes changes, Scope scope) {
        List<AgendaEntry> agenda = new ArrayList<>();
        agenda.addAll(newInsights(changes));
        agenda.addAll(waiting(changes));
        agenda.addAll(kpiHealth(changes, scope));
        agenda.addAll(guardrails(changes, scope));
        agenda.addAll(slipped(changes, scope));
        agenda.addAll(handOffs(changes, scope));
        agenda.addAll(plan(changes, scope));
        return List.copyOf(agenda);
    }

    // ---- new insights ---------------------------------------------------------------------------

    private List<AgendaEntry> newInsights(Changes c) {
        if (c.newInsights().isEmpty()) {
            return List.of();
        }
        String base = "/w/" + c.slug() + "/insights";
        Map<Long, List<NewInsight>> byTeam = grouped(c.newInsights(), i -> i.teamId() == null ? 0L : i.teamId());
        Map<Long, List<NewInsight>> byTheme = grouped(c.newInsights(), i -> i.themeId() == null ? 0L : i.themeId());
        List<AgendaEntry> entries = new ArrayList<>();
        for (Map.Entry<Long, List<NewInsight>> team : byTeam.entrySet()) {
            List<NewInsight> found = team.getValue();
            Long teamId = team.getKey() == 0L ? null : team.getKey();
            String name = teamId == null ? "No team" : c.teamNames().getOrDefault(teamId, "Team " + teamId);
            Map<Long, List<NewInsight>> themes = grouped(found, i -> i.themeId() == null ? 0L : i.themeId());
            List<Map.Entry<Long, List<NewInsight>>> named =
                    themes.entrySet().stream().filter(e -> e.getKey() != 0L).toList();
            String title = name + ": " + count(found.size(), "new insight");
            if (!named.isEmpty()) {
                title += ", " + named.getFirst().getValue().size() + " on ‘" + themeName(named.getFirst()) + "’";
            }
            List<String> rest = new ArrayList<>();
            named.stream().skip(1).limit(3).forEach(e -> rest.add(e.getValue().size() + " on ‘" + themeName(e) + "’"));
            String detail = rest.isEmpty()
                    ? "Newest: “" + found.getFirst().title() + "”"
                    : "Also " + String.join(", ", rest) + (named.size() > 4 ? ", ..." : "");
            entries.add(new AgendaEntry(
                    AgendaSection.NEW_INSIGHTS,
                    title,
                    detail,
                    teamId == null ? base : base + "?team=" + teamId,
                    teamId));
        }
        for (Map.Entry<Long, List<NewInsight>> theme : byTheme.entrySet()) {
            if (theme.getKey() == 0L) {
                continue;
            }
            List<NewInsight> found = theme.getValue();
            Map<Long, Long> teams = found.stream()
                    .collect(Collectors.groupingBy(
                            i -> i.teamId() == null ? 0L : i.teamId(), LinkedHashMap::new, Collectors.counting()));
            String from = teams.entrySet().stream()
                    .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                    .map(e -> (e.getKey() == 0L
                                    ? "no team"
                                    : c.teamNames().getOrDefault(e.getKey(), "Team " + e.getKey()))
                            + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            entries.add(new AgendaEntry(
                    AgendaSection.NEW_INSIGHTS,
                    "Theme ‘" + themeName(theme) + "’: " + count(found.size(), "new insight"),
                    "From " + from,
                    "/w/" + c.slug() + "/themes/" + theme.getKey(),
                    null));
        }
        long unread = Math.max(0, c.newInsightsTotal() - c.newInsights().size());
        if (unread > 0) {
            entries.addFirst(new AgendaEntry(
                    AgendaSection.NEW_INSIGHTS,
                    count(c.newInsightsTotal(), "new insight") + " since the last check-in",
                    "The newest " + c.newInsights().size() + " are grouped below",
                    base,
                    null));
        }
        return bounded(
                entries,
                0,
                more -> summary(
                        AgendaSection.NEW_INSIGHTS, more, "more teams and themes with new insights", c, "/insights"));
    }

    private static String themeName(Map.Entry<Long, List<NewInsight>> theme) {
        return theme.getValue().stream()
                .map(NewInsight::themeName)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse("Theme " + theme.getKey());
    }

    /** Groups in the order of the biggest group first (then the first met), the key 0 (none) last. */
    private static <T> Map<Long, List<T>> grouped(List<T> items, java.util.function.Function<T, Long> key) {
        Map<Long, List<T>> groups = new LinkedHashMap<>();
        items.forEach(i ->
                groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        Map<Long, List<T>> sorted = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, List<T>> e) -> e.getKey() == 0L)
                        .thenComparing(e -> -e.getValue().size()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    // ---- insights waiting -----------------------------------------------------------------------

    private List<AgendaEntry> waiting(Changes c) {
        Instant limit = c.now().minus(Duration.ofDays(unacknowledgedAfterDays));
        List<AgendaEntry> entries = c.waiting().stream()
                .filter(w -> !w.routedAt().isAfter(limit))
                .sorted(Comparator.comparing(Waiting::routedAt).thenComparing(Waiting::insightId))
                .map(w -> new AgendaEntry(
                        AgendaSection.UNACKNOWLEDGED_INSIGHTS,
                        "“" + w.title() + "” waits for " + c.teamNames().getOrDefault(w.teamId(), "Team " + w.teamId()),
                        "Routed on " + day(w.routedAt()) + ", not acknowledged for "
                                + count(Duration.between(w.routedAt(), c.now()).toDays(), "day"),
                        "/w/" + c.slug() + "/insights/" + w.insightId(),
                        w.teamId()))
                .toList();
        long unread = Math.max(0, c.waitingTotal() - c.waiting().size());
        return bounded(
                entries,
                unread,
                more -> new AgendaEntry(
                        AgendaSection.UNACKNOWLEDGED_INSIGHTS,
                        "And " + count(more, "more insight") + " waiting for their team",
                        "Not acknowledged for " + unacknowledgedAfterDays + " days or more",
                        "/w/" + c.slug() + "/inbox",
                        null));
    }

    // ---- KPIs -----------------------------------------------------------------------------------

    /** How bad a health is: a breach first, then off track, at risk, no data, on track. */
    private static int badness(Health health) {
        return switch (health) {
            case GUARDRAIL_BREACHED -> 0;
            case OFF_TRACK -> 1;
            case AT_RISK -> 2;
            case NO_DATA -> 3;
            case ON_TRACK -> 4;
        };
    }

    private static final Comparator<KpiHealth> WORST_FIRST =
            Comparator.comparingInt((KpiHealth k) -> badness(k.now())).thenComparing(KpiHealth::name);

    private List<AgendaEntry> kpiHealth(Changes c, Scope scope) {
        List<AgendaEntry> entries = c.kpis().stream()
                .filter(k -> scope.keepsKpi(k.goalIds()))
                .filter(k -> k.then() != k.now() && k.now() != Health.GUARDRAIL_BREACHED)
                .sorted(WORST_FIRST)
                .map(k -> new AgendaEntry(
                        AgendaSection.KPI_HEALTH,
                        k.name() + ": " + then(k.then()) + " → " + lower(k.now()),
                        k.explanation(),
                        kpiPath(c, k),
                        k.teamIds().isEmpty() ? null : k.teamIds().getFirst()))
                .toList();
        return bounded(entries, 0, more -> summary(AgendaSection.KPI_HEALTH, more, "more KPIs moved", c, "/goals"));
    }

    private List<AgendaEntry> guardrails(Changes c, Scope scope) {
        List<AgendaEntry> entries = c.kpis().stream()
                .filter(k -> scope.keepsKpi(k.goalIds()))
                .filter(k -> k.now() == Health.GUARDRAIL_BREACHED)
                .sorted(Comparator.comparing((KpiHealth k) -> k.then() == Health.GUARDRAIL_BREACHED)
                        .thenComparing(KpiHealth::name))
                .map(k -> new AgendaEntry(
                        AgendaSection.GUARDRAIL_BREACHES,
                        k.then() == Health.GUARDRAIL_BREACHED
                                ? k.name() + " still breaches its guardrail"
                                : k.name() + " breached its guardrail (was " + lower(k.then()) + ")",
                        k.explanation(),
                        kpiPath(c, k),
                        k.teamIds().isEmpty() ? null : k.teamIds().getFirst()))
                .toList();
        return bounded(
                entries,
                0,
                more -> summary(AgendaSection.GUARDRAIL_BREACHES, more, "more guardrails breached", c, "/goals"));
    }

    private static String kpiPath(Changes c, KpiHealth k) {
        return "/w/" + c.slug() + "/kpis/" + k.id();
    }

    private static String lower(Health health) {
        return health.label().toLowerCase(Locale.ROOT);
    }

    /** A KPI's health then; "no data" then means no value had been recorded yet, however old its days. */
    private static String then(Health health) {
        return health == Health.NO_DATA ? "no values recorded then" : lower(health);
    }

    // ---- initiatives ----------------------------------------------------------------------------

    private List<AgendaEntry> slipped(Changes c, Scope scope) {
        List<AgendaEntry> entries = c.slipped().stream()
                .filter(s -> scope.keepsInitiative(s.id()))
                .filter(s -> s.becameAtRisk() || s.becameLate())
                .sorted(Comparator.comparing(Slipped::dueDate).thenComparing(Slipped::id))
                .map(s -> {
                    String became = s.becameAtRisk() && s.becameLate()
                            ? "became at risk and late"
                            : s.becameAtRisk() ? "became at risk" : "became late";
                    String detail;
                    if (s.becameAtRisk() && !s.riskReasons().isEmpty()) {
                        detail = s.riskReasons().getFirst()
                                + (s.riskReasons().size() > 1
                                        ? " (and " + count(s.riskReasons().size() - 1, "more reason") + ")"
                                        : "");
                    } else {
                        detail = "Due " + DayWords.of(s.dueDate()) + ", still "
                                + s.status().words();
                    }
                    return new AgendaEntry(
                            AgendaSection.INITIATIVES_AT_RISK,
                            "“" + s.title() + "” " + became,
                            detail,
                            "/w/" + c.slug() + "/initiatives/" + s.id(),
                            s.teamId());
                })
                .toList();
        long unread = Math.max(0, c.slippedTotal() - c.slipped().size());
        return bounded(
                entries,
                unread,
                more -> summary(
                        AgendaSection.INITIATIVES_AT_RISK,
                        more,
                        "more initiatives became at risk or late",
                        c,
                        "/initiatives?atRisk=true"));
    }

    // ---- hand-offs ------------------------------------------------------------------------------

    private List<AgendaEntry> handOffs(Changes c, Scope scope) {
        LocalDate today = LocalDate.ofInstant(c.now(), java.time.ZoneOffset.UTC);
        List<AgendaEntry> entries = c.handOffs().stream()
                .filter(h -> !h.due().isAfter(c.nextCheckIn()))
                .filter(h -> scope.keepsInitiative(h.dependantId()) || scope.keepsInitiative(h.providerId()))
                .sorted(Comparator.comparing(HandOff::due).thenComparing(HandOff::dependantId))
                .map(h -> {
                    String when =
                            h.due().isBefore(today) ? "was due " + DayWords.of(h.due()) : "due " + DayWords.of(h.due());
                    String teams = team(c, h.fromTeamId()) + " → " + team(c, h.toTeamId());
                    String risk = h.riskReasons().isEmpty()
                            ? ""
                            : "; at risk: " + h.riskReasons().getFirst();
                    return new AgendaEntry(
                            AgendaSection.HAND_OFFS_DUE,
                            "“" + h.providerTitle() + "” owes " + h.what() + " to “" + h.dependantTitle() + "”, "
                                    + when,
                            teams + risk,
                            "/w/" + c.slug() + "/initiatives/" + h.dependantId(),
                            h.fromTeamId());
                })
                .toList();
        long unread = Math.max(0, c.handOffsTotal() - c.handOffs().size());
        return bounded(
                entries,
                unread,
                more -> summary(AgendaSection.HAND_OFFS_DUE, more, "more hand-offs due", c, "/initiatives"));
    }

    private static String team(Changes c, @Nullable Long teamId) {
        return teamId == null ? "no team" : c.teamNames().getOrDefault(teamId, "Team " + teamId);
    }

    // ---- the plan -------------------------------------------------------------------------------

    private List<AgendaEntry> plan(Changes c, Scope scope) {
        PlanState plan = c.plan();
        String planPath = "/w/" + c.slug() + "/plan";
        PlanChanges moves = plan.moves();
        List<AgendaEntry> entries = new ArrayList<>();
        Map<String, Integer> added = new HashMap<>();
        if (moves != null) {
            moves.conflictsAdded().forEach(k -> added.merge(key(k), 1, Integer::sum));
        }
        List<AgendaEntry> open = new ArrayList<>();
        for (Conflict conflict : plan.conflicts()) {
            if (!scope.keepsAny(conflict.itemIds())) {
                continue;
            }
            Integer fresh = added.get(key(conflict));
            boolean isNew = fresh != null && fresh > 0;
            if (isNew) {
                added.put(key(conflict), fresh - 1);
            }
            AgendaEntry entry = new AgendaEntry(
                    AgendaSection.PLAN,
                    conflict.reason(),
                    (isNew ? "New conflict since the last saved plan: " : "Open conflict: ") + words(conflict.kind()),
                    planPath,
                    null);
            if (isNew) {
                entries.add(entry);
            } else {
                open.add(entry);
            }
        }
        entries.addAll(open);
        if (moves != null) {
            for (Conflict gone : moves.conflictsGone()) {
                if (scope.keepsAny(gone.itemIds())) {
                    entries.add(new AgendaEntry(
                            AgendaSection.PLAN,
                            "Resolved: " + gone.reason(),
                            "No longer a conflict since the last saved plan: " + words(gone.kind()),
                            planPath,
                            null));
                }
            }
            for (PlanChanges.RankMove move : moves.ranks()) {
                if (!scope.keepsInitiative(move.itemId())) {
                    continue;
                }
                String title = "“" + move.title() + "” ";
                if (move.from() == null) {
                    title += "entered the plan at #" + move.to();
                } else if (move.to() == null) {
                    title += "left the plan (was #" + move.from() + ")";
                } else {
                    title += (move.gained() > 0 ? "moved up" : "moved down") + " from #" + move.from() + " to #"
                            + move.to();
                }
                entries.add(new AgendaEntry(
                        AgendaSection.PLAN,
                        title,
                        "Rank since the last saved plan",
                        "/w/" + c.slug() + "/initiatives/" + move.itemId(),
                        null));
            }
            for (PlanChanges.DateMove move : moves.dates()) {
                if (!scope.keepsInitiative(move.itemId())) {
                    continue;
                }
                String shift = move.days() == 0
                        ? "starts on another day"
                        : "ends " + count(Math.abs(move.days()), "day") + (move.days() > 0 ? " later" : " earlier");
                entries.add(new AgendaEntry(
                        AgendaSection.PLAN,
                        "“" + move.title() + "” " + shift,
                        "Planned " + DayWords.of(move.toStart()) + " – " + DayWords.of(move.toEnd()) + ", was "
                                + DayWords.of(move.fromStart()) + " – " + DayWords.of(move.fromEnd()),
                        "/w/" + c.slug() + "/initiatives/" + move.itemId(),
                        null));
            }
        }
        return bounded(
                entries,
                0,
                more -> summary(AgendaSection.PLAN, more, "more conflicts and moves in the plan", c, "/plan"));
    }

    private static String key(Conflict c) {
        return c.kind() + ":" + c.itemIds().stream().sorted().toList();
    }

    private static String words(Conflict.Kind kind) {
        return switch (kind) {
            case NO_GOAL -> "work tied to no business goal";
            case IT_REVIEW_MISSING -> "committed without an IT review";
            case IT_BLOCKED -> "committed while IT says it is blocked";
            case MONETISATION_HURTS_USERS -> "monetisation that hurts an important user goal";
            case MONETISATION_ON_BREACHED_GUARDRAIL -> "monetisation on a breached guardrail";
            case LATE_HANDOFF -> "a hand-off due after its dependant starts";
            case STARTS_BEFORE_PREREQUISITE -> "work starting before what it needs is finished";
            case OPPOSING_KPI_CHANGES -> "work moving one KPI in opposite directions";
            case TEAM_OVER_CAPACITY -> "a team over capacity";
            case PROMISE_BEFORE_FEATURE -> "a campaign before the feature it promises";
            case PROMISE_ON_PAIN -> "a campaign promising an experience that still hurts";
        };
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * The entries of one section, at most {@link #PER_SECTION}: past that (or with {@code unread} more
     * that were not even read), the last one sums up the rest.
     */
    private static List<AgendaEntry> bounded(List<AgendaEntry> entries, long unread, IntFunction<AgendaEntry> more) {
        if (entries.size() <= PER_SECTION && unread == 0) {
            return entries;
        }
        int shown = Math.min(entries.size(), PER_SECTION - 1);
        List<AgendaEntry> bounded = new ArrayList<>(entries.subList(0, shown));
        bounded.add(more.apply((int) Math.min(Integer.MAX_VALUE, entries.size() - shown + unread)));
        return bounded;
    }

    private static AgendaEntry summary(AgendaSection section, int more, String what, Changes c, String page) {
        return new AgendaEntry(section, "And " + more + " " + what, null, "/w/" + c.slug() + page, null);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String day(Instant instant) {
        return DayWords.of(LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC));
    }
}

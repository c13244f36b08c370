package app.tandem.planning;

import app.tandem.goal.GoalStatus;
import app.tandem.goal.GoalView;
import app.tandem.initiative.WorkspaceWork;
import app.tandem.planning.core.Conflict;
import app.tandem.planning.core.CriticalPath;
import app.tandem.planning.core.DependencyCycle;
import app.tandem.planning.core.DrivingChains;
import app.tandem.planning.core.Goal;
import app.tandem.planning.core.Item;
import app.tandem.planning.core.ModelComparison;
import app.tandem.planning.core.Plan;
import app.tandem.planning.core.PlanChanges;
import app.tandem.planning.core.PlanInput;
import app.tandem.planning.core.PlanOutline;
import app.tandem.planning.core.Planner;
import app.tandem.planning.core.Ranking;
import app.tandem.planning.core.Schedule;
import app.tandem.planning.core.Team;
import app.tandem.planning.core.ValueEffortMatrix;
import app.tandem.planning.internal.PlanSettings;
import app.tandem.planning.internal.PlanSources;
import app.tandem.planning.internal.SettingsStore;
import app.tandem.planning.internal.SnapshotStore;
import app.tandem.support.DayWords;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan of a workspace: computed on each request from the initiatives, goals, KPIs, user goals,
 * evidence and the workspace's settings (nothing computed is stored, so it is never stale), tried
 * with changes (what-if) without saving, saved as snapshots and compared. Anyone who may see the
 * workspace may read the plan and try a what-if; members save snapshots; admins change the settings.
 */
@Service
@Transactional(readOnly = true)
public class Plans {

    /** At most this many changes in one what-if, of each kind. */
    public static final int WHAT_IF_MAX = 200;

    public static final int SNAPSHOT_NAME_MAX = 200;

    private final Workspaces workspaces;
    private final PlanSources sources;
    private final SettingsStore settingsStore;
    private final SnapshotStore snapshots;
    private final Clock clock = Clock.systemUTC();

    Plans(Workspaces workspaces, PlanSources sources, SettingsStore settingsStore, SnapshotStore snapshots) {
        this.workspaces = workspaces;
        this.sources = sources;
        this.settingsStore = settingsStore;
        this.snapshots = snapshots;
    }

    // ---- the plan -------------------------------------------------------------------------------

    /** The plan under {@code model} (the workspace's when null), one page of its ranked initiatives. */
    public PlanView plan(String slug, long userId, @Nullable String model, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        PlanSettings settings = settingsStore.read(context.id());
        String chosen = Models.check("model", model == null || model.isBlank() ? settings.model() : model);
        PlanSources.Loaded loaded = sources.load(context, settings);
        Plan plan = compute(loaded.input(), chosen, settings);
        return view(context, loaded, plan, chosen, pageable);
    }

    /** Today's plan under the workspace's model, as a snapshot would keep it: for other modules (check-ins). */
    public PlanOutline outline(WorkspaceContext context) {
        PlanSettings settings = settingsStore.read(context.id());
        PlanSources.Loaded loaded = sources.load(context, settings);
        return PlanOutline.of(compute(loaded.input(), settings.model(), settings));
    }

    /**
     * Today's plan under the workspace's model at a glance, for the dashboard: its open conflicts (as
     * the plan page lists them) and the dates it gives each open initiative, computed once.
     */
    public Glance glance(WorkspaceContext context) {
        PlanSettings settings = settingsStore.read(context.id());
        PlanSources.Loaded loaded = sources.load(context, settings);
        Plan plan = compute(loaded.input(), settings.model(), settings);
        Map<Long, String> titles = new HashMap<>();
        loaded.input().initiatives().forEach(i -> titles.put(i.id(), i.title()));
        Map<Long, Long> journeysOfPains = journeys(loaded.input());
        List<PlanView.ConflictView> conflicts = plan.conflicts().stream()
                .map(c -> conflict(context.slug(), c, titles, journeysOfPains))
                .toList();
        Map<Long, Glance.Dates> dates = new HashMap<>();
        plan.schedule().slots().forEach(s -> dates.put(s.itemId(), new Glance.Dates(s.start(), s.end())));
        return new Glance(conflicts, dates);
    }

    /**
     * The dates today's plan under the workspace's model gives each open initiative (no conflicts
     * written): for the roadmap. The caller has checked access.
     */
    public Map<Long, Glance.Dates> plannedDates(WorkspaceContext context) {
        PlanSettings settings = settingsStore.read(context.id());
        Plan plan = compute(sources.load(context, settings).input(), settings.model(), settings);
        Map<Long, Glance.Dates> dates = new HashMap<>();
        plan.schedule().slots().forEach(s -> dates.put(s.itemId(), new Glance.Dates(s.start(), s.end())));
        return dates;
    }

    /** The plan's open conflicts and the planned dates per initiative id. */
    public record Glance(List<PlanView.ConflictView> conflicts, Map<Long, Glance.Dates> dates) {

        public Glance {
            conflicts = List.copyOf(conflicts);
            dates = Map.copyOf(dates);
        }

        public record Dates(LocalDate start, LocalDate end) {}
    }

    // ---- what-if --------------------------------------------------------------------------------

    /**
     * What today's plan would become with the changes: ranks, dates and conflicts that move. Every
     * wrong value is refused at once, naming its field; ids must be the workspace's (goals that are
     * active or proposed, teams, open initiatives). Nothing is saved.
     */
    public WhatIfView whatIf(String slug, long userId, WhatIfInput changes) {
        WorkspaceContext context = workspaces.access(slug, userId);
        PlanSettings settings = settingsStore.read(context.id());
        String chosen = Models.check(
                "model", changes.model() == null || changes.model().isBlank() ? settings.model() : changes.model());
        PlanSources.Loaded loaded = sources.load(context, settings);
        PlanInput before = loaded.input();
        PlanInput after = apply(before, changes);
        PlanChanges difference = PlanChanges.between(
                PlanOutline.of(compute(before, chosen, settings)), PlanOutline.of(compute(after, chosen, settings)));
        return new WhatIfView(chosen, PlanWords.summary(difference, "this change"), difference);
    }

    private static PlanInput apply(PlanInput input, WhatIfInput changes) {
        var checks = InvalidInputs.checks();
        Set<Long> goalIds = input.goals().stream().map(Goal::id).collect(Collectors.toSet());
        Set<Long> teamIds = input.teams().stream().map(Team::id).collect(Collectors.toSet());
        Map<Long, Item> open = new LinkedHashMap<>();
        input.initiatives().stream().filter(i -> !i.status().isFinal()).forEach(i -> open.put(i.id(), i));

        Map<Long, Integer> weights =
                weights(checks, bounded(changes.goalWeights(), "goalWeights", WHAT_IF_MAX), goalIds);
        // a team left without a capacity does not limit the plan: 0 in the core
        Map<Long, Double> capacities = new HashMap<>(teamIds.size());
        capacities(checks, bounded(changes.capacities(), "capacities", WHAT_IF_MAX), teamIds)
                .forEach((team, capacity) -> capacities.put(team, capacity == null ? 0.0 : capacity));
        Map<Long, Map<Long, Double>> efforts = new HashMap<>();
        List<WhatIfInput.EffortChange> effortChanges = bounded(changes.efforts(), "efforts", WHAT_IF_MAX);
        Set<String> changedEfforts = new HashSet<>();
        for (int k = 0; k < effortChanges.size(); k++) {
            String field = "efforts[" + k + "]";
            WhatIfInput.EffortChange e = effortChanges.get(k);
            checks.check(() -> {
                Long item = known(e.initiativeId(), open.keySet(), field + ".initiativeId", "No open initiative");
                Long team = known(e.teamId(), teamIds, field + ".teamId", "No team");
                Double weeks = e.personWeeks();
                if (weeks == null || !Double.isFinite(weeks) || weeks < 0 || weeks > 10_000) {
                    throw new InvalidInput(field + ".personWeeks", "Give the person-weeks from 0 to 10,000.");
                }
                if (!changedEfforts.add(item + ":" + team)) {
                    throw new InvalidInput(
                            field + ".teamId", "This team's effort on this initiative is changed above already.");
                }
                efforts.computeIfAbsent(item, i -> new HashMap<>(open.get(i).effort()))
                        .put(team, weeks);
            });
        }
        Map<Long, LocalDate[]> dates = new HashMap<>();
        List<WhatIfInput.DateChange> dateChanges = bounded(changes.dates(), "dates", WHAT_IF_MAX);
        for (int k = 0; k < dateChanges.size(); k++) {
            String field = "dates[" + k + "]";
            WhatIfInput.DateChange d = dateChanges.get(k);
            // each date's refusal beside it: both when both are wrong
            LocalDate start = d.start();
            LocalDate due = d.due();
            boolean startGood = start != null && PlannedDates.within(start);
            checks.check(() -> {
                if (start == null) {
                    throw new InvalidInput(field + ".start", "Give the start date.");
                }
                PlannedDates.check(field + ".start", start);
            });
            checks.check(() -> {
                if (due == null || (start != null && startGood && due.isBefore(start))) {
                    throw new InvalidInput(field + ".due", "Give a due date on or after the start.");
                }
                PlannedDates.check(field + ".due", due);
            });
            boolean datesGood =
                    start != null && startGood && due != null && PlannedDates.within(due) && !due.isBefore(start);
            checks.check(() -> {
                Long item = known(d.initiativeId(), open.keySet(), field + ".initiativeId", "No open initiative");
                if (!datesGood) {
                    return;
                }
                if (dates.containsKey(item)) {
                    throw new InvalidInput(
                            field + ".initiativeId", "This initiative's dates are changed above already.");
                }
                dates.put(item, new LocalDate[] {start, due});
            });
        }
        checks.done();

        List<Goal> goals = input.goals().stream()
                .map(g -> weights.containsKey(g.id()) ? new Goal(g.id(), g.title(), weights.get(g.id())) : g)
                .toList();
        List<Team> teams = input.teams().stream()
                .map(t -> capacities.containsKey(t.id()) ? new Team(t.id(), t.name(), capacities.get(t.id())) : t)
                .toList();
        List<Item> items = new ArrayList<>(input.initiatives().size());
        for (Item i : input.initiatives()) {
            if (!efforts.containsKey(i.id()) && !dates.containsKey(i.id())) {
                items.add(i);
                continue;
            }
            Map<Long, Double> effort = new HashMap<>(efforts.getOrDefault(i.id(), i.effort()));
            effort.values().removeIf(v -> v == 0);
            LocalDate[] d = dates.get(i.id());
            items.add(new Item(
                    i.id(),
                    i.title(),
                    i.kind(),
                    i.status(),
                    d == null ? i.start() : d[0],
                    d == null ? i.due() : d[1],
                    i.confidence(),
                    effort,
                    i.goals(),
                    i.userGoals(),
                    i.evidence(),
                    i.itReview(),
                    i.stages()));
        }
        return new PlanInput(
                items,
                input.dependencies(),
                goals,
                input.kpis(),
                input.userGoals(),
                teams,
                input.painPoints(),
                input.today());
    }

    private static <T> List<T> bounded(@Nullable List<T> list, String field, int max) {
        if (list == null) {
            return List.of();
        }
        if (list.size() > max) {
            throw new InvalidInput(field, "At most " + max + " at a time.");
        }
        return list;
    }

    /** The weights by goal id; each wrong one kept in {@code checks}, naming its row's field. */
    private static Map<Long, Integer> weights(
            InvalidInputs.Checks checks, List<PlanSettingsInput.GoalWeight> rows, Set<Long> goalIds) {
        Map<Long, Integer> weights = new HashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            String field = "goalWeights[" + k + "]";
            PlanSettingsInput.GoalWeight w = rows.get(k);
            // (the weight and the goal each said beside its field, both at once: a weight of 9 for no
            // goal was told only of the goal)
            Integer[] weight = {null};
            checks.check(() -> weight[0] = weight(w.weight(), field + ".weight"));
            checks.check(() -> {
                Long goal = known(w.goalId(), goalIds, field + ".goalId", "No active or proposed business goal");
                if (weights.containsKey(goal)) {
                    throw new InvalidInput(
                            field + ".goalId", "Goal " + goal + " is weighted above already: each goal once.");
                }
                if (weight[0] != null) {
                    weights.put(goal, weight[0]);
                }
            });
        }
        return weights;
    }

    /** The capacities by team id (null: the team should not limit the plan); each wrong one kept in {@code checks}. */
    private static Map<Long, @Nullable Double> capacities(
            InvalidInputs.Checks checks, List<PlanSettingsInput.TeamCapacity> rows, Set<Long> teamIds) {
        Map<Long, @Nullable Double> capacities = new HashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            String field = "capacities[" + k + "]";
            PlanSettingsInput.TeamCapacity c = rows.get(k);
            checks.check(() -> {
                Long team = known(c.teamId(), teamIds, field + ".teamId", "No team");
                if (capacities.containsKey(team)) {
                    throw new InvalidInput(
                            field + ".teamId", "Team " + team + " has a capacity above already: each team once.");
                }
                capacities.put(
                        team,
                        c.personWeeksPerWeek() == null
                                ? null
                                : capacity(c.personWeeksPerWeek(), field + ".personWeeksPerWeek"));
            });
        }
        return capacities;
    }

    private static Long known(@Nullable Long id, Set<Long> ids, String field, String what) {
        if (id == null || !ids.contains(id)) {
            throw new InvalidInput(field, what + (id == null ? " given." : " " + id + " in this workspace."));
        }
        return id;
    }

    private static int weight(@Nullable Integer weight, String field) {
        if (weight == null || weight < PlanSettingsInput.WEIGHT_MIN || weight > PlanSettingsInput.WEIGHT_MAX) {
            throw new InvalidInput(
                    field,
                    "A goal's weight goes from " + PlanSettingsInput.WEIGHT_MIN + " (nice to have) to "
                            + PlanSettingsInput.WEIGHT_MAX + " (what the business lives on).");
        }
        return weight;
    }

    private static double capacity(double capacity, String field) {
        if (!Double.isFinite(capacity)
                || capacity < PlanSettingsInput.CAPACITY_MIN
                || capacity > PlanSettingsInput.CAPACITY_MAX) {
            throw new InvalidInput(
                    field,
                    "A team's capacity is from " + PlanSettingsInput.CAPACITY_MIN + " to "
                            + (int) PlanSettingsInput.CAPACITY_MAX
                            + " person-weeks per week; leave it empty when the team should not limit the plan.");
        }
        return capacity;
    }

    // ---- settings -------------------------------------------------------------------------------

    public PlanSettingsView settings(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return settingsView(context, settingsStore.read(context.id()));
    }

    /**
     * Saves the settings, whole, when they are still at {@code version}: refused (nothing saved) for a
     * model or ICE mode not offered, a formula the custom model needs that is missing or wrong, a
     * weight outside 1–5, a capacity of 0 or less, a goal or team not of the workspace, or someone
     * else's save since. Admins only.
     */
    @Transactional
    public PlanSettingsView updateSettings(String slug, long userId, PlanSettingsInput input) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        PlanSettings saved = settingsStore.save(context.id(), checked(context, input));
        return settingsView(context, saved);
    }

    /**
     * Checks settings as {@link #updateSettings} does, saving nothing: every wrong field at once. For
     * a form that has errors of its own already (a capacity that is not a number), so it shows the rest
     * beside them.
     */
    @Transactional(readOnly = true)
    public void checkSettings(String slug, long userId, PlanSettingsInput input) {
        checked(workspaces.accessToAdminister(slug, userId), input);
    }

    /** The settings {@code input} asks for, checked; refused with every wrong field. */
    private PlanSettings checked(WorkspaceContext context, PlanSettingsInput input) {
        Set<Long> goalIds = new HashSet<>();
        for (GoalView goal : sources.goals(context)) {
            if (goal.status() == GoalStatus.ACTIVE || goal.status() == GoalStatus.PROPOSED) {
                goalIds.add(goal.id());
            }
        }
        Set<Long> teamIds = new HashSet<>();
        workspaces.allTeams(context).forEach(t -> teamIds.add(t.id()));

        var checks = InvalidInputs.checks();
        String[] model = {PlanSettings.DEFAULT_MODEL};
        String[] iceMode = {PlanSettings.DEFAULT_ICE_MODE};
        String[] formula = {null};
        checks.check(() ->
                model[0] = Models.check("model", input.model() == null ? PlanSettings.DEFAULT_MODEL : input.model()));
        checks.check(() -> iceMode[0] = Models.checkIceMode("iceMode", input.iceMode()));
        checks.check(() -> formula[0] = Models.checkFormula("formula", input.formula(), model[0]));
        if (input.version() == null) {
            checks.check(() -> {
                throw new InvalidInput("version", "Send the version the settings were read at.");
            });
        }
        // (weights, capacities and periods left out keep what is saved, of the goals and teams there
        // still are: a script that sends the model alone reset every weight and capacity until
        // December 2026)
        PlanSettings saved =
                input.goalWeights() == null || input.capacities() == null || input.capacityPeriods() == null
                        ? settingsStore.read(context.id())
                        : null;
        Map<Long, Integer> weights = input.goalWeights() == null
                ? kept(Objects.requireNonNull(saved).goalWeights(), goalIds)
                : weights(checks, bounded(input.goalWeights(), "goalWeights", PlanSettingsInput.ROWS_MAX), goalIds);
        Map<Long, Double> capacities = new HashMap<>();
        if (input.capacities() == null) {
            capacities.putAll(kept(Objects.requireNonNull(saved).capacities(), teamIds));
        } else {
            capacities(checks, bounded(input.capacities(), "capacities", PlanSettingsInput.ROWS_MAX), teamIds)
                    .forEach((team, capacity) -> {
                        if (capacity != null) {
                            capacities.put(team, capacity);
                        }
                    });
        }
        List<PlanSettings.CapacityPeriod> periods = input.capacityPeriods() == null
                ? Objects.requireNonNull(saved).periods()
                : periods(
                        checks,
                        bounded(input.capacityPeriods(), "capacityPeriods", PlanSettingsInput.PERIODS_MAX),
                        teamIds,
                        capacities.keySet());
        checks.done();
        return new PlanSettings(
                model[0],
                iceMode[0],
                formula[0],
                weights,
                capacities,
                periods,
                Objects.requireNonNull(input.version()));
    }

    /** The saved values of the ids that are still there. */
    private static <V> Map<Long, V> kept(Map<Long, V> saved, Set<Long> ids) {
        Map<Long, V> kept = new HashMap<>();
        saved.forEach((id, value) -> {
            if (ids.contains(id)) {
                kept.put(id, value);
            }
        });
        return kept;
    }

    /**
     * The capacity periods, each wrong one kept in {@code checks}: an empty one too (a request that
     * sends {@code {}} meant something), while a null row, a page's row left empty, is left out. A period is
     * only for a team with a weekly capacity ({@code limited}): a team without one does not limit the
     * plan, in any week.
     */
    private static List<PlanSettings.CapacityPeriod> periods(
            InvalidInputs.Checks checks,
            List<PlanSettingsInput.CapacityPeriod> rows,
            Set<Long> teamIds,
            Set<Long> limited) {
        List<PlanSettings.CapacityPeriod> periods = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            String field = "capacityPeriods[" + k + "]";
            PlanSettingsInput.CapacityPeriod row = rows.get(k);
            if (row == null) {
                // (a row the page offered for a new period and the person left empty)
                continue;
            }
            if (row.blank()) {
                refuse(
                        checks,
                        field,
                        "This period is empty: give its teamId, from, to and personWeeksPerWeek, or leave it out.");
                continue;
            }
            boolean valid = true;
            if (row.teamId() == null || !teamIds.contains(row.teamId())) {
                valid = refuse(checks, field + ".teamId", "Choose one of the workspace's teams.");
            } else if (!limited.contains(row.teamId())) {
                valid = refuse(
                        checks,
                        field + ".teamId",
                        "Give this team a weekly capacity first: a team without one does not limit the plan, so a"
                                + " period would change nothing.");
            }
            if (row.from() == null) {
                valid = refuse(checks, field + ".from", "Give the first day of the period.");
            } else if (!PlannedDates.within(row.from())) {
                valid = refuse(checks, field + ".from", PlannedDates.message(row.from()));
            }
            if (row.to() == null) {
                valid = refuse(checks, field + ".to", "Give the last day of the period.");
            } else if (!PlannedDates.within(row.to())) {
                valid = refuse(checks, field + ".to", PlannedDates.message(row.to()));
            } else if (row.from() != null && row.to().isBefore(row.from())) {
                valid = refuse(checks, field + ".to", "The period ends on or after the day it starts.");
            } else if (row.from() != null
                    && row.from().plusDays(PlanSettingsInput.PERIOD_DAYS_MAX).isBefore(row.to())) {
                valid = refuse(checks, field + ".to", "A period spans at most three years.");
            }
            Double capacity = row.personWeeksPerWeek();
            if (capacity == null
                    || !Double.isFinite(capacity)
                    || capacity < 0
                    || capacity > PlanSettingsInput.CAPACITY_MAX) {
                valid = refuse(
                        checks,
                        field + ".personWeeksPerWeek",
                        "In a period a team can do from 0 (a holiday) to " + (int) PlanSettingsInput.CAPACITY_MAX
                                + " person-weeks a week.");
            }
            if (valid) {
                for (int j = 0; j < periods.size(); j++) {
                    PlanSettings.CapacityPeriod other = periods.get(j);
                    if (other.teamId() == row.teamId()
                            && !row.from().isAfter(other.to())
                            && !row.to().isBefore(other.from())) {
                        valid = refuse(
                                checks,
                                field + ".from",
                                "It overlaps the team's period from " + DayWords.of(other.from()) + " to "
                                        + DayWords.of(other.to())
                                        + " above: a team has one capacity a day.");
                        break;
                    }
                }
            }
            if (valid) {
                periods.add(new PlanSettings.CapacityPeriod(row.teamId(), row.from(), row.to(), capacity));
            }
        }
        return periods;
    }

    /** Keeps a refusal of {@code field} in {@code checks}; false, for the row it makes invalid. */
    private static boolean refuse(InvalidInputs.Checks checks, String field, String message) {
        checks.check(() -> {
            throw new InvalidInput(field, message);
        });
        return false;
    }

    private PlanSettingsView settingsView(WorkspaceContext context, PlanSettings settings) {
        List<PlanSettingsView.GoalWeight> weights = new ArrayList<>();
        for (GoalView goal : sources.goals(context)) {
            if (goal.status() == GoalStatus.ACTIVE || goal.status() == GoalStatus.PROPOSED) {
                weights.add(new PlanSettingsView.GoalWeight(
                        goal.id(),
                        goal.title(),
                        settings.goalWeights().getOrDefault(goal.id(), PlanSources.DEFAULT_WEIGHT)));
            }
        }
        List<PlanSettingsView.TeamCapacity> capacities = new ArrayList<>();
        Map<Long, String> teamNames = new HashMap<>();
        workspaces.allTeams(context).forEach(t -> {
            teamNames.put(t.id(), t.name());
            capacities.add(new PlanSettingsView.TeamCapacity(
                    t.id(), t.name(), settings.capacities().get(t.id())));
        });
        List<PlanSettingsView.CapacityPeriod> periods = settings.periods().stream()
                .map(p -> new PlanSettingsView.CapacityPeriod(
                        p.teamId(), teamNames.getOrDefault(p.teamId(), "?"), p.from(), p.to(), p.personWeeks()))
                .toList();
        return new PlanSettingsView(
                settings.model(),
                settings.iceMode(),
                settings.formula(),
                weights,
                capacities,
                periods,
                settings.version(),
                Models.choices(),
                Models.iceModes(),
                Models.formulaFields());
    }

    // ---- snapshots ------------------------------------------------------------------------------

    public Page<SnapshotView> snapshots(String slug, long userId, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        List<SnapshotView> page =
                snapshots.list(context.id(), (int) pageable.getOffset(), pageable.getPageSize()).stream()
                        .map(Plans::snapshot)
                        .toList();
        return new PageImpl<>(page, pageable, snapshots.count(context.id()));
    }

    /** Saves today's plan under the workspace's model as a snapshot named {@code name}. Members and admins. */
    @Transactional
    public SnapshotView saveSnapshot(String slug, long userId, @Nullable String name) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInput("name", "Name the saved plan, such as “Before the March check-in”.");
        }
        if (trimmed.length() > SNAPSHOT_NAME_MAX) {
            throw new InvalidInput("name", "At most " + SNAPSHOT_NAME_MAX + " characters.");
        }
        snapshots.named(context.id(), trimmed).ifPresent(same -> {
            throw new InvalidInput(
                    "name",
                    "A plan saved "
                            + DayWords.of(same.takenAt().atZone(ZoneOffset.UTC).toLocalDate())
                            + " has this name: give this one another, so the two can be told apart.");
        });
        PlanSettings settings = settingsStore.read(context.id());
        PlanSources.Loaded loaded = sources.load(context, settings);
        PlanOutline outline = PlanOutline.of(compute(loaded.input(), settings.model(), settings));
        long id = snapshots.save(context.id(), trimmed, settings.model(), userId, clock.instant(), outline);
        return snapshot(snapshots.header(context.id(), id).orElseThrow());
    }

    public SnapshotView snapshot(String slug, long userId, long snapshotId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return snapshot(header(context, snapshotId));
    }

    /** The saved plan's initiatives and conflicts, as it kept them. */
    public PlanOutline snapshotOutline(String slug, long userId, long snapshotId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return snapshots.outline(header(context, snapshotId).id());
    }

    /** How the plan moved from saved plan {@code fromId} to saved plan {@code toId}. */
    public SnapshotComparison compare(String slug, long userId, long fromId, long toId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        SnapshotStore.Header from = header(context, fromId);
        SnapshotStore.Header to = header(context, toId);
        PlanChanges changes = PlanChanges.between(snapshots.outline(from.id()), snapshots.outline(to.id()));
        return new SnapshotComparison(
                snapshot(from), snapshot(to), PlanWords.summary(changes, "since “" + from.name() + "”"), changes);
    }

    /** How today's plan differs from the newest saved plan (none when nothing was saved): for check-ins. */
    public @Nullable PlanChanges sinceLatestSnapshot(WorkspaceContext context) {
        return snapshots
                .latest(context.id())
                .map(h -> PlanChanges.between(snapshots.outline(h.id()), outline(context)))
                .orElse(null);
    }

    private SnapshotStore.Header header(WorkspaceContext context, long snapshotId) {
        return snapshots.header(context.id(), snapshotId).orElseThrow(() -> new SnapshotNotFound(snapshotId));
    }

    private static SnapshotView snapshot(SnapshotStore.Header h) {
        return new SnapshotView(h.id(), h.name(), h.model(), h.takenAt(), h.takenBy(), h.initiatives(), h.conflicts());
    }

    // ---- computing and showing ------------------------------------------------------------------

    static Plan compute(PlanInput input, String model, PlanSettings settings) {
        try {
            return Planner.plan(input, Models.model("model", model, settings));
        } catch (DependencyCycle cycle) {
            Map<Long, String> titles = new HashMap<>();
            input.initiatives().forEach(i -> titles.put(i.id(), i.title()));
            throw new PlanCycle(cycle.ids().stream()
                    .map(id -> "“" + titles.getOrDefault(id, String.valueOf(id)) + "”")
                    .collect(Collectors.joining(" needs ")));
        }
    }

    private PlanView view(
            WorkspaceContext context, PlanSources.Loaded loaded, Plan plan, String model, Pageable pageable) {
        Ranking ranking = plan.ranking();
        Schedule schedule = plan.schedule();
        CriticalPath path = plan.criticalPath();
        Map<Long, Schedule.Slot> slots = new HashMap<>();
        schedule.slots().forEach(s -> slots.put(s.itemId(), s));
        Set<Long> critical = new HashSet<>(path.chain());
        Map<Long, String> titles = new HashMap<>();
        loaded.input().initiatives().forEach(i -> titles.put(i.id(), i.title()));
        Map<Long, Long> journeysOfPains = journeys(loaded.input());

        DrivingChains chains = new DrivingChains(schedule, loaded.input().dependencies());
        List<PlanView.Entry> entries = new ArrayList<>();
        int from = (int) Math.min(pageable.getOffset(), ranking.items().size());
        int to = Math.min(from + pageable.getPageSize(), ranking.items().size());
        for (Ranking.Ranked ranked : ranking.items().subList(from, to)) {
            WorkspaceWork.Work work = loaded.work().get(ranked.itemId());
            Schedule.Slot slot = slots.get(ranked.itemId());
            entries.add(new PlanView.Entry(
                    ranked.rank(),
                    ranked.itemId(),
                    ranked.title(),
                    work.kind().label(),
                    work.status().label(),
                    ranked.score().value(),
                    ranked.score().breakdown(),
                    PlanWords.ordinal(ranked.rank()) + ": "
                            + lowerFirst(ranked.score().sentence()),
                    slot.start(),
                    slot.end(),
                    slot.fixed(),
                    work.startDate(),
                    work.dueDate(),
                    path.slackOf(ranked.itemId()),
                    critical.contains(ranked.itemId()),
                    chains.of(ranked.itemId()).stream()
                            .map(id -> new PlanView.InitiativeRef(id, titles.getOrDefault(id, String.valueOf(id))))
                            .toList()));
        }
        List<PlanView.ConflictView> conflicts = new ArrayList<>();
        for (Conflict conflict : plan.conflicts()) {
            conflicts.add(conflict(context.slug(), conflict, titles, journeysOfPains));
        }
        List<PlanView.Step> steps = new ArrayList<>();
        for (long id : path.chain()) {
            Schedule.Slot slot = slots.get(id);
            steps.add(new PlanView.Step(id, titles.getOrDefault(id, String.valueOf(id)), slot.start(), slot.end()));
        }
        Map<Long, Integer> ranks = new HashMap<>();
        ranking.items().forEach(r -> ranks.put(r.itemId(), r.rank()));
        List<PlanView.Point> values = new ArrayList<>();
        for (ValueEffortMatrix.Placement p :
                ValueEffortMatrix.of(loaded.input()).placements()) {
            Integer rank = ranks.get(p.itemId());
            if (rank != null) {
                values.add(new PlanView.Point(
                        p.itemId(),
                        p.title(),
                        rank,
                        p.businessValue(),
                        p.userValue(),
                        p.effort(),
                        Models.label(p.quadrant()),
                        p.flag() == null ? null : flag(p, loaded)));
            }
        }
        values.sort(java.util.Comparator.comparingInt(PlanView.Point::rank));
        int size = pageable.getPageSize();
        int total = ranking.items().size();
        return new PlanView(
                model,
                Models.label(model),
                loaded.input().today(),
                schedule.firstWeek(),
                path.end(),
                entries,
                pageable.getPageNumber(),
                size,
                total,
                (total + size - 1) / size,
                conflicts,
                steps,
                values);
    }

    /**
     * The flag's sentence, naming the guardrail KPIs of the goals the initiative serves (a guardrail
     * is touched by any work that moves its goal, not only by work linked to it).
     */
    private static String flag(ValueEffortMatrix.Placement placement, PlanSources.Loaded loaded) {
        Set<String> guardrails = new java.util.TreeSet<>();
        placement.flag().guardrails().forEach(k -> guardrails.add(k.name()));
        loaded.input().initiatives().stream()
                .filter(i -> i.id() == placement.itemId())
                .flatMap(i -> i.goals().stream())
                .forEach(link -> guardrails.addAll(loaded.guardrails().getOrDefault(link.goalId(), List.of())));
        String hurt = placement.flag().hurtUserGoals().stream()
                .map(u -> "“" + u.sentence() + "” (importance " + u.importance() + ")")
                .collect(Collectors.joining(", "));
        return "Makes money but hurts " + hurt
                + (guardrails.isEmpty()
                        ? "; it touches no guardrail KPI."
                        : "; guardrails it touches: "
                                + guardrails.stream().map(g -> "“" + g + "”").collect(Collectors.joining(", "))
                                + ".");
    }

    // ---- comparing models -------------------------------------------------------------------------

    /** Every open initiative's rank under each model the workspace can use, and where they disagree. */
    public ModelComparison compareModels(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        PlanSettings settings = settingsStore.read(context.id());
        PlanSources.Loaded loaded = sources.load(context, settings);
        return ModelComparison.of(loaded.input(), Models.all(settings));
    }

    /** The journey map of each pain point of the input, by the pain point's id. */
    private static Map<Long, Long> journeys(PlanInput input) {
        Map<Long, Long> journeys = new HashMap<>();
        input.painPoints().forEach(p -> journeys.put(p.id(), p.journeyId()));
        return journeys;
    }

    private static PlanView.ConflictView conflict(
            String slug, Conflict conflict, Map<Long, String> titles, Map<Long, Long> journeysOfPains) {
        List<PlanView.InitiativeRef> refs = conflict.itemIds().stream()
                .map(id -> new PlanView.InitiativeRef(id, titles.getOrDefault(id, String.valueOf(id))))
                .toList();
        String base = "/w/" + slug + "/initiatives/";
        long first = conflict.itemIds().isEmpty() ? 0 : conflict.itemIds().getFirst();
        String url;
        String label;
        switch (conflict.kind()) {
            case NO_GOAL, MONETISATION_HURTS_USERS, MONETISATION_ON_BREACHED_GUARDRAIL, OPPOSING_KPI_CHANGES -> {
                url = base + first + "/links";
                label = "Review its goals and user goals";
            }
            case IT_REVIEW_MISSING -> {
                url = base + first + "#it-review";
                label = "Record the IT review";
            }
            case IT_BLOCKED -> {
                url = base + first + "#it-review";
                label = "See the IT review";
            }
            case TEAM_OVER_CAPACITY -> {
                url = "/w/" + slug + "/plan/settings#capacities";
                label = "Check the team's capacity";
            }
            case PROMISE_ON_PAIN -> {
                Long pain = conflict.painPointId();
                Long journey = pain == null ? null : journeysOfPains.get(pain);
                // (a saved plan's conflict names no pain point: the campaign's journey stages, then)
                url = journey == null
                        ? base + first + "/links#links-journey"
                        : "/w/" + slug + "/journeys/" + journey + "#pain-point-" + pain;
                label = "See the pain point on its journey";
            }
            default -> {
                url = base + first;
                label = "Change its dates or dependencies";
            }
        }
        return new PlanView.ConflictView(
                conflict.kind().name(), PlanWords.label(conflict.kind()), conflict.reason(), refs, url, label);
    }

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty()
                ? sentence
                : sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1);
    }
}

package app.tandem.goal;

import app.tandem.goal.csv.ImportProperties;
import app.tandem.goal.csv.MeasurementCsv;
import app.tandem.goal.health.HealthRules;
import app.tandem.goal.health.HealthThresholds;
import app.tandem.goal.internal.Directory;
import app.tandem.goal.internal.Goal;
import app.tandem.goal.internal.GoalRepository;
import app.tandem.goal.internal.Kpi;
import app.tandem.goal.internal.KpiRepository;
import app.tandem.goal.internal.Measurement;
import app.tandem.goal.internal.MeasurementChecks;
import app.tandem.goal.internal.MeasurementRepository;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DayWords;
import app.tandem.support.ImportMode;
import app.tandem.support.InvalidInput;
import app.tandem.support.RowError;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManager;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * KPIs of a workspace, their measurements and their health. Whenever measurements or a KPI's
 * definition change, its health is computed again; when it moves, {@link KpiHealthChanged} is
 * published in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Kpis {

    /** The most business goals one KPI serves, and the most teams that share it. */
    public static final int LINKS_MAX = 100;

    private final Workspaces workspaces;
    private final KpiRepository kpis;
    private final GoalRepository goals;
    private final MeasurementRepository measurements;
    private final Directory directory;
    private final HealthRules rules;
    private final ApplicationEventPublisher events;
    private final ImportProperties importProperties;
    private final KpiProperties properties;
    private final EntityManager entityManager;
    private final Clock clock = Clock.systemUTC();
    private final TransactionTemplate writing;

    Kpis(
            Workspaces workspaces,
            KpiRepository kpis,
            GoalRepository goals,
            MeasurementRepository measurements,
            Directory directory,
            HealthThresholds thresholds,
            ImportProperties importProperties,
            KpiProperties properties,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.writing = new TransactionTemplate(transactions);
        this.workspaces = workspaces;
        this.kpis = kpis;
        this.goals = goals;
        this.measurements = measurements;
        this.directory = directory;
        this.rules = new HealthRules(thresholds);
        this.importProperties = importProperties;
        this.properties = properties;
        this.entityManager = entityManager;
        this.events = events;
    }

    // ---- KPIs ---------------------------------------------------------------------------------

    /** KPIs of the workspace, optionally only those measuring a goal or owned by a team (id or name). */
    public Page<KpiView> list(
            String slug, long userId, @Nullable Long goalId, @Nullable String team, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Directory.Snapshot directory = this.directory.of(context);
        Long teamId = team == null || team.isBlank() ? null : directory.team(team, "team");
        if (goalId != null
                && goals.findByWorkspaceIdAndIdIn(context.id(), List.of(goalId)).isEmpty()) {
            throw new GoalNotFound("goal", "No goal " + goalId + " in this workspace.");
        }
        List<Kpi> matching = kpis.findByWorkspaceIdOrderByNameKeyAsc(context.id()).stream()
                .filter(k -> goalId == null || k.goalIds().contains(goalId))
                .filter(k -> teamId == null || k.teamIds().contains(teamId))
                .toList();
        if (pageable.isUnpaged()) {
            return new PageImpl<>(views(context, directory, matching), pageable, matching.size());
        }
        int from = (int) Math.min(pageable.getOffset(), matching.size());
        int to = Math.min(from + pageable.getPageSize(), matching.size());
        return new PageImpl<>(views(context, directory, matching.subList(from, to)), pageable, matching.size());
    }

    /** Every KPI of the workspace, for the goals page and pickers. */
    public List<KpiView> all(WorkspaceContext context) {
        return views(context, directory.of(context), kpis.findByWorkspaceIdOrderByNameKeyAsc(context.id()));
    }

    /** The KPIs measuring one goal. */
    public List<KpiView> measuring(WorkspaceContext context, long goalId) {
        return views(context, directory.of(context), kpis.findByWorkspaceIdAndGoal(context.id(), goalId));
    }

    public KpiView get(String slug, long userId, long kpiId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return view(context, kpi(context, kpiId));
    }

    @Transactional
    public KpiView create(String slug, long userId, KpiInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        check(context, input, null);
        Kpi kpi = kpis.save(new Kpi(context.id(), input));
        return view(context, kpi);
    }

    /**
     * Refuses every wrong field of {@code input} at once as creating or changing a KPI does, saving
     * nothing and reading nothing (a form whose own fields did not convert shows the rest beside them).
     */
    public void checkInput(KpiInput input) {
        Kpi.check(input);
    }

    @Transactional
    public KpiView update(String slug, long userId, long kpiId, KpiInput input, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Kpi kpi = kpi(context, kpiId);
        ConcurrentChange.check("this KPI", startedFrom, kpi.version());
        check(context, input, kpi);
        kpi.define(input);
        reassess(kpi);
        try {
            kpis.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this KPI", startedFrom, kpi.version());
        }
        return view(context, kpi);
    }

    /** Deletes a KPI with all its measurements. */
    @Transactional
    public void delete(String slug, long userId, long kpiId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Kpi kpi = kpi(context, kpiId);
        ConcurrentChange.checkDelete("this KPI", startedFrom, kpi.version());
        measurements.deleteByKpi(kpi.id());
        kpis.delete(kpi);
    }

    /** A KPI as it is now, and its health at an earlier instant. */
    public record HealthThen(KpiView kpi, Health then) {}

    /**
     * The KPIs of the workspace (only those measuring {@code goalId} when given), each with its health
     * now and its health at {@code at}: computed by {@link HealthRules} from the latest measurement
     * recorded before that instant, under the KPI's definition of today (a change of baseline, target
     * or guardrails is not kept, so it counts as if it had always been). For check-ins; the caller has
     * checked the workspace.
     */
    public List<HealthThen> healthSince(WorkspaceContext context, Instant at, @Nullable Long goalId) {
        List<Kpi> list = goalId == null
                ? kpis.findByWorkspaceIdOrderByNameKeyAsc(context.id())
                : kpis.findByWorkspaceIdAndGoal(context.id(), goalId);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Measurement> then =
                measurements.latestRecordedBefore(list.stream().map(Kpi::id).toList(), at);
        List<KpiView> now = views(context, directory.of(context), list);
        List<HealthThen> moves = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Measurement before = then.get(list.get(i).id());
            moves.add(new HealthThen(
                    now.get(i),
                    rules.assess(list.get(i).spec(), before == null ? null : before.reading())
                            .status()));
        }
        return moves;
    }

    // ---- measurements -------------------------------------------------------------------------

    /** Measurements of a KPI, oldest first, within {@code from}..{@code to} (both optional, inclusive). */
    public Page<MeasurementView> measurements(
            String slug, long userId, long kpiId, @Nullable LocalDate from, @Nullable LocalDate to, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Kpi kpi = kpi(context, kpiId);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "The end of the range comes after its start.");
        }
        return measurements
                .findByKpiIdAndDateBetweenOrderByDateAsc(
                        kpi.id(),
                        from == null ? Measurement.EVER : from,
                        to == null ? LocalDate.of(9999, 12, 31) : to,
                        pageable)
                .map(MeasurementView::of);
    }

    /**
     * The latest measurements of a KPI for its chart, oldest first: at most {@code
     * tandem.kpi.chart-points} of them, so a KPI measured every day for years draws its latest
     * stretch instead of loading everything.
     */
    public List<MeasurementView> chart(WorkspaceContext context, long kpiId) {
        Kpi kpi = kpi(context, kpiId);
        return measurements
                .newestOf(List.of(kpi.id()), properties.chartPoints())
                .getOrDefault(kpi.id(), List.of())
                .stream()
                .map(MeasurementView::of)
                .toList()
                .reversed();
    }

    /**
     * The charts of these KPIs of the workspace, as {@link #chart} draws each, by KPI id, in one
     * query; an id of no KPI of the workspace has none.
     */
    public Map<Long, List<MeasurementView>> charts(WorkspaceContext context, Collection<Long> kpiIds) {
        return charts(context, kpiIds, properties.chartPoints());
    }

    /**
     * The same with at most {@code atMost} (and never more than {@code tandem.kpi.chart-points}) of
     * each KPI's latest measurements: for small charts of many KPIs, such as the dashboard's.
     */
    public Map<Long, List<MeasurementView>> charts(WorkspaceContext context, Collection<Long> kpiIds, int atMost) {
        int points = Math.clamp(atMost, 1, properties.chartPoints());
        List<Long> own = kpiIds.isEmpty()
                ? List.of()
                : kpis.findByWorkspaceIdAndIdIn(context.id(), kpiIds).stream()
                        .map(Kpi::id)
                        .toList();
        Map<Long, List<MeasurementView>> charts = new HashMap<>();
        measurements
                .newestOf(own, points)
                .forEach((kpiId, newest) -> charts.put(
                        kpiId, newest.stream().map(MeasurementView::of).toList().reversed()));
        own.forEach(kpiId -> charts.putIfAbsent(kpiId, List.of()));
        return charts;
    }

    /** A page of a KPI's measurements, newest first, for its table. */
    public Slice<MeasurementView> newestFirst(WorkspaceContext context, long kpiId, Pageable pageable) {
        Kpi kpi = kpi(context, kpiId);
        return measurements.newestFirst(kpi.id(), Measurement.EVER, pageable).map(MeasurementView::of);
    }

    public int chartPoints() {
        return properties.chartPoints();
    }

    /** One measurement of a KPI, for the page that asks before deleting it. */
    public MeasurementView measurement(WorkspaceContext context, long kpiId, long measurementId) {
        Kpi kpi = kpi(context, kpiId);
        return measurements
                .findByIdAndKpiId(measurementId, kpi.id())
                .map(MeasurementView::of)
                .orElseThrow(() -> new MeasurementNotFound(measurementId));
    }

    /**
     * Records one or more values of a KPI. A value for a day that has one already revises it. All
     * or none are saved: a wrong one (its field named with its position, such as {@code [2].value})
     * saves nothing. A day after today is wrong unless {@code tandem.kpi.allow-future-measurements}
     * (see {@link MeasurementChecks}); a percentage outside 0–100% is saved, and {@link
     * KpiView#doubt} says why it looks mistyped.
     */
    @Transactional
    public KpiView record(
            String slug, long userId, long kpiId, List<MeasurementInput> values, MeasurementSource source) {
        return record(slug, userId, kpiId, values, source, values.size() != 1);
    }

    /**
     * {@link #record(String, long, long, List, MeasurementSource)}, the fields of a wrong value named
     * with its position when {@code listed} (the values came as a list, even of one).
     */
    @Transactional
    public KpiView record(
            String slug,
            long userId,
            long kpiId,
            List<MeasurementInput> values,
            MeasurementSource source,
            boolean listed) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Kpi kpi = kpi(context, kpiId);
        if (values.isEmpty()) {
            throw new InvalidInput("measurements", "Give at least one measurement.");
        }
        if (values.size() > properties.maxMeasurementsPerRequest()) {
            throw new TooManyMeasurements(properties.maxMeasurementsPerRequest());
        }
        Set<LocalDate> days = new HashSet<>();
        LocalDate today = MeasurementChecks.today(clock);
        for (int i = 0; i < values.size(); i++) {
            MeasurementInput value = values.get(i);
            String at = listed ? "[" + i + "]." : "";
            checkDay(at + "date", value.date(), today);
            if (value.value() == null || !Double.isFinite(value.value())) {
                throw new InvalidInput(at + "value", "Give the measured value as a number.");
            }
            if (!MeasurementInput.inRange(value.value())) {
                throw new InvalidInput(at + "value", MeasurementInput.OUT_OF_RANGE);
            }
            if (value.note() != null && value.note().strip().length() > MeasurementInput.NOTE_MAX) {
                throw new InvalidInput(at + "note", "A note has at most " + MeasurementInput.NOTE_MAX + " characters.");
            }
            if (!days.add(value.date())) {
                throw new InvalidInput(
                        at + "date", "Two values for " + DayWords.of(value.date()) + ": give one per day.");
            }
        }
        saveAll(
                kpi,
                values.stream()
                        .map(v -> new DayValue(v.date(), v.value(), v.note()))
                        .toList(),
                source,
                false);
        reassess(kpi);
        return view(context, kpi);
    }

    /**
     * Refuses a measurement's day as recording one does (none, or one to come), saving nothing: the
     * measurement form whose value did not convert says a wrong day beside it too.
     */
    public void checkMeasurementDay(@Nullable LocalDate day) {
        checkDay("date", day, MeasurementChecks.today(clock));
    }

    private void checkDay(String field, @Nullable LocalDate day, LocalDate today) {
        if (day == null) {
            throw new InvalidInput(field, "Give the day the value was measured (YYYY-MM-DD).");
        }
        String future = MeasurementChecks.future(day, today, properties.allowFutureMeasurements());
        if (future != null) {
            throw new InvalidInput(field, future);
        }
    }

    @Transactional
    public KpiView deleteMeasurement(String slug, long userId, long kpiId, long measurementId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Kpi kpi = kpi(context, kpiId);
        Measurement measurement = measurements
                .findByIdAndKpiId(measurementId, kpi.id())
                .orElseThrow(() -> new MeasurementNotFound(measurementId));
        measurements.delete(measurement);
        measurements.flush();
        reassess(kpi);
        return view(context, kpi);
    }

    /**
     * Checks that the person may import measurements into the workspace (a member who changes
     * content), before an upload is read: a person of no workspace gets its 404, a viewer 403.
     */
    public void checkImport(String slug, long userId) {
        workspaces.accessToChange(slug, userId);
    }

    /**
     * Imports measurements from CSV ({@link MeasurementCsv}): {@code date,value} for the KPI
     * {@code kpiId}, or {@code kpi,date,value} for many KPIs named by name or id. With {@link
     * ImportMode#ALL_OR_NOTHING} nothing is saved unless every row is good. A row dated after today
     * is wrong unless {@code tandem.kpi.allow-future-measurements}; a saved percentage outside
     * 0–100% is reported as a warning with its line.
     */
    @Transactional
    public MeasurementImport importCsv(String slug, long userId, String csv, @Nullable Long kpiId, ImportMode mode) {
        return importParsed(slug, userId, MeasurementCsv.parse(csv, importProperties.maxRows()), kpiId, mode);
    }

    /**
     * Imports measurements from CSV read as it arrives, as {@link #importCsv(String, long, String,
     * Long, ImportMode)} does: the text is never held whole, at most {@code
     * tandem.goals.import.max-rows} rows are read (the rest of a longer file is not), and the file
     * is read before the transaction begins, so a slow upload holds no database connection. Who may
     * import is checked before a byte is read.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MeasurementImport importCsv(String slug, long userId, Reader csv, @Nullable Long kpiId, ImportMode mode) {
        workspaces.accessToChange(slug, userId);
        MeasurementCsv.Parsed parsed = MeasurementCsv.parse(csv, importProperties.maxRows());
        return Objects.requireNonNull(writing.execute(status -> importParsed(slug, userId, parsed, kpiId, mode)));
    }

    private MeasurementImport importParsed(
            String slug, long userId, MeasurementCsv.Parsed parsed, @Nullable Long kpiId, ImportMode mode) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Kpi fixed = kpiId == null
                ? null
                : kpis.findByIdAndWorkspaceId(kpiId, context.id())
                        .orElseThrow(() -> new KpiNotFound("kpi", "No KPI " + kpiId + " in this workspace."));
        List<RowError> errors = new ArrayList<>(parsed.errors());
        if (!parsed.namesKpis() && fixed == null && !parsed.rows().isEmpty()) {
            throw new InvalidInput(
                    "kpi", "This file has no kpi column: choose the KPI its values are for, or add a kpi column.");
        }
        Map<String, Kpi> byName = new HashMap<>();
        Map<String, Kpi> byId = new HashMap<>();
        if (parsed.namesKpis()) {
            for (Kpi kpi : kpis.findByWorkspaceIdOrderByNameKeyAsc(context.id())) {
                byName.put(Kpi.key(kpi.name()), kpi);
                byId.put(String.valueOf(kpi.id()), kpi);
            }
        }
        record Good(Kpi kpi, MeasurementCsv.Row row) {}
        List<Good> good = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        LocalDate today = MeasurementChecks.today(clock);
        for (MeasurementCsv.Row row : parsed.rows()) {
            Kpi kpi = fixed;
            if (parsed.namesKpis()) {
                String named = String.valueOf(row.kpi());
                Kpi byItsName = byName.get(Kpi.key(named));
                Kpi byItsId = byId.get(named.strip());
                if (byItsName != null && byItsId != null && byItsName != byItsId) {
                    // a KPI named "4" and the KPI whose id is 4: neither is guessed
                    errors.add(new RowError(
                            row.line(),
                            "kpi",
                            "'" + named + "' is the name of one KPI and the id of another (" + byItsId.name()
                                    + "): write " + byItsName.id() + " for the first, or the second's name."));
                    continue;
                }
                kpi = byItsName != null ? byItsName : byItsId;
            }
            if (kpi == null) {
                errors.add(new RowError(row.line(), "kpi", "no KPI named '" + row.kpi() + "' in this workspace."));
                continue;
            }
            String future = MeasurementChecks.future(row.date(), today, properties.allowFutureMeasurements());
            if (future != null) {
                errors.add(new RowError(row.line(), "date", future));
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(kpi.id() + "@" + row.date(), row.line());
            if (earlier != null) {
                errors.add(new RowError(
                        row.line(),
                        "date",
                        "line " + earlier + " has a value of " + kpi.name() + " for " + row.date() + " already."));
                continue;
            }
            good.add(new Good(kpi, row));
        }
        errors.sort(Comparator.comparingInt(RowError::line));
        parsed.spreadsheet().onRows(errors);
        // (saving the good rows of a file with none, or that cannot be read, saves nothing: refused as
        // the all-or-nothing import is, not answered as a success)
        if (!errors.isEmpty() && (mode == ImportMode.ALL_OR_NOTHING || good.isEmpty())) {
            return new MeasurementImport(0, 0, true, errors, parsed.warnings(), !good.isEmpty());
        }
        Map<Kpi, List<DayValue>> byKpi = new LinkedHashMap<>();
        List<RowError> warnings = new ArrayList<>(parsed.warnings());
        for (Good g : good) {
            byKpi.computeIfAbsent(g.kpi(), k -> new ArrayList<>())
                    .add(new DayValue(g.row().date(), g.row().value(), g.row().note()));
            String doubt = MeasurementChecks.doubt(g.kpi().spec(), g.row().value());
            if (doubt != null) {
                warnings.add(new RowError(g.row().line(), "value", doubt));
            }
        }
        warnings.sort(Comparator.comparingInt(RowError::line));
        parsed.spreadsheet().onRows(warnings);
        // a value the day has already, with its note, is left as it is (where it came from too): an
        // export imported back changes nothing
        int unchanged = 0;
        for (Map.Entry<Kpi, List<DayValue>> values : byKpi.entrySet()) {
            unchanged += saveAll(values.getKey(), values.getValue(), MeasurementSource.CSV, true);
        }
        byKpi.keySet().forEach(this::reassess);
        return new MeasurementImport(good.size() - unchanged, unchanged, false, errors, warnings, true);
    }

    // ---- internals ----------------------------------------------------------------------------

    /** A value of one day, checked already. */
    private record DayValue(
            LocalDate date, double value, @Nullable String note) {}

    /** How many values {@link #saveAll} writes at a time. */
    static final int CHUNK = 1_000;

    /**
     * Saves values of one KPI, one per day (a day that has a value is revised; with {@code keepSame}
     * one whose value and note are these already is left as it is, and counted), {@link #CHUNK} at a
     * time: one query finds which days of the chunk have a value, the chunk is written in JDBC
     * batches and then let go by the persistence context. Looking each day up on its own made
     * Hibernate check every value written so far before each look-up (auto-flush), so the time grew
     * with the square of the count; this way it grows with the count, and memory stays bounded.
     */
    private int saveAll(Kpi kpi, List<DayValue> values, MeasurementSource source, boolean keepSame) {
        int same = 0;
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<DayValue> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            Map<LocalDate, Measurement> existing =
                    measurements
                            .findByKpiIdAndDateIn(
                                    kpi.id(), chunk.stream().map(DayValue::date).toList())
                            .stream()
                            .collect(Collectors.toMap(Measurement::date, m -> m));
            List<Measurement> written = new ArrayList<>(chunk.size());
            for (DayValue value : chunk) {
                Measurement measurement = existing.get(value.date());
                if (measurement != null && keepSame && measurement.says(value.value(), value.note())) {
                    same++;
                } else if (measurement != null) {
                    measurement.revise(value.value(), value.note(), source);
                } else {
                    measurement = new Measurement(kpi.id(), value.date(), value.value(), value.note(), source);
                    entityManager.persist(measurement);
                }
                written.add(measurement);
            }
            entityManager.flush();
            written.forEach(entityManager::detach);
        }
        return same;
    }

    /** Computes the health again and tells the application when it moved. */
    private void reassess(Kpi kpi) {
        HealthAssessment now = assess(kpi);
        Health before = kpi.assess(now.status());
        if (before != now.status()) {
            events.publishEvent(new KpiHealthChanged(
                    kpi.workspaceId(), kpi.id(), kpi.name(), before, now.status(), now.explanation()));
        }
    }

    private HealthAssessment assess(Kpi kpi) {
        measurements.flush();
        return rules.assess(
                kpi.spec(),
                Optional.ofNullable(measurements.latestOf(List.of(kpi.id())).get(kpi.id()))
                        .map(Measurement::reading)
                        .orElse(null));
    }

    private Kpi kpi(WorkspaceContext context, long kpiId) {
        return kpis.findByIdAndWorkspaceId(kpiId, context.id()).orElseThrow(() -> new KpiNotFound(kpiId));
    }

    private void check(WorkspaceContext context, KpiInput input, @Nullable Kpi existing) {
        Directory.Snapshot directory = this.directory.of(context);
        if (input.teamIds() != null && input.teamIds().size() > LINKS_MAX) {
            throw new InvalidInput("teamIds", "A KPI is shared by at most " + LINKS_MAX + " teams.");
        }
        if (input.goalIds() != null && input.goalIds().size() > LINKS_MAX) {
            throw new InvalidInput("goalIds", "A KPI serves at most " + LINKS_MAX + " business goals.");
        }
        directory.checkTeams(input.teamIds(), "teamIds");
        if (input.goalIds() != null && !input.goalIds().isEmpty()) {
            Set<Long> found = goals.findByWorkspaceIdAndIdIn(context.id(), input.goalIds()).stream()
                    .map(Goal::id)
                    .collect(Collectors.toSet());
            for (Long id : input.goalIds()) {
                if (!found.contains(id)) {
                    throw new InvalidInput("goalIds", "No goal " + id + " in this workspace.");
                }
            }
        }
        if (input.name() != null && !input.name().isBlank()) {
            String key = Kpi.key(input.name());
            boolean renamed = existing == null || !key.equals(Kpi.key(existing.name()));
            if (renamed && kpis.existsByWorkspaceIdAndNameKey(context.id(), key)) {
                throw new KpiNameTaken(input.name().strip());
            }
        }
    }

    private KpiView view(WorkspaceContext context, Kpi kpi) {
        return views(context, directory.of(context), List.of(kpi)).getFirst();
    }

    private List<KpiView> views(WorkspaceContext context, Directory.Snapshot directory, Collection<Kpi> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        // one query for the latest measurement of every KPI of the list (one index entry each,
        // however many measurements there are); their goal and team ids are loaded in batches
        Map<Long, Measurement> latest =
                measurements.latestOf(list.stream().map(Kpi::id).toList());
        Map<Long, String> titles = goals.findByWorkspaceIdOrderByPeriodStartAscTitleAsc(context.id()).stream()
                .collect(Collectors.toMap(Goal::id, Goal::title, (a, b) -> a, LinkedHashMap::new));
        Function<Kpi, KpiView> view = kpi -> {
            Measurement last = latest.get(kpi.id());
            return new KpiView(
                    kpi.id(),
                    kpi.name(),
                    kpi.unit(),
                    kpi.direction(),
                    kpi.baselineValue(),
                    kpi.baselineDate(),
                    kpi.targetValue(),
                    kpi.targetDate(),
                    kpi.guardrailMin(),
                    kpi.guardrailMax(),
                    kpi.dataSource(),
                    kpi.goalIds().stream()
                            .filter(titles::containsKey)
                            .map(id -> new Ref(id, titles.get(id)))
                            .sorted(Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT)))
                            .toList(),
                    directory.teams(kpi.teamIds()),
                    last == null ? null : MeasurementView.of(last),
                    rules.assess(kpi.spec(), last == null ? null : last.reading()),
                    kpi.version());
        };
        return list.stream().map(view).toList();
    }
}

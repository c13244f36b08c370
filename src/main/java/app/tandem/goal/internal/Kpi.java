package app.tandem.goal.internal;

import app.tandem.goal.Direction;
import app.tandem.goal.Health;
import app.tandem.goal.KpiInput;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.MeasurementInput;
import app.tandem.goal.health.HealthRules;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/**
 * A key performance indicator several teams own together: where it started (baseline), where it
 * should be by when (target), which way is better, the bounds it must not cross while the teams
 * push it (guardrails), and the goals it measures. Keeps the health last computed, so a change
 * of health can be told to the rest of the application.
 */
@Entity
@Table(name = "kpis")
public class Kpi {

    /**
     * How many KPIs' team ids (or goal ids) one query loads: the first KPI of a list whose ids are
     * read loads them for up to this many of the others, instead of a query per KPI.
     */
    static final int BATCH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpis_seq")
    @SequenceGenerator(name = "kpis_seq", sequenceName = "kpis_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    @Enumerated(EnumType.STRING)
    private KpiUnit unit;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Column(name = "baseline_value")
    private double baselineValue;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    @Column(name = "target_value")
    private double targetValue;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "guardrail_min")
    private @Nullable Double guardrailMin;

    @Column(name = "guardrail_max")
    private @Nullable Double guardrailMax;

    @Column(name = "data_source")
    private @Nullable String dataSource;

    // (derived from the measurements: recording them changes it, and must not make a person's open
    // edit of the KPI a conflict)
    @Enumerated(EnumType.STRING)
    @OptimisticLock(excluded = true)
    private Health health;

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "kpi_teams", joinColumns = @JoinColumn(name = "kpi_id"))
    @Column(name = "team_id")
    private Set<Long> teamIds = new HashSet<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "kpi_goals", joinColumns = @JoinColumn(name = "kpi_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new HashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Kpi() {
        this.name = "";
        this.nameKey = "";
        this.unit = KpiUnit.COUNT;
        this.direction = Direction.HIGHER_IS_BETTER;
        this.baselineDate = LocalDate.EPOCH;
        this.targetDate = LocalDate.EPOCH;
        this.health = Health.NO_DATA;
        this.createdAt = Instant.EPOCH;
    }

    public Kpi(long workspaceId, KpiInput input) {
        this();
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
        define(input);
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The version a change starts from: an edit sends it back, so a change made since is not overwritten. */
    public long version() {
        return version;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("KPI is not saved yet");
        }
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String name() {
        return name;
    }

    public KpiUnit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public double baselineValue() {
        return baselineValue;
    }

    public LocalDate baselineDate() {
        return baselineDate;
    }

    public double targetValue() {
        return targetValue;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public @Nullable Double guardrailMin() {
        return guardrailMin;
    }

    public @Nullable Double guardrailMax() {
        return guardrailMax;
    }

    public @Nullable String dataSource() {
        return dataSource;
    }

    public Health health() {
        return health;
    }

    public Set<Long> teamIds() {
        return Set.copyOf(teamIds);
    }

    public Set<Long> goalIds() {
        return Set.copyOf(goalIds);
    }

    public HealthRules.Spec spec() {
        return new HealthRules.Spec(
                unit, direction, baselineValue, baselineDate, targetValue, targetDate, guardrailMin, guardrailMax);
    }

    /**
     * Sets everything a person can change; refuses a KPI whose target is no improvement, naming the
     * field: every wrong field at once ({@link InvalidInputs} when several), a check that needs
     * another field only once that one is right.
     */
    public void define(KpiInput input) {
        check(input);
        String newName = Objects.requireNonNull(input.name()).strip();
        KpiUnit newUnit = Objects.requireNonNull(input.unit());
        Direction newDirection = Objects.requireNonNull(input.direction());
        double baseline = Objects.requireNonNull(input.baselineValue());
        LocalDate baselineDay = Objects.requireNonNull(input.baselineDate());
        double target = Objects.requireNonNull(input.targetValue());
        LocalDate targetDay = Objects.requireNonNull(input.targetDate());
        Double min = input.guardrailMin();
        Double max = input.guardrailMax();
        String source = input.dataSource() == null ? null : input.dataSource().strip();
        this.name = newName;
        this.nameKey = key(newName);
        this.unit = newUnit;
        this.direction = newDirection;
        this.baselineValue = baseline;
        this.baselineDate = baselineDay;
        this.targetValue = target;
        this.targetDate = targetDay;
        this.guardrailMin = min;
        this.guardrailMax = max;
        this.dataSource = source == null || source.isEmpty() ? null : source;
        this.teamIds.clear();
        if (input.teamIds() != null) {
            this.teamIds.addAll(input.teamIds());
        }
        this.goalIds.clear();
        if (input.goalIds() != null) {
            this.goalIds.addAll(input.goalIds());
        }
    }

    /** Refuses every wrong field of {@code input} at once, as {@link #define(KpiInput)} does. */
    public static void check(KpiInput input) {
        InvalidInputs.Checks checks = InvalidInputs.checks();
        checks.check(() -> {
            String newName = input.name() == null ? "" : input.name().strip();
            if (newName.isEmpty() || newName.length() > KpiInput.NAME_MAX) {
                throw new InvalidInput("name", "A KPI's name has 1 to " + KpiInput.NAME_MAX + " characters.");
            }
        });
        checks.check(() -> required(input.unit(), "unit", "Choose the unit: percent, count, currency or score."));
        boolean direction =
                ok(checks, () -> required(input.direction(), "direction", "Say whether higher or lower is better."));
        boolean baseline = ok(
                checks,
                () -> finite(input.baselineValue(), "baselineValue", "Give the baseline value: where the KPI stood."));
        boolean baselineDay = ok(checks, () -> {
            LocalDate day = required(input.baselineDate(), "baselineDate", "Give the day the baseline was measured.");
            String baselineYear = MeasurementChecks.year(day);
            if (baselineYear != null) {
                throw new InvalidInput("baselineDate", baselineYear);
            }
        });
        boolean target = ok(
                checks,
                () -> finite(input.targetValue(), "targetValue", "Give the target value: where the KPI should be."));
        checks.check(() -> {
            LocalDate targetDay =
                    required(input.targetDate(), "targetDate", "Give the day the target should be reached.");
            PlannedDates.check("targetDate", targetDay);
            if (baselineDay && !targetDay.isAfter(Objects.requireNonNull(input.baselineDate()))) {
                throw new InvalidInput(
                        "targetDate",
                        "Give a target date after the baseline date: the target is reached after the baseline was measured.");
            }
        });
        if (direction && baseline && target) {
            checks.check(() -> {
                Direction newDirection = Objects.requireNonNull(input.direction());
                if (!newDirection.improves(
                        Objects.requireNonNull(input.baselineValue()), Objects.requireNonNull(input.targetValue()))) {
                    throw new InvalidInput(
                            "targetValue",
                            newDirection == Direction.HIGHER_IS_BETTER
                                    ? "Higher is better, so the target is above the baseline."
                                    : "Lower is better, so the target is below the baseline.");
                }
            });
        }
        boolean min = ok(checks, () -> optionalFinite(input.guardrailMin(), "guardrailMin"));
        boolean max = ok(checks, () -> optionalFinite(input.guardrailMax(), "guardrailMax"));
        if (min && max) {
            checks.check(() -> {
                Double low = input.guardrailMin();
                Double high = input.guardrailMax();
                if (low != null && high != null && low >= high) {
                    throw new InvalidInput("guardrailMax", "The upper guardrail is above the lower one.");
                }
            });
        }
        checks.check(() -> {
            String source =
                    input.dataSource() == null ? null : input.dataSource().strip();
            if (source != null && source.length() > KpiInput.SOURCE_MAX) {
                throw new InvalidInput(
                        "dataSource", "The data source note has at most " + KpiInput.SOURCE_MAX + " characters.");
            }
        });
        checks.done();
    }

    /** Runs {@code check} among {@code checks}; whether it passed. */
    private static boolean ok(InvalidInputs.Checks checks, Runnable check) {
        boolean[] passed = {true};
        checks.check(() -> {
            try {
                check.run();
            } catch (RuntimeException e) {
                passed[0] = false;
                throw e;
            }
        });
        return passed[0];
    }

    /** Records a newly computed health; answers the one it had before. */
    public Health assess(Health newHealth) {
        Health before = health;
        this.health = newHealth;
        return before;
    }

    /** Stops measuring a goal that is deleted. */
    public void forgetGoal(long goalId) {
        goalIds.remove(goalId);
    }

    private static <T> T required(@Nullable T value, String field, String message) {
        if (value == null) {
            throw new InvalidInput(field, message);
        }
        return value;
    }

    private static double finite(@Nullable Double value, String field, String message) {
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidInput(field, message);
        }
        if (!MeasurementInput.inRange(value)) {
            throw new InvalidInput(field, MeasurementInput.OUT_OF_RANGE);
        }
        return value;
    }

    private static @Nullable Double optionalFinite(@Nullable Double value, String field) {
        if (value != null && !Double.isFinite(value)) {
            throw new InvalidInput(field, "Give a number, or leave it empty.");
        }
        if (value != null && !MeasurementInput.inRange(value)) {
            throw new InvalidInput(field, MeasurementInput.OUT_OF_RANGE);
        }
        return value;
    }
}

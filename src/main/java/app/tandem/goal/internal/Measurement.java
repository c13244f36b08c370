package app.tandem.goal.internal;

import app.tandem.goal.MeasurementInput;
import app.tandem.goal.MeasurementSource;
import app.tandem.goal.health.HealthRules;
import app.tandem.support.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A KPI's value on one day. One per KPI and day: a second value for the same day revises the first. */
@Entity
@Table(name = "kpi_measurements")
public class Measurement {

    /**
     * A day before every measurement (1 January of year 1), for the condition {@code measured_on >=
     * EVER} that steers H2 to the unique index (see {@link MeasurementRepository#newestFirst}).
     */
    public static final LocalDate EVER = LocalDate.of(1, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_measurements_seq")
    @SequenceGenerator(name = "kpi_measurements_seq", sequenceName = "kpi_measurements_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "kpi_id")
    private long kpiId;

    @Column(name = "measured_on")
    private LocalDate date;

    @Column(name = "measured")
    private double value;

    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    private MeasurementSource source;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected Measurement() {
        this.date = LocalDate.EPOCH;
        this.source = MeasurementSource.MANUAL;
        this.recordedAt = Instant.EPOCH;
    }

    public Measurement(long kpiId, LocalDate date, double value, @Nullable String note, MeasurementSource source) {
        this();
        this.kpiId = kpiId;
        this.date = date;
        revise(value, note, source);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Measurement is not saved yet");
        }
        return id;
    }

    public long kpiId() {
        return kpiId;
    }

    public LocalDate date() {
        return date;
    }

    public double value() {
        return value;
    }

    public @Nullable String note() {
        return note;
    }

    public MeasurementSource source() {
        return source;
    }

    /** Replaces the value (and note) of this day. */
    /** Whether this is the value and the note (as a revision would keep it) already. */
    public boolean says(double otherValue, @Nullable String otherNote) {
        String stripped = otherNote == null ? null : otherNote.strip();
        return value == otherValue && Objects.equals(note, stripped == null || stripped.isEmpty() ? null : stripped);
    }

    public void revise(double newValue, @Nullable String newNote, MeasurementSource newSource) {
        if (!Double.isFinite(newValue)) {
            throw new InvalidInput("value", "Give a number.");
        }
        String stripped = newNote == null ? null : newNote.strip();
        if (stripped != null && stripped.length() > MeasurementInput.NOTE_MAX) {
            throw new InvalidInput("note", "A note has at most " + MeasurementInput.NOTE_MAX + " characters.");
        }
        this.value = newValue;
        this.note = stripped == null || stripped.isEmpty() ? null : stripped;
        this.source = newSource;
        this.recordedAt = Instant.now();
    }

    public HealthRules.Reading reading() {
        return new HealthRules.Reading(date, value);
    }
}

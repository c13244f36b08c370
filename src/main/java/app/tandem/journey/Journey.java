package app.tandem.journey;

import app.tandem.support.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A journey map of one persona through one scenario ("first month with the app"): ordered stages. */
@Entity
@Table(name = "journeys")
class Journey {

    static final int MAX_STAGES = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journeys_seq")
    @SequenceGenerator(name = "journeys_seq", sequenceName = "journeys_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "persona_id")
    private long personaId;

    private String name;

    private @Nullable String scenario;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "journey_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Stage> stages = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Journey() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    Journey(long workspaceId, long personaId, String name, @Nullable String scenario) {
        this.workspaceId = workspaceId;
        this.personaId = personaId;
        this.name = "";
        rename(name);
        describe(scenario);
        this.createdAt = Instant.now();
    }

    long version() {
        return version;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Journey is not saved yet");
        }
        return id;
    }

    long personaId() {
        return personaId;
    }

    String name() {
        return name;
    }

    @Nullable String scenario() {
        return scenario;
    }

    List<Stage> stages() {
        return List.copyOf(stages);
    }

    Optional<Stage> stage(long stageId) {
        return stages.stream()
                .filter(s -> s.idOrNull() != null && s.idOrNull() == stageId)
                .findFirst();
    }

    void rename(String newName) {
        String stripped = newName == null ? "" : newName.strip();
        if (stripped.isEmpty() || stripped.length() > 120) {
            throw new InvalidInput("name", "A journey map's name has 1 to 120 characters.");
        }
        this.name = stripped;
    }

    void describe(@Nullable String newScenario) {
        String stripped = newScenario == null ? null : newScenario.strip();
        if (stripped != null && stripped.length() > 300) {
            throw new InvalidInput("scenario", "A scenario has at most 300 characters.");
        }
        this.scenario = stripped == null || stripped.isEmpty() ? null : stripped;
    }

    void followPersona(long newPersonaId) {
        this.personaId = newPersonaId;
    }

    /** Adds a stage at {@code position} (0 is first), or at the end when null. */
    void addStage(Stage stage, @Nullable Integer position) {
        if (stages.size() >= MAX_STAGES) {
            throw new InvalidInput("stages", "A journey map has at most " + MAX_STAGES + " stages.");
        }
        if (position == null) {
            stages.add(stage);
        } else {
            if (position < 0 || position > stages.size()) {
                throw new InvalidInput("position", "Position goes from 0 to " + stages.size() + ".");
            }
            stages.add(position, stage);
        }
    }

    /** Replaces the whole list of stages (a PUT of the map); stages named by id stay the same stage. */
    void restage(List<Stage> newStages) {
        if (newStages.size() > MAX_STAGES) {
            throw new InvalidInput("stages", "A journey map has at most " + MAX_STAGES + " stages.");
        }
        stages.clear();
        stages.addAll(newStages);
    }

    void removeStage(Stage stage) {
        stages.remove(stage);
    }

    /** Moves a stage to {@code position} (0 is first), shifting the others. */
    void move(Stage stage, int position) {
        if (position < 0 || position >= stages.size()) {
            throw new InvalidInput("position", "Position goes from 0 to " + (stages.size() - 1) + ".");
        }
        stages.remove(stage);
        stages.add(position, stage);
    }

    int positionOf(Stage stage) {
        return stages.indexOf(stage);
    }
}

package app.tandem.journey;

import app.tandem.support.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One stage of a journey: touchpoints, what the user does and thinks, how they feel, what hurts. */
@Entity
@Table(name = "journey_stages")
class Stage {

    static final int MAX_ITEMS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journey_stages_seq")
    @SequenceGenerator(name = "journey_stages_seq", sequenceName = "journey_stages_seq", allocationSize = 50)
    private @Nullable Long id;

    private String name;

    private @Nullable String doing;

    private @Nullable String thinking;

    private int emotion;

    @ElementCollection
    @CollectionTable(name = "stage_touchpoints", joinColumns = @JoinColumn(name = "stage_id"))
    @OrderColumn(name = "position")
    private List<Touchpoint> touchpoints = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "stage_id", nullable = false)
    @OrderColumn(name = "position")
    private List<PainPoint> painPoints = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "stage_opportunities", joinColumns = @JoinColumn(name = "stage_id"))
    @OrderColumn(name = "position")
    private List<Opportunity> opportunities = new ArrayList<>();

    @Version
    private long version;

    protected Stage() {
        this.name = "";
    }

    Stage(String name, int emotion, String field) {
        this.name = "";
        rename(name, field);
        feel(emotion, field);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Stage is not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    @Nullable Long idOrNull() {
        return id;
    }

    String name() {
        return name;
    }

    @Nullable String doing() {
        return doing;
    }

    @Nullable String thinking() {
        return thinking;
    }

    int emotion() {
        return emotion;
    }

    List<Touchpoint> touchpoints() {
        return List.copyOf(touchpoints);
    }

    List<PainPoint> painPoints() {
        return List.copyOf(painPoints);
    }

    List<Opportunity> opportunities() {
        return List.copyOf(opportunities);
    }

    void rename(String newName, String field) {
        String stripped = newName == null ? "" : newName.strip();
        if (stripped.isEmpty() || stripped.length() > 80) {
            throw new InvalidInput(Stage.at(field) + "name", "A stage's name has 1 to 80 characters.");
        }
        this.name = stripped;
    }

    void feel(int newEmotion, String field) {
        if (newEmotion < -2 || newEmotion > 2) {
            throw new InvalidInput(Stage.at(field) + "emotion", "Emotion goes from -2 (miserable) to +2 (delighted).");
        }
        this.emotion = newEmotion;
    }

    void describe(@Nullable String newDoing, @Nullable String newThinking, String field) {
        this.doing = optional(newDoing, Stage.at(field) + "doing");
        this.thinking = optional(newThinking, Stage.at(field) + "thinking");
    }

    void touchAt(List<Touchpoint> newTouchpoints, String field) {
        if (newTouchpoints.size() > MAX_ITEMS) {
            throw new InvalidInput(Stage.at(field) + "touchpoints", "At most " + MAX_ITEMS + " touchpoints per stage.");
        }
        for (int i = 0; i < newTouchpoints.size(); i++) {
            String channel = newTouchpoints.get(i).channel().strip();
            if (channel.isEmpty() || channel.length() > 80) {
                throw new InvalidInput(
                        Stage.at(field) + "touchpoints[" + i + "].channel",
                        "A touchpoint's channel has 1 to 80 characters.");
            }
        }
        touchpoints.clear();
        newTouchpoints.forEach(t -> touchpoints.add(new Touchpoint(t.channel().strip(), t.teamId())));
    }

    /** Replaces the pain points: kept ones (same id) are changed in place, so their evidence links stay. */
    void hurt(List<PainPointChange> changes, String field) {
        if (changes.size() > MAX_ITEMS) {
            throw new InvalidInput(Stage.at(field) + "painPoints", "At most " + MAX_ITEMS + " pain points per stage.");
        }
        List<PainPoint> next = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            PainPointChange change = changes.get(i);
            String at = Stage.at(field) + "painPoints[" + i + "]";
            if (change.id() != null) {
                PainPoint existing = painPoints.stream()
                        .filter(p -> change.id().equals(p.idOrNull()))
                        .findFirst()
                        .orElseThrow(() ->
                                new InvalidInput(at + ".id", "This stage has no pain point " + change.id() + "."));
                existing.change(change.text(), change.severity(), change.userGoalId(), change.teamId(), at);
                next.add(existing);
            } else {
                next.add(new PainPoint(change.text(), change.severity(), change.userGoalId(), change.teamId(), at));
            }
        }
        painPoints.clear();
        painPoints.addAll(next);
    }

    void seeOpportunities(List<OpportunityChange> changes, String field) {
        if (changes.size() > MAX_ITEMS) {
            throw new InvalidInput(
                    Stage.at(field) + "opportunities", "At most " + MAX_ITEMS + " opportunities per stage.");
        }
        List<Opportunity> checked = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            String line =
                    changes.get(i).text() == null ? "" : changes.get(i).text().strip();
            if (line.isEmpty() || line.length() > 300) {
                throw new InvalidInput(
                        Stage.at(field) + "opportunities[" + i + "].text", "An opportunity has 1 to 300 characters.");
            }
            checked.add(new Opportunity(line, changes.get(i).teamId()));
        }
        opportunities.clear();
        opportunities.addAll(checked);
    }

    /** The prefix of a field name inside {@code field}: "stages[2]." or nothing for a single stage. */
    static String at(String field) {
        return field.isEmpty() ? "" : field + ".";
    }

    private static @Nullable String optional(@Nullable String value, String field) {
        String stripped = value == null ? null : value.strip();
        if (stripped != null && stripped.length() > 500) {
            throw new InvalidInput(field, "At most 500 characters.");
        }
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }

    /** An opportunity as a change asks for it: its text, and the team that would take it up. */
    record OpportunityChange(String text, @Nullable Long teamId) {}

    /** A pain point as a change asks for it; {@code id} names an existing one to keep. */
    record PainPointChange(
            @Nullable Long id,
            String text,
            int severity,
            @Nullable Long userGoalId,
            @Nullable Long teamId) {

        /** A pain point with no owning team named. */
        PainPointChange(@Nullable Long id, String text, int severity, @Nullable Long userGoalId) {
            this(id, text, severity, userGoalId, null);
        }
    }
}

package app.tandem.initiative.internal;

import app.tandem.initiative.DesignStep;
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
import org.jspecify.annotations.Nullable;

/** The answer to one information-design step of a feature, the user goal it serves, and who answered when. */
@Entity
@Table(name = "initiative_design_steps")
public class DesignStepAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_design_steps_seq")
    @SequenceGenerator(
            name = "initiative_design_steps_seq",
            sequenceName = "initiative_design_steps_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "initiative_id")
    private long initiativeId;

    @Enumerated(EnumType.STRING)
    private DesignStep step;

    private String answer;

    @Column(name = "user_goal_id")
    private @Nullable Long userGoalId;

    @Column(name = "answered_by")
    private long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected DesignStepAnswer() {
        this.step = DesignStep.PROBLEM;
        this.answer = "";
        this.answeredAt = Instant.EPOCH;
    }

    public DesignStepAnswer(long initiativeId, DesignStep step) {
        this();
        this.initiativeId = initiativeId;
        this.step = step;
    }

    /** Sets the answer (checked already, not blank) and the user goal (of the workspace, or none). */
    public void answer(String answer, @Nullable Long userGoalId, long answeredBy, Instant answeredAt) {
        this.answer = answer.strip();
        this.userGoalId = userGoalId;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public DesignStep step() {
        return step;
    }

    public String answer() {
        return answer;
    }

    public @Nullable Long userGoalId() {
        return userGoalId;
    }

    public long answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public long version() {
        return version;
    }
}

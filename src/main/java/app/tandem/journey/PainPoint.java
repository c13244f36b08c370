package app.tandem.journey;

import app.tandem.support.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * What hurts at a stage, how much (1–3), the user goal it blocks and the team that owns fixing it. Has an
 * id for evidence links.
 */
@Entity
@Table(name = "pain_points")
class PainPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pain_points_seq")
    @SequenceGenerator(name = "pain_points_seq", sequenceName = "pain_points_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "line")
    private String text;

    private int severity;

    @Column(name = "user_goal_id")
    private @Nullable Long userGoalId;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    @Version
    private long version;

    protected PainPoint() {
        this.text = "";
    }

    PainPoint(String text, int severity, @Nullable Long userGoalId, @Nullable Long teamId, String field) {
        this.text = "";
        change(text, severity, userGoalId, teamId, field);
    }

    @Nullable Long idOrNull() {
        return id;
    }

    String text() {
        return text;
    }

    int severity() {
        return severity;
    }

    @Nullable Long userGoalId() {
        return userGoalId;
    }

    /** The team that owns fixing it, when known: its colour in the picture. */
    @Nullable Long teamId() {
        return teamId;
    }

    void change(String newText, int newSeverity, @Nullable Long newUserGoalId, @Nullable Long newTeamId, String field) {
        String stripped = newText == null ? "" : newText.strip();
        if (stripped.isEmpty() || stripped.length() > 300) {
            throw new InvalidInput(Stage.at(field) + "text", "A pain point has 1 to 300 characters.");
        }
        if (newSeverity < 1 || newSeverity > 3) {
            throw new InvalidInput(
                    Stage.at(field) + "severity", "Severity goes from 1 (annoying) to 3 (makes them give up).");
        }
        this.text = stripped;
        this.severity = newSeverity;
        this.userGoalId = newUserGoalId;
        this.teamId = newTeamId;
    }
}

package app.tandem.persona;

import app.tandem.support.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A goal in the user's own words ("Help me ..."), held by one persona, with an importance 1–5. */
@Entity
@Table(name = "user_goals")
class UserGoal {

    static final int MAX_SENTENCE = 300;
    static final int MAX_HOW_WE_KNOW = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_goals_seq")
    @SequenceGenerator(name = "user_goals_seq", sequenceName = "user_goals_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "persona_id")
    private long personaId;

    private String sentence;

    private int importance;

    @Column(name = "how_we_know")
    private @Nullable String howWeKnow;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected UserGoal() {
        this.sentence = "";
        this.createdAt = Instant.EPOCH;
    }

    UserGoal(long workspaceId, long personaId, String sentence, int importance) {
        this.workspaceId = workspaceId;
        this.personaId = personaId;
        this.sentence = "";
        reword(sentence);
        rate(importance);
        this.createdAt = Instant.now();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("User goal is not saved yet");
        }
        return id;
    }

    long personaId() {
        return personaId;
    }

    String sentence() {
        return sentence;
    }

    int importance() {
        return importance;
    }

    @Nullable String howWeKnow() {
        return howWeKnow;
    }

    long version() {
        return version;
    }

    void reword(String newSentence) {
        String stripped = newSentence.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_SENTENCE) {
            throw new InvalidInput(
                    "sentence",
                    "A user goal is a sentence of 1 to " + MAX_SENTENCE + " characters, in the user's words"
                            + (stripped.isEmpty() ? "." : "; this one has " + stripped.length() + "."));
        }
        this.sentence = stripped;
    }

    void rate(int newImportance) {
        if (newImportance < 1 || newImportance > 5) {
            throw new InvalidInput("importance", "Importance goes from 1 (nice to have) to 5 (essential).");
        }
        this.importance = newImportance;
    }

    void moveTo(long newPersonaId) {
        this.personaId = newPersonaId;
    }

    void knowBecause(@Nullable String how) {
        String stripped = how == null ? null : how.strip();
        if (stripped != null && stripped.length() > MAX_HOW_WE_KNOW) {
            throw new InvalidInput(
                    "howWeKnow", "At most " + MAX_HOW_WE_KNOW + " characters; this has " + stripped.length() + ".");
        }
        this.howWeKnow = stripped == null || stripped.isEmpty() ? null : stripped;
    }
}

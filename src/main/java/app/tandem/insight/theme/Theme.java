package app.tandem.insight.theme;

import app.tandem.insight.ThemeRef;
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

/** Insights that say the same thing, under a name people can change. Members are {@link ThemePlacement}s. */
@Entity
@Table(name = "insight_themes")
public class Theme {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insight_themes_seq")
    @SequenceGenerator(name = "insight_themes_seq", sequenceName = "insight_themes_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String name;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Theme() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Theme(long workspaceId, String name) {
        this();
        this.workspaceId = workspaceId;
        this.name = checked(name);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    long version() {
        return version;
    }

    void rename(String newName) {
        this.name = checked(newName);
        changed();
    }

    /** Its insights changed (some joined or left). */
    void changed() {
        this.updatedAt = Instant.now();
    }

    /** A name has 1 to {@value #MAX_NAME} characters, spaces at either end removed. */
    static String checked(@Nullable String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new InvalidInput("name", "A theme's name has 1 to " + MAX_NAME + " characters.");
        }
        return n;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Theme is not saved yet");
        }
        return id;
    }

    long workspaceId() {
        return workspaceId;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    ThemeRef toRef() {
        return new ThemeRef(id(), name);
    }
}

package app.tandem.workspace.internal;

import app.tandem.support.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One company's workspace, addressed by its slug ({@code /w/budgetly}). */
@Entity
@Table(name = "workspaces")
public class Workspace {

    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workspaces_seq")
    @SequenceGenerator(name = "workspaces_seq", sequenceName = "workspaces_seq", allocationSize = 50)
    private @Nullable Long id;

    private String name;

    private String slug;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Workspace() {
        this.name = "";
        this.slug = "";
        this.createdAt = Instant.EPOCH;
    }

    Workspace(String name, String slug) {
        this.name = checkName(name);
        this.slug = checkSlug(slug);
        this.createdAt = Instant.now();
    }

    static String checkName(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > 100) {
            throw new InvalidInput("name", "A workspace name has 1 to 100 characters.");
        }
        return stripped;
    }

    static String checkSlug(String slug) {
        if (!SLUG.matcher(slug).matches() || slug.contains("--")) {
            throw new InvalidInput(
                    "slug",
                    "A slug has 1 to 40 lowercase letters, digits and single hyphens, and starts and ends with a letter or digit.");
        }
        return slug;
    }

    /** "Budgetly Inc." gives "budgetly-inc". */
    static String slugFrom(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "workspace" : slug;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Workspace is not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    /** Moves on with every rename or new slug. */
    public long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    void rename(String newName) {
        this.name = checkName(newName);
    }

    void changeSlug(String newSlug) {
        this.slug = checkSlug(newSlug);
    }
}

package app.tandem.persona;

import app.tandem.support.InvalidInput;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A persona: a team's picture of its user or buyer, or the shared picture built from several team
 * personas. Holds demographics as free facts and motivations, frustrations and goals as lines.
 */
@Entity
@Table(name = "personas")
class Persona {

    static final int MAX_LINES = 30;
    static final int MAX_LINE = 300;
    static final int MAX_FACTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personas_seq")
    @SequenceGenerator(name = "personas_seq", sequenceName = "personas_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String name;

    private @Nullable String summary;

    @Enumerated(EnumType.STRING)
    private PersonaKind kind;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    private @Nullable String quote;

    @ElementCollection
    @CollectionTable(name = "persona_facts", joinColumns = @JoinColumn(name = "persona_id"))
    @OrderColumn(name = "position")
    private List<PersonaFact> demographics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "persona_motivations", joinColumns = @JoinColumn(name = "persona_id"))
    @OrderColumn(name = "position")
    @Column(name = "line")
    private List<String> motivations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "persona_frustrations", joinColumns = @JoinColumn(name = "persona_id"))
    @OrderColumn(name = "position")
    @Column(name = "line")
    private List<String> frustrations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "persona_goals", joinColumns = @JoinColumn(name = "persona_id"))
    @OrderColumn(name = "position")
    @Column(name = "line")
    private List<String> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "persona_sources", joinColumns = @JoinColumn(name = "persona_id"))
    @Column(name = "source_persona_id")
    private Set<Long> sources = new LinkedHashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Persona() {
        this.name = "";
        this.kind = PersonaKind.TEAM;
        this.createdAt = Instant.EPOCH;
    }

    /** A team persona, owned by {@code teamId}. */
    static Persona forTeam(long workspaceId, String name, long teamId) {
        Persona persona = new Persona(workspaceId, name, PersonaKind.TEAM);
        persona.teamId = teamId;
        return persona;
    }

    /** A shared persona built from team personas (at least two). */
    static Persona sharedFrom(long workspaceId, String name, Set<Long> sourceIds) {
        Persona persona = new Persona(workspaceId, name, PersonaKind.SHARED);
        persona.sources.addAll(sourceIds);
        return persona;
    }

    private Persona(long workspaceId, String name, PersonaKind kind) {
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.name = "";
        rename(name);
        this.createdAt = Instant.now();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Persona is not saved yet");
        }
        return id;
    }

    long workspaceId() {
        return workspaceId;
    }

    String name() {
        return name;
    }

    @Nullable String summary() {
        return summary;
    }

    PersonaKind kind() {
        return kind;
    }

    @Nullable Long teamId() {
        return teamId;
    }

    @Nullable String quote() {
        return quote;
    }

    List<Fact> demographics() {
        return demographics.stream().map(PersonaFact::view).toList();
    }

    List<String> motivations() {
        return List.copyOf(motivations);
    }

    List<String> frustrations() {
        return List.copyOf(frustrations);
    }

    List<String> goals() {
        return List.copyOf(goals);
    }

    Set<Long> sources() {
        return Set.copyOf(sources);
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean isBuiltFrom(long personaId) {
        return sources.contains(personaId);
    }

    void rename(String newName) {
        String stripped = newName.strip();
        if (stripped.isEmpty() || stripped.length() > 100) {
            throw new InvalidInput("name", "A persona's name has 1 to 100 characters.");
        }
        this.name = stripped;
    }

    void summarise(@Nullable String newSummary) {
        this.summary = optional(newSummary, 500, "summary");
    }

    void quote(@Nullable String newQuote) {
        this.quote = optional(newQuote, 500, "quote");
    }

    /** Moves a team persona to another team. A shared persona belongs to no team. */
    void assignTo(long newTeamId) {
        if (kind == PersonaKind.SHARED) {
            throw new InvalidInput("teamId", "A shared persona belongs to every team, not to one.");
        }
        this.teamId = newTeamId;
    }

    void describe(List<Fact> facts) {
        if (facts.size() > MAX_FACTS) {
            throw new InvalidInput("demographics", "A persona has at most " + MAX_FACTS + " demographic facts.");
        }
        List<PersonaFact> checked = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            String label = fact.label() == null ? "" : fact.label().strip();
            String value = fact.value() == null ? "" : fact.value().strip();
            if (label.isEmpty() || label.length() > 60) {
                throw new InvalidInput("demographics[" + i + "].label", "A fact's label has 1 to 60 characters.");
            }
            if (value.isEmpty() || value.length() > 200) {
                throw new InvalidInput("demographics[" + i + "].value", "A fact's value has 1 to 200 characters.");
            }
            checked.add(new PersonaFact(label, value));
        }
        demographics.clear();
        demographics.addAll(checked);
    }

    void motivate(List<String> lines) {
        replace(motivations, lines, "motivations");
    }

    void frustrate(List<String> lines) {
        replace(frustrations, lines, "frustrations");
    }

    void aimFor(List<String> lines) {
        replace(goals, lines, "goals");
    }

    private static void replace(List<String> target, List<String> lines, String field) {
        if (lines.size() > MAX_LINES) {
            throw new InvalidInput(field, "At most " + MAX_LINES + " lines.");
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i) == null ? "" : lines.get(i).strip();
            if (line.isEmpty() || line.length() > MAX_LINE) {
                throw new InvalidInput(field + "[" + i + "]", "Each line has 1 to " + MAX_LINE + " characters.");
            }
            checked.add(line);
        }
        target.clear();
        target.addAll(checked);
    }

    private static @Nullable String optional(@Nullable String value, int max, String field) {
        String stripped = value == null ? null : value.strip();
        if (stripped != null && stripped.length() > max) {
            throw new InvalidInput(field, "At most " + max + " characters.");
        }
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }

    /** Up to two initials of the name, for the avatar. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && initials.length() < 2) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.isEmpty() ? "?" : initials.toString().toUpperCase(Locale.ROOT);
    }
}

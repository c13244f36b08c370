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

    static final int MAX_NAME = 100;
    static final int MAX_SUMMARY = 500;
    static final int MAX_QUOTE = 500;
    static final int MAX_LINES = 30;
    static final int MAX_LINE = 300;
    static final int MAX_FACTS = 20;
    static final int MAX_FACT_LABEL = 60;
    static final int MAX_FACT_VALUE = 200;

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

    long version() {
        return version;
    }

    boolean isBuiltFrom(long personaId) {
        return sources.contains(personaId);
    }

    void rename(String newName) {
        this.name = checkedName(newName);
    }

    void summarise(@Nullable String newSummary) {
        this.summary = optional(newSummary, MAX_SUMMARY, "summary");
    }

    void quote(@Nullable String newQuote) {
        this.quote = optional(newQuote, MAX_QUOTE, "quote");
    }

    /** Moves a team persona to another team. A shared persona belongs to no team. */
    void assignTo(long newTeamId) {
        if (kind == PersonaKind.SHARED) {
            throw new InvalidInput("teamId", "A shared persona belongs to every team, not to one.");
        }
        this.teamId = newTeamId;
    }

    void describe(List<Fact> facts) {
        List<PersonaFact> checked = checkedFacts(facts);
        demographics.clear();
        demographics.addAll(checked);
    }

    void motivate(List<String> lines) {
        replace(motivations, checkedLines(lines, "motivations"));
    }

    void frustrate(List<String> lines) {
        replace(frustrations, checkedLines(lines, "frustrations"));
    }

    void aimFor(List<String> lines) {
        replace(goals, checkedLines(lines, "goals"));
    }

    private static void replace(List<String> target, List<String> lines) {
        target.clear();
        target.addAll(lines);
    }

    // The checks, also run on their own (Personas.check) so that every wrong field is refused at once.

    /** The name without surrounding blanks, or refused naming {@code name}. */
    static String checkedName(@Nullable String newName) {
        String stripped = newName == null ? "" : newName.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new InvalidInput(
                    "name",
                    "A persona's name has 1 to " + MAX_NAME + " characters"
                            + (stripped.isEmpty() ? "." : "; this one has " + stripped.length() + "."));
        }
        return stripped;
    }

    static List<PersonaFact> checkedFacts(List<Fact> facts) {
        if (facts.size() > MAX_FACTS) {
            throw new InvalidInput(
                    "demographics",
                    "A persona has at most " + MAX_FACTS + " demographic facts; these are " + facts.size() + ".");
        }
        List<PersonaFact> checked = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            String label = fact.label() == null ? "" : fact.label().strip();
            String value = fact.value() == null ? "" : fact.value().strip();
            if (label.isEmpty() || label.length() > MAX_FACT_LABEL) {
                throw new InvalidInput(
                        "demographics[" + i + "].label",
                        "Fact " + (i + 1) + ": a label has 1 to " + MAX_FACT_LABEL + " characters.");
            }
            if (value.isEmpty() || value.length() > MAX_FACT_VALUE) {
                throw new InvalidInput(
                        "demographics[" + i + "].value",
                        "Fact " + (i + 1) + ": a value has 1 to " + MAX_FACT_VALUE + " characters.");
            }
            checked.add(new PersonaFact(label, value));
        }
        return checked;
    }

    static List<String> checkedLines(List<String> lines, String field) {
        if (lines.size() > MAX_LINES) {
            throw new InvalidInput(field, "At most " + MAX_LINES + " lines; these are " + lines.size() + ".");
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i) == null ? "" : lines.get(i).strip();
            if (line.isEmpty() || line.length() > MAX_LINE) {
                throw new InvalidInput(
                        field + "[" + i + "]",
                        "Line " + (i + 1) + " has " + line.length() + " characters; a line has 1 to " + MAX_LINE + ".");
            }
            checked.add(line);
        }
        return checked;
    }

    static @Nullable String optional(@Nullable String value, int max, String field) {
        String stripped = value == null ? null : value.strip();
        if (stripped != null && stripped.length() > max) {
            throw new InvalidInput(field, "At most " + max + " characters; this has " + stripped.length() + ".");
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

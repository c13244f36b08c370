package app.tandem.workspace.internal;

import app.tandem.support.InvalidInput;
import app.tandem.workspace.Involvement;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A team of a workspace (Marketing, Design, IT, ...) and the people in it. */
@Entity
@Table(name = "teams")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teams_seq")
    @SequenceGenerator(name = "teams_seq", sequenceName = "teams_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    private @Nullable String description;

    @Column(name = "it_team")
    private boolean itTeam;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "team_id", nullable = false)
    private List<TeamMember> members = new ArrayList<>();

    @Version
    private long version;

    protected Team() {
        this.name = "";
        this.nameKey = "";
        this.createdAt = Instant.EPOCH;
    }

    /**
     * A new team. Whether it is IT is said, or else read from its name: "IT" or "Information
     * technology", in any case.
     */
    Team(long workspaceId, String name, @Nullable String description, @Nullable Boolean itTeam) {
        this.workspaceId = workspaceId;
        this.name = "";
        this.nameKey = "";
        rename(name);
        describe(description);
        this.itTeam = itTeam != null ? itTeam : IT_NAMES.contains(nameKey);
        this.createdAt = Instant.now();
    }

    /** Team names that mean IT, as keys. */
    static final Set<String> IT_NAMES = Set.of("it", "information technology");

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Team is not saved yet");
        }
        return id;
    }

    long workspaceId() {
        return workspaceId;
    }

    public String name() {
        return name;
    }

    /** Moves on with every change to the team: name, description, IT or not, its people. */
    public long version() {
        return version;
    }

    @Nullable String description() {
        return description;
    }

    boolean itTeam() {
        return itTeam;
    }

    /** Marks the team as the workspace's IT (or takes the mark away). */
    void markIt(boolean it) {
        this.itTeam = it;
    }

    List<TeamMember> members() {
        return List.copyOf(members);
    }

    void rename(String newName) {
        String stripped = newName.strip();
        if (stripped.isEmpty() || stripped.length() > 80) {
            throw new InvalidInput("name", "A team name has 1 to 80 characters.");
        }
        this.name = stripped;
        this.nameKey = key(stripped);
    }

    void describe(@Nullable String newDescription) {
        String stripped = newDescription == null ? null : newDescription.strip();
        if (stripped != null && stripped.length() > 500) {
            throw new InvalidInput("description", "A team description has at most 500 characters.");
        }
        this.description = stripped == null || stripped.isEmpty() ? null : stripped;
    }

    Optional<TeamMember> member(long userId) {
        return members.stream().filter(m -> m.userId() == userId).findFirst();
    }

    /**
     * Adds a person, or changes how they take part if they are in the team already: true when they
     * were in it and now take part otherwise (a change of a member's row, which Hibernate does not
     * count as a change of the team, unlike a member added or removed).
     */
    boolean enlist(long userId, Involvement involvement) {
        Optional<TeamMember> member = member(userId);
        if (member.isEmpty()) {
            members.add(new TeamMember(userId, involvement));
            return false;
        }
        boolean changed = member.get().involvement() != involvement;
        member.get().involve(involvement);
        return changed;
    }

    boolean remove(long userId) {
        return members.removeIf(m -> m.userId() == userId);
    }
}

package app.tandem.discovery.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A discovery session: a topic, when (kept in UTC) and the time zone its times are shown in, an optional host team, the business goals in question
 * and the people invited with whether they attended. {@link #define} takes what the service checked;
 * {@link #recordAttendance} only the invited.
 */
@Entity
@Table(name = "discovery_sessions")
public class DiscoverySession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discovery_sessions_seq")
    @SequenceGenerator(name = "discovery_sessions_seq", sequenceName = "discovery_sessions_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String topic;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    /** The IANA time zone (Europe/Berlin) its pages show the times in; they are kept in UTC. */
    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "host_team_id")
    private @Nullable Long hostTeamId;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "discovery_session_goals", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "discovery_invitees", joinColumns = @JoinColumn(name = "session_id"))
    private List<Invitee> invitees = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected DiscoverySession() {
        this.topic = "";
        this.startsAt = LocalDateTime.MIN;
        this.endsAt = LocalDateTime.MIN;
        this.timeZone = "UTC";
        this.createdAt = Instant.EPOCH;
    }

    public DiscoverySession(long workspaceId, Instant createdAt) {
        this();
        this.workspaceId = workspaceId;
        this.createdAt = createdAt;
    }

    /**
     * Sets what a person gives; invitees who stay keep their attendance, new ones have none
     * recorded.
     */
    public void define(
            String topic,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            ZoneId timeZone,
            @Nullable Long hostTeamId,
            Collection<Long> goalIds,
            Collection<Long> inviteeIds) {
        this.topic = topic;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = timeZone.getId();
        this.hostTeamId = hostTeamId;
        this.goalIds.clear();
        this.goalIds.addAll(goalIds);
        Map<Long, @Nullable Boolean> before = new LinkedHashMap<>();
        invitees.forEach(i -> before.put(i.userId(), i.attended()));
        if (!before.keySet().equals(new LinkedHashSet<>(inviteeIds))) {
            invitees.clear();
            for (long userId : new LinkedHashSet<>(inviteeIds)) {
                invitees.add(new Invitee(userId, before.get(userId)));
            }
        }
    }

    /** Records who attended: every invitee named in {@code attended} as given, the others as absent. */
    public void recordAttendance(Map<Long, Boolean> attended) {
        List<Invitee> recorded = new ArrayList<>();
        for (Invitee invitee : invitees) {
            recorded.add(new Invitee(invitee.userId(), Boolean.TRUE.equals(attended.get(invitee.userId()))));
        }
        invitees.clear();
        invitees.addAll(recorded);
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String topic() {
        return topic;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public @Nullable Long hostTeamId() {
        return hostTeamId;
    }

    public Set<Long> goalIds() {
        return Set.copyOf(goalIds);
    }

    public List<Invitee> invitees() {
        return List.copyOf(invitees);
    }

    /** Whether attendance was recorded (then every invitee has attended yes or no). */
    public boolean attendanceRecorded() {
        return invitees.stream().anyMatch(i -> i.attended() != null);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

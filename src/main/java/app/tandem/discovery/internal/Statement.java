package app.tandem.discovery.internal;

import app.tandem.discovery.KpiEffect;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One team's goals for a session's topic: what it wants to achieve, the business goals, user goals
 * and KPIs (with the effect it expects) it names, the person-weeks it can give, and what it would
 * need of each team.
 */
@Entity
@Table(name = "discovery_statements")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discovery_statements_seq")
    @SequenceGenerator(
            name = "discovery_statements_seq",
            sequenceName = "discovery_statements_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "session_id")
    private long sessionId;

    @Column(name = "team_id")
    private long teamId;

    private String aim;

    private @Nullable Double capacity;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "discovery_statement_goals", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "discovery_statement_user_goals", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "user_goal_id")
    private Set<Long> userGoalIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "discovery_statement_kpis", joinColumns = @JoinColumn(name = "statement_id"))
    @MapKeyColumn(name = "kpi_id")
    @Column(name = "effect")
    @Enumerated(EnumType.STRING)
    private Map<Long, KpiEffect> kpis = new LinkedHashMap<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "discovery_statement_needs", joinColumns = @JoinColumn(name = "statement_id"))
    @MapKeyColumn(name = "team_id")
    @Column(name = "person_weeks")
    private Map<Long, Double> needs = new LinkedHashMap<>();

    @Version
    private long version;

    protected Statement() {
        this.aim = "";
    }

    public Statement(long sessionId, long teamId) {
        this();
        this.sessionId = sessionId;
        this.teamId = teamId;
    }

    public void define(
            String aim,
            Set<Long> goalIds,
            Set<Long> userGoalIds,
            Map<Long, KpiEffect> kpis,
            @Nullable Double capacity,
            Map<Long, Double> needs) {
        this.aim = aim;
        this.capacity = capacity;
        if (!this.goalIds.equals(goalIds)) {
            this.goalIds.clear();
            this.goalIds.addAll(goalIds);
        }
        if (!this.userGoalIds.equals(userGoalIds)) {
            this.userGoalIds.clear();
            this.userGoalIds.addAll(userGoalIds);
        }
        if (!this.kpis.equals(kpis)) {
            this.kpis.clear();
            this.kpis.putAll(kpis);
        }
        if (!this.needs.equals(needs)) {
            this.needs.clear();
            this.needs.putAll(needs);
        }
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long sessionId() {
        return sessionId;
    }

    public long teamId() {
        return teamId;
    }

    public String aim() {
        return aim;
    }

    public @Nullable Double capacity() {
        return capacity;
    }

    public Set<Long> goalIds() {
        return Set.copyOf(goalIds);
    }

    public Set<Long> userGoalIds() {
        return Set.copyOf(userGoalIds);
    }

    public Map<Long, KpiEffect> kpis() {
        return Map.copyOf(kpis);
    }

    public Map<Long, Double> needs() {
        return Map.copyOf(needs);
    }

    public long version() {
        return version;
    }
}

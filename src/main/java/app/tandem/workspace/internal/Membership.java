package app.tandem.workspace.internal;

import app.tandem.workspace.Role;
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

/** A person's membership of a workspace, with their role. */
@Entity
@Table(name = "workspace_members")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workspace_members_seq")
    @SequenceGenerator(name = "workspace_members_seq", sequenceName = "workspace_members_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Membership() {
        this.role = Role.VIEWER;
        this.createdAt = Instant.EPOCH;
    }

    Membership(long workspaceId, long userId, Role role) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.role = role;
        this.createdAt = Instant.now();
    }

    long workspaceId() {
        return workspaceId;
    }

    long userId() {
        return userId;
    }

    public Role role() {
        return role;
    }

    /** Moves on with every change of role. */
    public long version() {
        return version;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }
}

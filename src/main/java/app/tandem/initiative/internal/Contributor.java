package app.tandem.initiative.internal;

import app.tandem.initiative.RaciRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** A person working on an initiative, for a team (or none), in a RACI role. */
@Embeddable
public class Contributor {

    @Column(name = "user_id")
    private long userId;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    @Enumerated(EnumType.STRING)
    private RaciRole role;

    protected Contributor() {
        this.role = RaciRole.INFORMED;
    }

    Contributor(long userId, @Nullable Long teamId, RaciRole role) {
        this.userId = userId;
        this.teamId = teamId;
        this.role = role;
    }

    public long userId() {
        return userId;
    }

    public @Nullable Long teamId() {
        return teamId;
    }

    public RaciRole role() {
        return role;
    }
}

package app.tandem.discovery.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A person invited to a discovery session, and whether they attended (null until attendance is recorded). */
@Embeddable
public class Invitee {

    @Column(name = "user_id")
    private long userId;

    private @Nullable Boolean attended;

    protected Invitee() {}

    Invitee(long userId, @Nullable Boolean attended) {
        this.userId = userId;
        this.attended = attended;
    }

    public long userId() {
        return userId;
    }

    public @Nullable Boolean attended() {
        return attended;
    }
}

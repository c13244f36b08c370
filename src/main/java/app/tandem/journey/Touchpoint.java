package app.tandem.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Where the user meets the company at a stage (a channel) and the team that owns it. */
@Embeddable
class Touchpoint {

    private String channel;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    protected Touchpoint() {
        this.channel = "";
    }

    Touchpoint(String channel, @Nullable Long teamId) {
        this.channel = channel;
        this.teamId = teamId;
    }

    String channel() {
        return channel;
    }

    @Nullable Long teamId() {
        return teamId;
    }
}

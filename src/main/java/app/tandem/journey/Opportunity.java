package app.tandem.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** What the company could do better at a stage, and the team that would take it up, when known. */
@Embeddable
class Opportunity {

    @Column(name = "line")
    private String text;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    protected Opportunity() {
        this.text = "";
    }

    Opportunity(String text, @Nullable Long teamId) {
        this.text = text;
        this.teamId = teamId;
    }

    String text() {
        return text;
    }

    @Nullable Long teamId() {
        return teamId;
    }
}

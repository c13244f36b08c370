package app.tandem.insight.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one insight stands among the themes: in a theme, or kept out of all of them, and who put it
 * there. An insight without a placement was never looked at by the grouping. Once a person placed an
 * insight (into a theme, out of one), the grouping leaves it where it is.
 */
@Entity
@Table(name = "insight_theme_placements")
class ThemePlacement {

    /** Who placed the insight. */
    enum PlacedBy {
        /** "Group similar insights": may still add the insight to a theme later, never moves it out of one. */
        DISCOVERY,
        /** A person: the grouping never changes it. */
        PERSON
    }

    @Id
    @Column(name = "insight_id")
    private long insightId;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "theme_id")
    private @Nullable Long themeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "placed_by")
    private PlacedBy placedBy;

    @Column(name = "placed_at")
    private Instant placedAt;

    /** Null until saved, so Spring Data knows a new placement from an existing one (the id is the insight's). */
    @Version
    private @Nullable Long version;

    protected ThemePlacement() {
        this.placedBy = PlacedBy.DISCOVERY;
        this.placedAt = Instant.EPOCH;
    }

    ThemePlacement(long workspaceId, long insightId, @Nullable Long themeId, PlacedBy placedBy) {
        this.workspaceId = workspaceId;
        this.insightId = insightId;
        this.themeId = themeId;
        this.placedBy = placedBy;
        this.placedAt = Instant.now();
    }

    /** Moves the insight into a theme, or out of every theme with {@code null}. */
    void place(@Nullable Long theme, PlacedBy by) {
        this.themeId = theme;
        this.placedBy = by;
        this.placedAt = Instant.now();
    }

    long insightId() {
        return insightId;
    }

    @Nullable Long themeId() {
        return themeId;
    }

    PlacedBy placedBy() {
        return placedBy;
    }
}

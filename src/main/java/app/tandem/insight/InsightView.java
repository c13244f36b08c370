package app.tandem.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An insight as pages and the API show it, with the theme it is in (null when in none, or not looked
 * up), and its {@code version}: an edit sends it back, so a change made since is not overwritten.
 */
public record InsightView(
        long id,
        String title,
        String body,
        SourceType sourceType,
        @Nullable Long teamId,
        LocalDate observedOn,
        @Nullable String externalRef,
        int sentiment,
        int reach,
        EvidenceStrength evidenceStrength,
        Set<String> tags,
        Set<Long> personaIds,
        Set<Long> userGoalIds,
        Set<Long> journeyStageIds,
        Set<Long> painPointIds,
        Instant createdAt,
        long version,
        @Nullable ThemeRef theme) {

    /** Without its theme: the insight alone, as the entity knows it. */
    public InsightView(
            long id,
            String title,
            String body,
            SourceType sourceType,
            @Nullable Long teamId,
            LocalDate observedOn,
            @Nullable String externalRef,
            int sentiment,
            int reach,
            EvidenceStrength evidenceStrength,
            Set<String> tags,
            Set<Long> personaIds,
            Set<Long> userGoalIds,
            Set<Long> journeyStageIds,
            Set<Long> painPointIds,
            Instant createdAt,
            long version) {
        this(
                id,
                title,
                body,
                sourceType,
                teamId,
                observedOn,
                externalRef,
                sentiment,
                reach,
                evidenceStrength,
                tags,
                personaIds,
                userGoalIds,
                journeyStageIds,
                painPointIds,
                createdAt,
                version,
                null);
    }

    public InsightView withTheme(@Nullable ThemeRef inTheme) {
        return new InsightView(
                id,
                title,
                body,
                sourceType,
                teamId,
                observedOn,
                externalRef,
                sentiment,
                reach,
                evidenceStrength,
                tags,
                personaIds,
                userGoalIds,
                journeyStageIds,
                painPointIds,
                createdAt,
                version,
                inTheme);
    }
}

package app.tandem.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An insight as pages and the API show it. */
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
        Instant createdAt) {}

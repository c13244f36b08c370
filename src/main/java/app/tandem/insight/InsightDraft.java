package app.tandem.insight;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fields of an insight as a person or an import gives them, before the entity checks them. */
public record InsightDraft(
        @Nullable String title,
        @Nullable String body,
        @Nullable SourceType sourceType,
        @Nullable Long teamId,
        @Nullable LocalDate observedOn,
        @Nullable String externalRef,
        int sentiment,
        int reach,
        @Nullable EvidenceStrength evidenceStrength,
        List<String> tags,
        List<Long> personaIds,
        List<Long> userGoalIds,
        List<Long> journeyStageIds) {}

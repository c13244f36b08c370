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
        List<Long> journeyStageIds,
        List<Long> painPointIds) {

    /** The longest title, in characters; the entity, the forms, the API and the import all use it. */
    public static final int MAX_TITLE = 200;
    /** The longest text (Markdown), in characters. */
    public static final int MAX_BODY = 20_000;
    /** The longest external reference (a ticket number, a link), in characters. */
    public static final int MAX_EXTERNAL_REF = 500;
    /** The longest tag, in characters. */
    public static final int MAX_TAG = 60;
    /** The most personas (and, each on its own, user goals, journey stages, pain points) one insight proves. */
    public static final int MAX_LINKS = 100;
    /** The most tags on one insight. */
    public static final int MAX_TAGS = 20;
}

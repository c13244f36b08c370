package app.tandem.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A search of the insight repository: words, filters, and the page wanted. */
public record InsightSearch(
        @Nullable String q,
        @Nullable SourceType sourceType,
        @Nullable Long teamId,
        @Nullable String tag,
        @Nullable Long personaId,
        @Nullable Long userGoalId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Integer sentiment) {

    public static InsightSearch all() {
        return new InsightSearch(null, null, null, null, null, null, null, null, null);
    }

    boolean hasWords() {
        return q != null && !q.isBlank();
    }

    /** One result: the insight, and its title and a snippet as safe HTML with the matched words in {@code <mark>}. */
    public record Hit(InsightView insight, String titleHtml, String snippetHtml) {}

    /** A page of results, the total, and the counts per source type, team and tag beside them. */
    public record Results(
            List<Hit> hits,
            long total,
            int page,
            int size,
            Map<SourceType, Long> bySourceType,
            Map<Long, Long> byTeam,
            Map<String, Long> byTag) {

        public int totalPages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }
    }
}

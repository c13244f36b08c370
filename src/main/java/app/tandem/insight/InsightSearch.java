package app.tandem.insight;

import app.tandem.insight.search.InsightCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

    /**
     * A page of results, the total, and the counts per source type, team and tag beside them. When a
     * search matches very many insights, the total and the counts are estimates
     * ({@code totalExact}, {@code countsExact} false): see {@link InsightCounts}.
     */
    public record Results(
            List<Hit> hits,
            long total,
            boolean totalExact,
            int page,
            int size,
            Map<SourceType, Long> bySourceType,
            Map<Long, Long> byTeam,
            Map<String, Long> byTag,
            boolean countsExact) {

        public int totalPages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }

        /** "12 insights", or "About 700,000 insights" when the total is an estimate. */
        public String totalText() {
            String insights = total == 1 ? " insight" : " insights";
            return totalExact
                    ? String.format(Locale.ROOT, "%,d%s", total, insights)
                    : String.format(Locale.ROOT, "About %,d%s", roughly(total), insights);
        }

        /** A count beside the results: exact, or "≈ 4,300" when it is an estimate. */
        public String count(long value) {
            return countsExact
                    ? String.format(Locale.ROOT, "%,d", value)
                    : String.format(Locale.ROOT, "≈ %,d", roughly(value));
        }

        /** An estimate rounded to two significant digits (712,345 to 710,000): it is not more precise than that. */
        static long roughly(long value) {
            if (value < 100) {
                return value;
            }
            long unit = (long) Math.pow(10, (long) Math.floor(Math.log10(value)) - 1);
            return Math.round((double) value / unit) * unit;
        }
    }
}

package app.tandem.insight;

import app.tandem.insight.search.InsightCounts;
import app.tandem.support.DayWords;
import app.tandem.support.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A search of the insight repository: words, filters, and the page wanted. */
public record InsightSearch(
        @Nullable String q,
        @Nullable SourceType sourceType,
        @Nullable Long teamId,
        @Nullable String tag,
        @Nullable Long personaId,
        @Nullable Long userGoalId,
        @Nullable Long journeyStageId,
        @Nullable Long painPointId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Integer sentiment) {

    /**
     * The most words a search may have. Each word is a clause of the Lucene query, and Lucene refuses
     * a query of more than 1,024 clauses; a search of more than a few dozen words finds little anyway.
     */
    public static final int MAX_WORDS = 64;

    /** A word as Lucene's standard tokenizer splits them, counting each ideograph or kana as a word of its own. */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsIdeographic}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{M}\\p{N}&&[^\\p{IsIdeographic}\\p{IsHiragana}\\p{IsKatakana}]]+");

    public static InsightSearch all() {
        return new InsightSearch(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same search, kept to the insights that prove the target. */
    public InsightSearch proving(EvidenceTarget target) {
        return new InsightSearch(
                q,
                sourceType,
                teamId,
                tag,
                target.kind() == EvidenceTarget.Kind.PERSONA ? Long.valueOf(target.id()) : personaId,
                target.kind() == EvidenceTarget.Kind.USER_GOAL ? Long.valueOf(target.id()) : userGoalId,
                target.kind() == EvidenceTarget.Kind.JOURNEY_STAGE ? Long.valueOf(target.id()) : journeyStageId,
                target.kind() == EvidenceTarget.Kind.PAIN_POINT ? Long.valueOf(target.id()) : painPointId,
                from,
                to,
                sentiment);
    }

    /** Whether the search keeps to insights that prove something (a persona, a user goal, a stage, a pain point). */
    public boolean provingSomething() {
        return personaId != null || userGoalId != null || journeyStageId != null || painPointId != null;
    }

    /** Whether the search has words or any filter: false for every insight of the workspace. */
    public boolean narrowed() {
        return hasWords()
                || sourceType != null
                || teamId != null
                || (tag != null && !tag.isBlank())
                || provingSomething()
                || from != null
                || to != null
                || sentiment != null;
    }

    boolean hasWords() {
        return q != null && !q.isBlank();
    }

    /** How many words {@code q} has, as the search counts them against {@link #MAX_WORDS}. */
    static int wordCount(@Nullable String q) {
        return q == null ? 0 : (int) WORD.matcher(q).results().count();
    }

    /**
     * Refuses more than {@link #MAX_WORDS} words, naming {@code q}, and a period that ends before it
     * starts, naming {@code to}.
     */
    void check() {
        int words = wordCount(q);
        if (words > MAX_WORDS) {
            throw new TooManyWords(words);
        }
        if (from != null && to != null && from.isAfter(to)) {
            // (what a reversed period finds is nothing, which would look like no evidence at all)
            throw new InvalidInput(
                    "to",
                    "The period ends on " + DayWords.of(to) + ", before it starts on " + DayWords.of(from)
                            + ": swap the two dates.");
        }
    }

    /** A search of more words than {@link #MAX_WORDS}, or of more than the index takes in one query. */
    static final class TooManyWords extends InvalidInput {
        TooManyWords(long words) {
            super(
                    "q",
                    String.format(
                            Locale.ROOT,
                            "Search with at most %d words; this search has %,d. Keep the words that matter most.",
                            MAX_WORDS,
                            words));
        }

        /** Words the index splits into more parts than it searches at once (a long run of symbols, say). */
        TooManyWords() {
            super("q", "This search splits into too many words for the index. Search with fewer words.");
        }
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

        /** No results: what a refused search shows. */
        public static Results none(int size) {
            return new Results(List.of(), 0, true, 0, size, Map.of(), Map.of(), Map.of(), true);
        }

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

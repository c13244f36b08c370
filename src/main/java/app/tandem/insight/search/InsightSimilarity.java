package app.tandem.insight.search;

import app.tandem.insight.internal.Insight;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * "More like this" for insights: the workspace's insights ranked by Lucene's relevance (BM25, through
 * Hibernate Search) for the words of one insight's title and tags, any of them matching its title or
 * text. "Similar insights" on an insight's page and the grouping into themes both ask this.
 */
@Component
public class InsightSimilarity {

    /** One insight and how well it matched. */
    public record Scored(long insightId, float score) {}

    private final EntityManager entityManager;

    InsightSimilarity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The words an insight is asked about: its title and tags, punctuation dropped, without the words
     * of Lucene's English stop list ("the", "to", ...), which would make everything a little similar.
     */
    public static String wordsOf(String title, Collection<String> tags) {
        return Stream.concat(Stream.of(title), tags.stream().map(t -> t.replace('-', ' ')))
                .flatMap(text -> Stream.of(text.split("[^\\p{L}\\p{N}]+")))
                .filter(word -> !word.isEmpty())
                .filter(word -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" "));
    }

    /**
     * The best {@code limit} insights of the workspace for an insight's title and tags, best first, with
     * their scores: any of the title's and tags' words in the title or text (English analysis, BM25), and
     * any of the same tags (a tag few insights carry weighs more); {@code except} (the insight's own id)
     * is left out when given.
     */
    public List<Scored> mostLike(
            long workspaceId, String title, Collection<String> tags, int limit, @Nullable Long except) {
        return ask(workspaceId, title, tags, limit, except, null);
    }

    /**
     * How these insights score for the same question as {@link #mostLike} asks with {@code title} and
     * {@code tags}, each as a share of the best hit in the whole workspace (1 for the best; filters do
     * not change scores, so the shares are those of one answer). Insights that match none of the words
     * are left out.
     */
    public Map<Long, Double> sharesOf(long workspaceId, String title, Collection<String> tags, Collection<Long> among) {
        if (among.isEmpty()) {
            return Map.of();
        }
        List<Scored> best = ask(workspaceId, title, tags, 1, null, null);
        if (best.isEmpty() || best.getFirst().score() <= 0) {
            return Map.of();
        }
        double top = best.getFirst().score();
        Map<Long, Double> shares = new HashMap<>();
        ask(workspaceId, title, tags, among.size(), null, among)
                .forEach(hit -> shares.put(hit.insightId(), hit.score() / top));
        return shares;
    }

    private List<Scored> ask(
            long workspaceId,
            String title,
            Collection<String> tags,
            int limit,
            @Nullable Long except,
            @Nullable Collection<Long> among) {
        String words = wordsOf(title, tags);
        if (words.isBlank() && tags.isEmpty()) {
            return List.of();
        }
        return Search.session(entityManager)
                .search(Insight.class)
                .select(f -> f.composite(Scored::new, f.id(Long.class), f.score()))
                .where(f -> f.bool(b -> {
                    b.filter(f.match().field("workspaceId").matching(workspaceId));
                    if (among != null) {
                        b.filter(f.id().matchingAny(among));
                    }
                    if (!words.isBlank()) {
                        b.should(f.simpleQueryString()
                                .fields("text")
                                .matching(words)
                                .defaultOperator(BooleanOperator.OR));
                    }
                    tags.forEach(tag -> b.should(f.match().field("tags").matching(tag)));
                    b.minimumShouldMatchNumber(1);
                    if (except != null) {
                        b.mustNot(f.id().matching(except));
                    }
                }))
                .fetchHits(limit);
    }
}

package app.tandem.insight;

import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** Capture, change, find and delete insights, with every workspace and role check. */
@Service
@Transactional(readOnly = true)
public class Insights {

    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    private static final AggregationKey<Map<SourceType, Long>> BY_SOURCE = AggregationKey.of("sourceType");
    private static final AggregationKey<Map<Long, Long>> BY_TEAM = AggregationKey.of("teamId");
    private static final AggregationKey<Map<String, Long>> BY_TAG = AggregationKey.of("tags");

    private final InsightRepository insights;
    private final Workspaces workspaces;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    Insights(InsightRepository insights, Workspaces workspaces, EntityManager entityManager, ApplicationEventPublisher events) {
        this.insights = insights;
        this.workspaces = workspaces;
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional
    public InsightView capture(String slug, long userId, InsightDraft draft) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        checkTeam(context, draft.teamId());
        InsightView captured = insights.save(new Insight(context.id(), userId, draft)).toView();
        events.publishEvent(new InsightCaptured(context.id(), captured.id()));
        return captured;
    }

    public InsightView get(String slug, long userId, long insightId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return find(context, insightId).toView();
    }

    @Transactional
    public InsightView update(String slug, long userId, long insightId, InsightDraft draft) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        checkTeam(context, draft.teamId());
        Insight insight = find(context, insightId);
        insight.apply(draft);
        return insight.toView();
    }

    @Transactional
    public void delete(String slug, long userId, long insightId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        insights.delete(find(context, insightId));
    }

    /** Full-text search with filters; results sorted by relevance, or newest first without words. */
    public InsightSearch.Results search(String slug, long userId, InsightSearch search, int page, int size) {
        WorkspaceContext context = workspaces.access(slug, userId);
        SearchSession session = Search.session(entityManager);
        SearchResult<InsightSearch.Hit> result = session.search(Insight.class)
                .select(f -> f.composite()
                        .from(f.entity(Insight.class), f.highlight("title"), f.highlight("body"))
                        .as((insight, title, body) -> new InsightSearch.Hit(
                                insight.toView(), markup(title, insight.toView().title()), markup(body, ""))))
                .where((f, root) -> {
                    root.add(f.match().field("workspaceId").matching(context.id()));
                    if (search.hasWords()) {
                        root.add(f.simpleQueryString()
                                .fields("title", "body")
                                .boost(1.0f)
                                .matching(search.q())
                                .defaultOperator(BooleanOperator.AND));
                    }
                    if (search.sourceType() != null) {
                        root.add(f.match().field("sourceType").matching(search.sourceType()));
                    }
                    if (search.teamId() != null) {
                        root.add(f.match().field("teamId").matching(search.teamId()));
                    }
                    if (search.tag() != null && !search.tag().isBlank()) {
                        root.add(f.match().field("tags").matching(Insight.normalizeTags(List.of(search.tag())).stream()
                                .findFirst().orElse("")));
                    }
                    if (search.personaId() != null) {
                        root.add(f.match().field("personaIds").matching(search.personaId()));
                    }
                    if (search.userGoalId() != null) {
                        root.add(f.match().field("userGoalIds").matching(search.userGoalId()));
                    }
                    if (search.from() != null || search.to() != null) {
                        root.add(f.range().field("observedOn").between(search.from(), search.to()));
                    }
                    if (search.sentiment() != null) {
                        root.add(f.match().field("sentiment").matching(search.sentiment()));
                    }
                })
                .highlighter(h -> h.plain().tag(MARK_START, MARK_END).numberOfFragments(1).fragmentSize(200).noMatchSize(200))
                .aggregation(BY_SOURCE, a -> a.terms().field("sourceType", SourceType.class).maxTermCount(20))
                .aggregation(BY_TEAM, a -> a.terms().field("teamId", Long.class).maxTermCount(50))
                .aggregation(BY_TAG, a -> a.terms().field("tags", String.class).maxTermCount(15))
                .sort(s -> search.hasWords() ? s.score() : s.field("observedOn").desc())
                .fetch(page * size, size);
        return new InsightSearch.Results(
                result.hits(),
                result.total().hitCount(),
                page,
                size,
                result.aggregation(BY_SOURCE),
                result.aggregation(BY_TEAM),
                result.aggregation(BY_TAG));
    }

    /**
     * Insights most like this one, ranked by Lucene's relevance (BM25) for the words of its title and
     * tags, any of them matching; the insight itself is left out.
     */
    public List<InsightView> similar(String slug, long userId, long insightId, int limit) {
        WorkspaceContext context = workspaces.access(slug, userId);
        InsightView insight = find(context, insightId).toView();
        String words = (insight.title() + " " + String.join(" ", insight.tags()).replace('-', ' '))
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        return Search.session(entityManager).search(Insight.class)
                .where((f, root) -> {
                    root.add(f.match().field("workspaceId").matching(context.id()));
                    root.add(f.simpleQueryString().fields("title", "body").matching(words).defaultOperator(BooleanOperator.OR));
                    root.add(f.not(f.id().matching(insightId)));
                })
                .fetchHits(limit)
                .stream()
                .map(Insight::toView)
                .toList();
    }

    /** The workspace's team names by id. */
    public Map<Long, String> teamNames(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return workspaces.allTeams(context).stream().collect(java.util.stream.Collectors.toMap(t -> t.id(), t -> t.name()));
    }

    /** What arrived since a day, grouped by the team that found it: what a check-in starts from. */
    public record NewSince(java.time.LocalDate since, long total, Map<Long, List<InsightView>> byTeam) {}

    public NewSince newSince(String slug, long userId, java.time.LocalDate since, int limitPerTeam) {
        WorkspaceContext context = workspaces.access(slug, userId);
        List<InsightView> recent = insights.findByWorkspaceIdAndCreatedAtGreaterThanEqualOrderByCreatedAtDesc(
                        context.id(), since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .stream().map(Insight::toView).toList();
        Map<Long, List<InsightView>> byTeam = new java.util.LinkedHashMap<>();
        for (InsightView insight : recent) {
            List<InsightView> team = byTeam.computeIfAbsent(insight.teamId() == null ? 0L : insight.teamId(), k -> new java.util.ArrayList<>());
            if (team.size() < limitPerTeam) {
                team.add(insight);
            }
        }
        return new NewSince(since, recent.size(), byTeam);
    }

    /** Escapes the highlighted text and turns the highlighter's markers into {@code <mark>} tags. */
    static String markup(List<String> fragments, String fallback) {
        String text = fragments.isEmpty() ? fallback : fragments.getFirst();
        return HtmlUtils.htmlEscape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    private Insight find(WorkspaceContext context, long insightId) {
        return insights.findByIdAndWorkspaceId(insightId, context.id()).orElseThrow(() -> new InsightNotFound(insightId));
    }

    private void checkTeam(WorkspaceContext context, @Nullable Long teamId) {
        if (teamId != null && workspaces.allTeams(context).stream().noneMatch(t -> t.id() == teamId)) {
            throw new app.tandem.support.InvalidInput("teamId", "No team " + teamId + " in this workspace.");
        }
    }
}

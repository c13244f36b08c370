package app.tandem.insight;

import app.tandem.insight.internal.EvidenceFlowCounts;
import app.tandem.insight.internal.EvidenceLinks;
import app.tandem.insight.internal.Insight;
import app.tandem.insight.internal.InsightRepository;
import app.tandem.insight.routing.RouteStatus;
import app.tandem.insight.search.InsightCounts;
import app.tandem.insight.search.InsightHighlighter;
import app.tandem.insight.search.InsightSimilarity;
import app.tandem.insight.search.SearchBackendSettings;
import app.tandem.insight.theme.Themes;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import app.tandem.support.Markdown;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Capture, change, find and delete insights, with every workspace and role check. */
@Service
@Transactional(readOnly = true)
public class Insights {

    /** The hits query counts matches exactly up to this many; see {@link #search}. */
    private static final long HITS_COUNTED = InsightCounts.MIN_EXACT_UP_TO;

    /** The most hits OpenSearch gives in one answer (its index.max_result_window unless changed). */
    private static final int OPENSEARCH_WINDOW = 10_000;

    private final InsightRepository insights;
    private final Workspaces workspaces;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final InsightSimilarity similarity;
    private final Themes themes;
    private final InsightCounts counts;
    private final InsightHighlighter highlighter;
    private final Markdown markdown;
    private final EvidenceLinks links;
    private final EvidenceFlowCounts flowCounts;
    private final SearchBackendSettings backend;

    Insights(
            InsightRepository insights,
            Workspaces workspaces,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            InsightSimilarity similarity,
            Themes themes,
            InsightCounts counts,
            InsightHighlighter highlighter,
            Markdown markdown,
            EvidenceLinks links,
            EvidenceFlowCounts flowCounts,
            SearchBackendSettings backend) {
        this.insights = insights;
        this.workspaces = workspaces;
        this.entityManager = entityManager;
        this.events = events;
        this.similarity = similarity;
        this.themes = themes;
        this.counts = counts;
        this.highlighter = highlighter;
        this.markdown = markdown;
        this.links = links;
        this.flowCounts = flowCounts;
        this.backend = backend;
    }

    /**
     * Refuses every field of {@code draft} an insight would refuse (its title, text, sentiment,
     * reach, observed date, reference, tags and how many links), without saving or reading anything:
     * for a form that shows them beside the errors it found itself.
     */
    public static void check(InsightDraft draft) {
        new Insight(0L, null, draft);
    }

    @Transactional
    public InsightView capture(String slug, long userId, InsightDraft draft) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        checkTeam(context, draft.teamId());
        checkLinks(context, draft, Set.of(), Set.of(), Set.of(), Set.of());
        InsightView captured =
                insights.save(new Insight(context.id(), userId, draft)).toView();
        events.publishEvent(new InsightCaptured(context.id(), captured.id(), captured.title()));
        return captured;
    }

    public InsightView get(String slug, long userId, long insightId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return withThemes(List.of(find(context, insightId).toView())).getFirst();
    }

    /**
     * Replaces what a person gives of an insight. {@code startedFrom} is the version the change was
     * made on: an insight changed since is refused ({@link ConcurrentChange}, 409) instead of
     * overwritten, and nothing is saved.
     */
    @Transactional
    public InsightView update(String slug, long userId, long insightId, InsightDraft draft, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Insight insight = find(context, insightId);
        InsightView before = insight.toView();
        ConcurrentChange.check("this insight", startedFrom, before.version());
        checkTeam(context, draft.teamId());
        // links the insight has already stay, even when what they name is gone since
        checkLinks(
                context,
                draft,
                before.personaIds(),
                before.userGoalIds(),
                before.journeyStageIds(),
                before.painPointIds());
        insight.apply(draft);
        try {
            insights.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange(
                    "this insight", startedFrom, insight.toView().version());
        }
        return insight.toView();
    }

    @Transactional
    public void delete(String slug, long userId, long insightId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Insight insight = find(context, insightId);
        ConcurrentChange.checkDelete(
                "this insight", startedFrom, insight.toView().version());
        insights.delete(insight);
    }

    /**
     * Full-text search with filters; results sorted by relevance, or newest first without words. The
     * page of hits is found on this thread while {@link InsightCounts} counts on another; the words
     * are marked in the page's insights by {@link InsightHighlighter}.
     */
    public InsightSearch.Results search(String slug, long userId, InsightSearch search, int page, int size) {
        WorkspaceContext context = workspaces.access(slug, userId);
        search.check();
        checkFilters(context, search);
        if (!backend.lucene() && (long) (page + 1) * size > OPENSEARCH_WINDOW) {
            throw new InvalidInput(
                    "page",
                    String.format(
                            Locale.ROOT,
                            "Results past the %,dth are not shown; narrow the search with words or filters.",
                            OPENSEARCH_WINDOW));
        }
        CompletableFuture<InsightCounts.Counts> counting =
                counts.count((f, sampleOnly) -> matching(f, context.id(), search, false, sampleOnly));
        SearchResult<Insight> result;
        InsightCounts.Counts counted;
        try {
            result = Search.session(entityManager)
                    .search(Insight.class)
                    .where(f -> matching(f, context.id(), search, true, false))
                    .sort(s -> search.hasWords()
                            ? s.score()
                            : s.field("observedOn").desc())
                    // past this many hits Lucene may skip documents that cannot make the page; the total
                    // then comes from the counts (exact up to tandem.search.exact-counts-up-to, estimated above)
                    .totalHitCountThreshold(Math.max(HITS_COUNTED, (long) (page + 1) * size))
                    .fetch(page * size, size);
            counted = joined(counting);
        } catch (RuntimeException e) {
            throw tooManyClauses(e) ? new InsightSearch.TooManyWords() : e;
        }
        boolean hitsExact = result.total().isHitCountExact();
        boolean totalExact = hitsExact || counted.exact();
        long total = hitsExact
                ? result.total().hitCount()
                : counted.exact()
                        ? counted.total()
                        : Math.max(counted.total(), result.total().hitCountLowerBound());
        Map<Long, ThemeRef> inThemes =
                themes.themesOf(result.hits().stream().map(Insight::id).toList());
        String words = search.q();
        InsightHighlighter.Marks marks = highlighter.forWords(search.hasWords() && words != null ? words : "");
        return new InsightSearch.Results(
                result.hits().stream()
                        .map(Insight::toView)
                        .map(view -> new InsightSearch.Hit(
                                view.withTheme(inThemes.get(view.id())),
                                InsightHighlighter.markup(marks.title(view.title())),
                                InsightHighlighter.markup(marks.snippet(markdown.toPlainText(view.body())))))
                        .toList(),
                total,
                totalExact,
                page,
                size,
                counted.bySourceType(),
                counted.byTeam(),
                counted.byTag(),
                counted.exact());
    }

    /**
     * The ids of the insights a search finds, in its order (relevance with words, newest first
     * without), at most {@code limit + 1}, so the caller can tell there were more than it takes.
     */
    public List<Long> ids(WorkspaceContext context, InsightSearch search, int limit) {
        search.check();
        checkFilters(context, search);
        try {
            SearchQuery<Long> query = Search.session(entityManager)
                    .search(Insight.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> matching(f, context.id(), search, true, false))
                    .sort(s -> search.hasWords()
                            ? s.score()
                            : s.field("observedOn").desc())
                    .toQuery();
            if (backend.lucene() || limit < OPENSEARCH_WINDOW) {
                return query.fetchHits(limit + 1);
            }
            // OpenSearch answers at most index.max_result_window hits at once: the rest by scrolling
            List<Long> ids = new ArrayList<>();
            try (SearchScroll<Long> scroll = query.scroll(OPENSEARCH_WINDOW)) {
                for (SearchScrollResult<Long> chunk = scroll.next();
                        chunk.hasHits() && ids.size() <= limit;
                        chunk = scroll.next()) {
                    ids.addAll(chunk.hits());
                }
            }
            return ids.size() > limit + 1 ? List.copyOf(ids.subList(0, limit + 1)) : ids;
        } catch (RuntimeException e) {
            throw tooManyClauses(e) ? new InsightSearch.TooManyWords() : e;
        }
    }

    /**
     * Whether Lucene refused the query for its number of clauses: words that {@link
     * InsightSearch#check} counted as fewer than the analyzer splits them into. On OpenSearch
     * the refusal comes back as its answer, which names the error.
     */
    private static boolean tooManyClauses(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof IndexSearcher.TooManyClauses
                    || message != null
                            && (message.contains("too_many_clauses")
                                    || message.contains("too_many_nested_clauses")
                                    || message.contains("maxClauseCount"))) {
                return true;
            }
        }
        return false;
    }

    /** The counts, or the exception that stopped them as it was thrown. */
    private static InsightCounts.Counts joined(CompletableFuture<InsightCounts.Counts> counting) {
        try {
            return counting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * What a search matches: its words (scored, or as a filter when only counting), its filters, and
     * the workspace; {@code sampleOnly} keeps to the sample {@link InsightCounts} counts over.
     */
    static PredicateFinalStep matching(
            SearchPredicateFactory f, long workspaceId, InsightSearch search, boolean scored, boolean sampleOnly) {
        return f.bool(b -> {
            b.filter(f.match().field("workspaceId").matching(workspaceId));
            if (search.hasWords()) {
                PredicateFinalStep words = f.simpleQueryString()
                        .fields("text")
                        .matching(search.q())
                        .defaultOperator(BooleanOperator.AND);
                if (scored) {
                    b.must(words);
                } else {
                    b.filter(words);
                }
            }
            if (search.sourceType() != null) {
                b.filter(f.match().field("sourceType").matching(search.sourceType()));
            }
            if (search.teamId() != null) {
                b.filter(f.match().field("teamId").matching(search.teamId()));
            }
            if (search.tag() != null && !search.tag().isBlank()) {
                b.filter(f.match()
                        .field("tags")
                        .matching(Insight.normalizeTags(List.of(search.tag())).stream()
                                .findFirst()
                                .orElse("")));
            }
            if (search.personaId() != null) {
                b.filter(f.match().field("personaIds").matching(search.personaId()));
            }
            if (search.userGoalId() != null) {
                b.filter(f.match().field("userGoalIds").matching(search.userGoalId()));
            }
            if (search.journeyStageId() != null) {
                b.filter(f.match().field("journeyStageIds").matching(search.journeyStageId()));
            }
            if (search.painPointId() != null) {
                b.filter(f.match().field("painPointIds").matching(search.painPointId()));
            }
            if (search.from() != null || search.to() != null) {
                b.filter(f.range().field("observedOn").between(search.from(), search.to()));
            }
            if (search.sentiment() != null) {
                b.filter(f.match().field("sentiment").matching(search.sentiment()));
            }
            if (sampleOnly) {
                b.filter(f.match().field("sample").matching(0));
            }
        });
    }

    /**
     * Insights most like this one, ranked by Lucene's relevance (BM25) for the words of its title and
     * tags, any of them matching ({@link InsightSimilarity}); the insight itself is left out.
     */
    public List<InsightView> similar(String slug, long userId, long insightId, int limit) {
        WorkspaceContext context = workspaces.access(slug, userId);
        InsightView insight = find(context, insightId).toView();
        List<Long> ids = similarity.mostLike(context.id(), insight.title(), insight.tags(), limit, insightId).stream()
                .map(InsightSimilarity.Scored::insightId)
                .toList();
        Map<Long, Insight> found = insights.findAllById(ids).stream().collect(Collectors.toMap(Insight::id, i -> i));
        return withThemes(ids.stream()
                .filter(found::containsKey)
                .map(id -> found.get(id).toView())
                .toList());
    }

    /** The workspace's team names by id. */
    public Map<Long, String> teamNames(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return workspaces.allTeams(context).stream().collect(Collectors.toMap(t -> t.id(), t -> t.name()));
    }

    /**
     * What arrived since a day, grouped by the team that found it (0: no team) and by theme (0: in no
     * theme), each group newest first and cut at {@code limitPerGroup}: what a check-in starts from.
     */
    public record NewSince(
            LocalDate since, long total, Map<Long, List<InsightView>> byTeam, Map<Long, List<InsightView>> byTheme) {

        /** The theme's name for a key of {@link #byTheme()}. */
        public @Nullable String themeName(long themeId) {
            return byTheme.getOrDefault(themeId, List.of()).stream()
                    .map(InsightView::theme)
                    .filter(Objects::nonNull)
                    .map(ThemeRef::name)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** How far back "new since" reaches: a day further back is read as this long ago. */
    public static final Period NEW_SINCE_REACH = Period.ofYears(1);

    /**
     * The most insights "new since" groups, newest first; {@link NewSince#total()} still counts them
     * all. A check-in reads the newest; an import of 100,000 insights should not be read whole.
     */
    public static final int NEW_SINCE_READ = 2_000;

    /**
     * What arrived since a day, at most {@link #NEW_SINCE_REACH} ago (an earlier day is moved up to
     * it, and the answer says which day it used), grouped from the newest {@link #NEW_SINCE_READ}.
     */
    public NewSince newSince(String slug, long userId, LocalDate since, int limitPerGroup) {
        WorkspaceContext context = workspaces.access(slug, userId);
        LocalDate earliest = LocalDate.now().minus(NEW_SINCE_REACH);
        LocalDate from = since.isBefore(earliest) ? earliest : since;
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        long total = insights.countByWorkspaceIdAndCreatedAtGreaterThanEqual(context.id(), start);
        List<InsightView> recent = withThemes(insights
                .findByWorkspaceIdAndCreatedAtGreaterThanEqualOrderByCreatedAtDesc(
                        context.id(), start, Limit.of(NEW_SINCE_READ))
                .stream()
                .map(Insight::toView)
                .toList());
        Map<Long, List<InsightView>> byTeam = group(recent, i -> i.teamId() == null ? 0L : i.teamId(), limitPerGroup);
        Map<Long, List<InsightView>> byTheme =
                group(recent, i -> i.theme() == null ? 0L : i.theme().id(), limitPerGroup);
        // the themes with the most new insights first, the insights in no theme last
        Map<Long, Long> counts = recent.stream()
                .collect(Collectors.groupingBy(
                        i -> i.theme() == null ? 0L : i.theme().id(), Collectors.counting()));
        Map<Long, List<InsightView>> themesFirst = new LinkedHashMap<>();
        byTheme.keySet().stream()
                .filter(theme -> theme != 0L)
                .sorted(Comparator.comparing((Long theme) -> -counts.get(theme)).thenComparing(theme -> theme))
                .forEach(theme -> themesFirst.put(theme, byTheme.get(theme)));
        if (byTheme.containsKey(0L)) {
            themesFirst.put(0L, byTheme.get(0L));
        }
        return new NewSince(from, total, byTeam, themesFirst);
    }

    /** Insights captured since an instant: how many, and the newest of them with their themes, newest first. */
    public record Captured(long total, List<InsightView> newest) {}

    /**
     * The insights captured in the workspace at or after {@code since}: their number, and the newest
     * {@code max} of them (at most {@link #NEW_SINCE_READ}) with the theme each is in. What a check-in's
     * agenda starts from; the caller has checked the workspace.
     */
    public Captured capturedSince(WorkspaceContext context, Instant since, int max) {
        long total = insights.countByWorkspaceIdAndCreatedAtGreaterThanEqual(context.id(), since);
        if (total == 0) {
            return new Captured(0, List.of());
        }
        List<InsightView> newest = withThemes(insights
                .findByWorkspaceIdAndCreatedAtGreaterThanEqualOrderByCreatedAtDesc(
                        context.id(), since, Limit.of(Math.clamp(max, 1, NEW_SINCE_READ)))
                .stream()
                .map(Insight::toView)
                .toList());
        return new Captured(total, newest);
    }

    /** An insight routed to a team's inbox that the team has not acknowledged: since when it waits. */
    public record Unacknowledged(long insightId, String title, long teamId, Instant routedAt) {}

    /** How many routed insights wait for their team, and the longest waiting of them. */
    public record Waiting(long total, List<Unacknowledged> longest) {}

    /**
     * The routes of the workspace still new (neither acknowledged nor closed) that were made before
     * {@code routedBefore}: their number, and the {@code max} (at most 500) that wait longest, longest
     * first. For check-ins ("insights routed but not acknowledged for more than N days"); the caller
     * has checked the workspace.
     */
    public Waiting unacknowledged(WorkspaceContext context, Instant routedBefore, int max) {
        String from = " from InsightRoute r, Insight i where i.id = r.insightId and r.workspaceId = :workspaceId"
                + " and r.status = :status and r.routedAt < :before";
        long total = entityManager
                .createQuery("select count(r)" + from, Long.class)
                .setParameter("workspaceId", context.id())
                .setParameter("status", RouteStatus.NEW)
                .setParameter("before", routedBefore)
                .getSingleResult();
        if (total == 0) {
            return new Waiting(0, List.of());
        }
        List<Unacknowledged> longest = entityManager
                .createQuery(
                        "select r.insightId, i.title, r.teamId, r.routedAt" + from + " order by r.routedAt, r.id",
                        Object[].class)
                .setParameter("workspaceId", context.id())
                .setParameter("status", RouteStatus.NEW)
                .setParameter("before", routedBefore)
                .setMaxResults(Math.clamp(max, 1, 500))
                .getResultList()
                .stream()
                .map(row -> new Unacknowledged((Long) row[0], (String) row[1], (Long) row[2], (Instant) row[3]))
                .toList();
        return new Waiting(total, longest);
    }

    /** The longest period {@link #evidenceFlow} counts over, in days. */
    public static final int FLOW_MAX_DAYS = 366;

    /**
     * Where the evidence captured in the last {@code days} days (from the start of that day, UTC)
     * went: per team, what it captured and the teams it was routed to, what reached each team and how
     * long the team took to acknowledge it (the median). With {@code teamId}, only what that team
     * captured or received. Counted by a few aggregate queries ({@link EvidenceFlowCounts}), never by
     * loading insights; the caller has checked access to the workspace.
     */
    public EvidenceFlow evidenceFlow(WorkspaceContext context, int days, @Nullable Long teamId) {
        return evidenceFlow(context, days, teamId, null);
    }

    /**
     * {@link #evidenceFlow(WorkspaceContext, int, Long)} narrowed to the insights that are evidence for
     * one of {@code userGoalIds} (null: not narrowed; empty: nothing counts), as the dashboard narrows
     * it to a business goal: to the user goals its initiatives help.
     */
    public EvidenceFlow evidenceFlow(
            WorkspaceContext context, int days, @Nullable Long teamId, @Nullable Set<Long> userGoalIds) {
        if (days < 1 || days > FLOW_MAX_DAYS) {
            throw new InvalidInput("days", "Choose a period of 1 to " + FLOW_MAX_DAYS + " days.");
        }
        // (the last N days with today, as the participation matrix beside it on the dashboard counts them)
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(days - 1L);
        Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, String> names = new LinkedHashMap<>();
        workspaces.allTeams(context).stream()
                .sorted(Comparator.comparing(TeamView::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(team -> names.put(team.id(), team.name()));
        EvidenceFlowCounts.RouteFigures routes = flowCounts.routes(context.id(), from, teamId, userGoalIds);
        Map<Long, EvidenceFlowCounts.Reached> reached =
                routes.reached().stream().collect(Collectors.toMap(EvidenceFlowCounts.Reached::teamId, r -> r));
        // by the capturing team, 0 for none (a team deleted meanwhile counts as none, as its insights will)
        Map<Long, Long> captured = new HashMap<>();
        List<EvidenceFlow.Stream> streams = new ArrayList<>();
        for (EvidenceFlowCounts.Stream s : routes.streams()) {
            if (!names.containsKey(s.toTeamId())) {
                continue;
            }
            long fromKey = key(names, s.fromTeamId());
            streams.add(new EvidenceFlow.Stream(
                    fromKey == 0L ? null : fromKey,
                    teamName(names, s.fromTeamId()),
                    s.toTeamId(),
                    names.get(s.toTeamId()),
                    s.count()));
            // narrowed to a team, another team's insights count as far as they reached it
            if (teamId != null && teamId.equals(s.toTeamId()) && !teamId.equals(fromKey)) {
                captured.merge(fromKey, s.count(), Long::sum);
            }
        }
        streams.sort(EvidenceFlow.LARGEST_FIRST);
        Map<Long, Long> own = new HashMap<>();
        for (EvidenceFlowCounts.Captured c : flowCounts.captured(context.id(), from, teamId, userGoalIds)) {
            own.merge(key(names, c.teamId()), c.captured(), Long::sum);
        }
        own.forEach((team, count) -> captured.merge(team, count, Long::sum));
        // what a team captured that reached nobody: narrowed to a team, only that team's own
        Map<Long, Long> unrouted = new HashMap<>(own);
        for (EvidenceFlowCounts.Routed r : routes.routed()) {
            unrouted.computeIfPresent(key(names, r.teamId()), (team, count) -> count - r.insights());
        }
        List<EvidenceFlow.TeamFigures> teams = new ArrayList<>();
        names.forEach((id, name) -> {
            EvidenceFlowCounts.Reached r = reached.get(id);
            if (teamId == null || teamId.equals(id) || captured.containsKey(id) || r != null) {
                teams.add(new EvidenceFlow.TeamFigures(
                        id,
                        name,
                        captured.getOrDefault(id, 0L),
                        unrouted.getOrDefault(id, 0L),
                        r == null ? 0 : r.routed(),
                        r == null ? 0 : r.acknowledged(),
                        r == null ? null : days(r.medianSeconds())));
            }
        });
        if (captured.containsKey(0L)) {
            teams.add(new EvidenceFlow.TeamFigures(
                    null, EvidenceFlow.NO_TEAM, captured.get(0L), unrouted.getOrDefault(0L, 0L), 0, 0, null));
        }
        return new EvidenceFlow(
                days,
                since,
                teamId,
                userGoalIds == null ? null : userGoalIds.size(),
                captured.values().stream().mapToLong(Long::longValue).sum(),
                unrouted.values().stream().mapToLong(Long::longValue).sum(),
                streams,
                teams,
                days(routes.medianSeconds()));
    }

    /** The key of a capturing team: its id, or 0 for no team (or one deleted meanwhile). */
    private static long key(Map<Long, String> names, @Nullable Long teamId) {
        return teamId == null || !names.containsKey(teamId) ? 0L : teamId;
    }

    private static String teamName(Map<Long, String> names, @Nullable Long teamId) {
        return teamId == null ? EvidenceFlow.NO_TEAM : names.getOrDefault(teamId, EvidenceFlow.NO_TEAM);
    }

    private static @Nullable Double days(@Nullable Double seconds) {
        return seconds == null ? null : seconds / 86_400;
    }

    private static Map<Long, List<InsightView>> group(
            List<InsightView> insights, Function<InsightView, Long> key, int limit) {
        Map<Long, List<InsightView>> groups = new LinkedHashMap<>();
        for (InsightView insight : insights) {
            List<InsightView> group = groups.computeIfAbsent(key.apply(insight), k -> new ArrayList<>());
            if (group.size() < limit) {
                group.add(insight);
            }
        }
        return groups;
    }

    /** The same insights, each with the theme it is in. */
    private List<InsightView> withThemes(List<InsightView> views) {
        if (views.isEmpty()) {
            return views;
        }
        Map<Long, ThemeRef> inThemes =
                themes.themesOf(views.stream().map(InsightView::id).toList());
        return views.stream().map(v -> v.withTheme(inThemes.get(v.id()))).toList();
    }

    private Insight find(WorkspaceContext context, long insightId) {
        return insights.findByIdAndWorkspaceId(insightId, context.id())
                .orElseThrow(() -> new InsightNotFound(insightId));
    }

    /**
     * Checks that the personas, user goals, journey stages and pain points the draft links to, apart from those
     * the insight links to already, are the workspace's ({@link EvidenceLinks}).
     */
    private void checkLinks(
            WorkspaceContext context,
            InsightDraft draft,
            Set<Long> personas,
            Set<Long> userGoals,
            Set<Long> stages,
            Set<Long> painPoints) {
        links.checkPersonas(context, added(draft.personaIds(), personas), "personaIds");
        links.checkUserGoals(context, added(draft.userGoalIds(), userGoals), "userGoalIds");
        links.checkStages(context, added(draft.journeyStageIds(), stages), "journeyStageIds");
        links.checkPainPoints(context, added(draft.painPointIds(), painPoints), "painPointIds");
    }

    private static List<Long> added(List<Long> wanted, Set<Long> existing) {
        return wanted.stream()
                .filter(id -> id == null || !existing.contains(id))
                .toList();
    }

    /** Checks that the team is the workspace's, and holds it until the transaction ends (a delete of it waits). */
    /**
     * The ids a search filters by are the workspace's: another workspace's team, persona, user goal,
     * journey stage or pain point (or one that is gone) is refused naming the filter, as in a body,
     * rather than finding nothing.
     */
    private void checkFilters(WorkspaceContext context, InsightSearch search) {
        Long teamId = search.teamId();
        if (teamId != null && workspaces.allTeams(context).stream().noneMatch(t -> t.id() == teamId)) {
            throw new InvalidInput("team", "No team " + teamId + " in this workspace.");
        }
        links.checkPersona(context, search.personaId(), "persona");
        links.checkUserGoal(context, search.userGoalId(), "userGoal");
        links.checkStage(context, search.journeyStageId(), "journeyStage");
        Long painPointId = search.painPointId();
        links.checkPainPoints(context, painPointId == null ? Set.of() : Set.of(painPointId), "painPoint");
    }

    private void checkTeam(WorkspaceContext context, @Nullable Long teamId) {
        if (teamId != null && workspaces.holdTeams(context, List.of(teamId)).isEmpty()) {
            throw new InvalidInput("teamId", "No team " + teamId + " in this workspace.");
        }
    }
}

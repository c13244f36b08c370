package app.tandem.insight.theme;

import app.tandem.insight.InsightView;
import app.tandem.insight.ThemeRef;
import app.tandem.insight.internal.InsightRepository;
import app.tandem.insight.search.InsightSimilarity;
import app.tandem.insight.theme.ThemePlacement.PlacedBy;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DomainException;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes: similar insights grouped by "Group similar insights" (Lucene's relevance, see
 * {@link ThemeGrouping}), then renamed, merged and split by people. An insight is in at most one
 * theme; the grouping never moves an insight a person placed.
 */
@Service
@Transactional(readOnly = true)
public class Themes {

    private static final int CHUNK = 1000;

    /** The most insights one split or one addition moves. */
    public static final int MOVE_MAX = 1_000;

    private final ThemeRepository themes;
    private final ThemePlacementRepository placements;
    private final InsightRepository insights;
    private final InsightSimilarity similarity;
    private final Workspaces workspaces;
    private final ThemeProperties properties;

    Themes(
            ThemeRepository themes,
            ThemePlacementRepository placements,
            InsightRepository insights,
            InsightSimilarity similarity,
            Workspaces workspaces,
            ThemeProperties properties) {
        this.themes = themes;
        this.placements = placements;
        this.insights = insights;
        this.similarity = similarity;
        this.workspaces = workspaces;
        this.properties = properties;
    }

    /** What one run of "Group similar insights" did. */
    public record Discovery(
            int examined, int grouped, int themesCreated, int themesJoined, long remaining, long tookMillis) {}

    // ---- reading ------------------------------------------------------------------------------

    /** The workspace's themes, the widest reach first. */
    public Page<ThemeView> list(String slug, long userId, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return themes.rows(context.id(), pageable).map(ThemeRepository.Row::toView);
    }

    /** Every theme's id and name, by name (for choosing one). */
    public List<ThemeRef> refs(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return themes.findByWorkspaceIdOrderByNameAsc(context.id()).stream()
                .map(Theme::toRef)
                .toList();
    }

    public ThemeView get(String slug, long userId, long themeId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return themes.row(find(context, themeId).id()).toView();
    }

    /** A theme's insights, the widest reach first. */
    public Page<InsightView> insightsOf(String slug, long userId, long themeId, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        ThemeRef theme = find(context, themeId).toRef();
        return placements.insightsOf(theme.id(), pageable).map(i -> i.toView().withTheme(theme));
    }

    /** How many of the workspace's insights are in no theme. */
    /** How many insights "Group similar insights" has not looked at yet (a member who changes content asks). */
    public long waiting(String slug, long userId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        return placements.countNeverLookedAt(context.id());
    }

    public long unthemed(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return placements.countUnthemed(context.id());
    }

    /** The theme of each of these insights that is in one. */
    public Map<Long, ThemeRef> themesOf(Collection<Long> insightIds) {
        Map<Long, ThemeRef> result = new HashMap<>();
        for (List<Long> chunk : chunks(insightIds)) {
            for (Object[] row : placements.themesOf(chunk)) {
                result.put((Long) row[0], new ThemeRef((Long) row[1], (String) row[2]));
            }
        }
        return result;
    }

    // ---- what people do -----------------------------------------------------------------------

    /**
     * Renames the theme, from the version the person read ({@link ConcurrentChange} when it changed
     * since: renamed by someone else, or insights moved in or out by a person or the grouping).
     */
    @Transactional
    public ThemeView rename(String slug, long userId, long themeId, String name, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Theme theme = find(context, themeId);
        ConcurrentChange.check("this theme", startedFrom, theme.version());
        String checked = Theme.checked(name);
        checkNameFree(context, checked, theme.id());
        theme.rename(checked);
        try {
            themes.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this theme", startedFrom, theme.version());
        }
        return themes.row(theme.id()).toView();
    }

    /** Moves every insight of {@code otherThemeId} into {@code themeId} and deletes the other theme. */
    @Transactional
    public ThemeView merge(String slug, long userId, long themeId, @Nullable Long otherThemeId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Theme into = find(context, themeId);
        if (otherThemeId == null || otherThemeId == themeId) {
            throw new InvalidInput("themeId", "Choose another theme to merge into this one.");
        }
        Theme other = themes.findByIdAndWorkspaceId(otherThemeId, context.id())
                .orElseThrow(() -> new ThemeNotFound("themeId", otherThemeId));
        placements.findByThemeId(other.id()).forEach(p -> p.place(into.id(), PlacedBy.PERSON));
        into.changed();
        placements.flush();
        themes.delete(other);
        themes.flush();
        return themes.row(into.id()).toView();
    }

    /** Moves the chosen insights of a theme to a new theme with the given name; returns the new theme. */
    @Transactional
    public ThemeView split(String slug, long userId, long themeId, String name, Collection<Long> insightIds) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Theme from = find(context, themeId);
        String checked = Theme.checked(name);
        Set<Long> chosen = new LinkedHashSet<>(insightIds);
        if (chosen.isEmpty()) {
            throw new InvalidInput("insightIds", "Choose the insights that move to the new theme.");
        }
        atMostOneBatch(chosen);
        List<ThemePlacement> moving = placements.findByThemeIdAndInsightIdIn(from.id(), chosen);
        if (moving.size() < chosen.size()) {
            Set<Long> found = moving.stream().map(ThemePlacement::insightId).collect(Collectors.toSet());
            long missing = chosen.stream()
                    .filter(id -> !found.contains(id))
                    .findFirst()
                    .orElseThrow();
            throw new InvalidInput("insightIds", "Insight " + missing + " is not in the theme '" + from.name() + "'.");
        }
        if (moving.size() == placements.countByThemeId(from.id())) {
            throw new InvalidInput(
                    "insightIds",
                    "Leave at least one insight in '" + from.name()
                            + "' (to give all of them another name, rename the theme).");
        }
        checkNameFree(context, checked, null);
        Theme split = themes.save(new Theme(context.id(), checked));
        moving.forEach(p -> p.place(split.id(), PlacedBy.PERSON));
        from.changed();
        placements.flush();
        return themes.row(split.id()).toView();
    }

    /** Puts insights into a theme by hand (out of the theme they were in, if any). */
    @Transactional
    public ThemeView add(String slug, long userId, long themeId, Collection<Long> insightIds) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Theme theme = find(context, themeId);
        if (insightIds.isEmpty()) {
            throw new InvalidInput("insightIds", "Choose the insights to add to the theme.");
        }
        atMostOneBatch(new LinkedHashSet<>(insightIds));
        for (long insightId : new LinkedHashSet<>(insightIds)) {
            if (insights.findByIdAndWorkspaceId(insightId, context.id()).isEmpty()) {
                throw new InvalidInput("insightIds", "No insight " + insightId + " in this workspace.");
            }
            ThemePlacement placement = placements.findById(insightId).orElse(null);
            if (placement == null) {
                placements.save(new ThemePlacement(context.id(), insightId, theme.id(), PlacedBy.PERSON));
            } else {
                if (placement.themeId() != null && placement.themeId() != theme.id()) {
                    themes.findById(placement.themeId()).ifPresent(Theme::changed);
                }
                placement.place(theme.id(), PlacedBy.PERSON);
            }
        }
        theme.changed();
        placements.flush();
        return themes.row(theme.id()).toView();
    }

    /** Takes one insight out of its theme; the grouping will not put it back. */
    @Transactional
    public void remove(String slug, long userId, long themeId, long insightId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Theme theme = find(context, themeId);
        ThemePlacement placement = placements
                .findById(insightId)
                .filter(p -> p.themeId() != null && p.themeId() == theme.id())
                .orElseThrow(() -> new NotInTheme(insightId, theme.name()));
        placement.place(null, PlacedBy.PERSON);
        theme.changed();
    }

    /** Deletes a theme; its insights stay, in no theme, and the grouping leaves them so. */
    @Transactional
    public void delete(String slug, long userId, long themeId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Theme theme = find(context, themeId);
        ConcurrentChange.checkDelete("this theme", startedFrom, theme.version());
        placements.findByThemeId(theme.id()).forEach(p -> p.place(null, PlacedBy.PERSON));
        placements.flush();
        themes.delete(theme);
    }

    // ---- grouping -----------------------------------------------------------------------------

    /**
     * "Group similar insights": looks at up to {@code tandem.themes.max-per-run} insights never looked
     * at before (newest first), asks Lucene for each one's most similar insights, keeps the strong
     * edges and groups along them ({@link ThemeGrouping}); new groups are named by {@link ThemeNaming},
     * and a new group whose name a theme of the workspace carries joins that theme.
     */
    @Transactional
    public Discovery discover(String slug, long userId) {
        return discover(workspaces.accessToChange(slug, userId));
    }

    private static void atMostOneBatch(Set<Long> insightIds) {
        if (insightIds.size() > MOVE_MAX) {
            throw new InvalidInput(
                    "insightIds",
                    "Move at most " + MOVE_MAX + " insights at a time; " + insightIds.size() + " were sent.");
        }
    }

    private Discovery discover(WorkspaceContext context) {
        long started = System.nanoTime();
        long workspaceId = context.id();
        long waiting = placements.countNeverLookedAt(workspaceId);
        List<Long> candidates =
                placements.neverLookedAt(workspaceId, PageRequest.of(0, Math.max(1, properties.maxPerRun())));
        Set<Long> inThisRun = new HashSet<>(candidates);
        Map<Long, ThemeNaming.Member> members = members(candidates);
        Map<Long, List<InsightSimilarity.Scored>> hits = new HashMap<>();
        candidates.forEach(id -> hits.put(id, ask(workspaceId, members.get(id))));

        // Strong neighbours outside this run are asked too, so that every edge is checked both ways.
        Set<Long> outside = new TreeSet<>();
        hits.values()
                .forEach(answer -> ThemeGrouping.strongShares(answer, properties.threshold()).keySet().stream()
                        .filter(id -> !inThisRun.contains(id))
                        .forEach(outside::add));
        Map<Long, ThemePlacement> outsidePlacements = placements.findAllById(outside).stream()
                .collect(Collectors.toMap(ThemePlacement::insightId, Function.identity()));
        Set<Long> free = new HashSet<>(inThisRun);
        Map<Long, Long> themeOf = new HashMap<>();
        List<Long> alsoAsk = new ArrayList<>();
        for (long id : outside) {
            ThemePlacement placement = outsidePlacements.get(id);
            if (placement == null) {
                continue; // never looked at, beyond this run's bound: a later run groups it
            }
            if (placement.themeId() != null) {
                themeOf.put(id, placement.themeId());
                alsoAsk.add(id);
            } else if (placement.placedBy() == PlacedBy.DISCOVERY) {
                free.add(id);
                alsoAsk.add(id);
            } // else: a person took it out of its theme; it stays out
        }
        members.putAll(members(alsoAsk));
        alsoAsk.forEach(id -> hits.put(id, ask(workspaceId, members.get(id))));

        ThemeGrouping.Plan plan = ThemeGrouping.plan(
                free,
                themeOf,
                ThemeGrouping.strongEdges(hits, properties.threshold()),
                alikeThemes(workspaceId, free, hits, themeOf));

        Map<Long, Long> placedIn = new HashMap<>();
        Set<Long> joined = new HashSet<>(plan.joins().keySet());
        plan.joins().forEach((themeId, ids) -> {
            themes.findById(themeId).ifPresent(Theme::changed);
            ids.forEach(id -> placedIn.put(id, themeId));
        });
        // a new group that would carry the name of a theme there is (or one this run made) joins it:
        // "Technical issue", "Technical issue (2)", ... would be one subject in many themes
        Map<String, Theme> byName = new HashMap<>();
        themes.findByWorkspaceIdOrderByNameAsc(workspaceId)
                .forEach(theme -> byName.putIfAbsent(theme.name().toLowerCase(Locale.ROOT), theme));
        int created = 0;
        for (Set<Long> group : plan.newThemes()) {
            String name = ThemeNaming.name(group.stream().map(members::get).toList());
            Theme theme = byName.get(name.toLowerCase(Locale.ROOT));
            if (theme != null) {
                theme.changed();
                joined.add(theme.id());
            } else {
                theme = themes.save(new Theme(workspaceId, name));
                byName.put(name.toLowerCase(Locale.ROOT), theme);
                created++;
            }
            long themeId = theme.id();
            group.forEach(id -> placedIn.put(id, themeId));
        }
        List<ThemePlacement> fresh = new ArrayList<>();
        for (long id : candidates) {
            fresh.add(new ThemePlacement(workspaceId, id, placedIn.get(id), PlacedBy.DISCOVERY));
        }
        placements.saveAll(fresh);
        placedIn.forEach((id, themeId) -> {
            if (!inThisRun.contains(id)) {
                outsidePlacements.get(id).place(themeId, PlacedBy.DISCOVERY);
            }
        });
        placements.flush();
        return new Discovery(
                candidates.size(),
                plan.grouped(),
                created,
                joined.size(),
                waiting - candidates.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The themes each free insight is alike, both ways (see {@link ThemeGrouping}): a member of the
     * theme is a strong hit of the insight's own query, and the insight scores at least {@code
     * tandem.themes.threshold} of the best hit of the theme's query, its name and the tags at least
     * half of its members carry.
     */
    private Map<Long, Set<Long>> alikeThemes(
            long workspaceId, Set<Long> free, Map<Long, List<InsightSimilarity.Scored>> hits, Map<Long, Long> themeOf) {
        Map<Long, Set<Long>> candidates = new HashMap<>(); // theme -> free insights that found a member
        for (long id : free) {
            ThemeGrouping.strongShares(hits.getOrDefault(id, List.of()), properties.threshold())
                    .keySet()
                    .forEach(hit -> {
                        Long theme = themeOf.get(hit);
                        if (theme != null) {
                            candidates
                                    .computeIfAbsent(theme, k -> new TreeSet<>())
                                    .add(id);
                        }
                    });
        }
        Map<Long, Set<Long>> alike = new HashMap<>();
        candidates.forEach((themeId, ids) -> themes.findById(themeId)
                .ifPresent(theme -> similarity
                        .sharesOf(workspaceId, theme.name(), commonTags(themeId), ids)
                        .forEach((id, share) -> {
                            if (share >= properties.threshold()) {
                                alike.computeIfAbsent(id, k -> new TreeSet<>()).add(themeId);
                            }
                        })));
        return alike;
    }

    /** The tags at least half of a theme's members carry. */
    private List<String> commonTags(long themeId) {
        List<Long> memberIds = placements.findByThemeId(themeId).stream()
                .map(ThemePlacement::insightId)
                .toList();
        Map<String, Integer> counts = new TreeMap<>();
        members(memberIds)
                .values()
                .forEach(m -> Set.copyOf(m.tags()).forEach(tag -> counts.merge(tag, 1, Integer::sum)));
        return counts.entrySet().stream()
                .filter(e -> e.getValue() * 2 >= memberIds.size())
                .map(Map.Entry::getKey)
                .toList();
    }

    private List<InsightSimilarity.Scored> ask(long workspaceId, ThemeNaming.@Nullable Member member) {
        if (member == null) {
            return List.of();
        }
        return similarity.mostLike(workspaceId, member.title(), member.tags(), properties.neighbours() + 1, null);
    }

    /** Title, reach and tags of these insights, for asking Lucene and for naming. */
    private Map<Long, ThemeNaming.Member> members(Collection<Long> insightIds) {
        Map<Long, ThemeNaming.Member> result = new HashMap<>();
        for (List<Long> chunk : chunks(insightIds)) {
            for (Object[] row : placements.members(chunk)) {
                @SuppressWarnings("unchecked")
                Set<String> tags = (Set<String>) row[3];
                result.put((Long) row[0], new ThemeNaming.Member((String) row[1], (Integer) row[2], List.copyOf(tags)));
            }
        }
        return result;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private Theme find(WorkspaceContext context, long themeId) {
        return themes.findByIdAndWorkspaceId(themeId, context.id()).orElseThrow(() -> new ThemeNotFound(themeId));
    }

    private void checkNameFree(WorkspaceContext context, String name, @Nullable Long except) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean taken = themes.findByWorkspaceIdOrderByNameAsc(context.id()).stream()
                .anyMatch(t -> (except == null || t.id() != except)
                        && t.name().toLowerCase(Locale.ROOT).equals(lower));
        if (taken) {
            throw new ThemeNameTaken(name);
        }
    }

    /** Two runs of the grouping of one workspace met: the later one changed nothing. */
    public static class GroupingCollided extends DomainException {
        public GroupingCollided() {
            super(
                    Kind.CONFLICT,
                    "Another grouping of this workspace ran at the same moment and changed nothing of yours. Run it again.");
        }
    }

    /** The insight is not in that theme. */
    static class NotInTheme extends DomainException {
        NotInTheme(long insightId, String theme) {
            super(Kind.NOT_FOUND, "Insight " + insightId + " is not in the theme '" + theme + "'.");
        }
    }
}

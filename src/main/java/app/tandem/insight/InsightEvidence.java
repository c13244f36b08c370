package app.tandem.insight;

import app.tandem.insight.internal.EvidenceLinks;
import app.tandem.insight.internal.Insight;
import app.tandem.insight.internal.InsightRepository;
import app.tandem.journey.PainPointEvidence;
import app.tandem.persona.UserGoalEvidence;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Insights as evidence, read from both sides: the insights that prove a persona, a user goal, a
 * journey stage or a pain point (count, total reach, strongest first), and linking or unlinking one
 * insight and one target. Every target must be the workspace's ({@link EvidenceLinks}).
 */
@Service
@Transactional(readOnly = true)
public class InsightEvidence implements PainPointEvidence, UserGoalEvidence {

    /** The most insights a request may ask for at once. */
    public static final int MAX_SHOWN = 100;

    /** The most names the picker offers for one search. */
    public static final int MAX_FOUND = 20;

    private final Workspaces workspaces;
    private final InsightRepository insights;
    private final EvidenceLinks links;
    private final EntityManager entityManager;

    InsightEvidence(
            Workspaces workspaces, InsightRepository insights, EvidenceLinks links, EntityManager entityManager) {
        this.workspaces = workspaces;
        this.insights = insights;
        this.links = links;
        this.entityManager = entityManager;
    }

    /**
     * What proves a target: how many insights, their total reach, and the strongest of them (measured
     * before patterns before anecdotes, then by reach, then newest), at most {@code shown}.
     */
    public record Evidence(NamedTarget target, long count, long totalReach, List<InsightView> strongest) {}

    public Evidence of(String slug, long userId, EvidenceTarget target, int shown) {
        WorkspaceContext context = workspaces.access(slug, userId);
        NamedTarget named = named(context, target);
        String path = path(target.kind());
        Object[] totals = entityManager
                .createQuery(
                        "select count(i), coalesce(sum(i.reach), 0) from Insight i join " + path
                                + " t where i.workspaceId = :workspaceId and t = :targetId",
                        Object[].class)
                .setParameter("workspaceId", context.id())
                .setParameter("targetId", target.id())
                .getSingleResult();
        if (shown < 0 || shown > MAX_SHOWN) {
            throw new InvalidInput("limit", "List 0 to " + MAX_SHOWN + " insights at once.");
        }
        int wanted = shown;
        List<InsightView> strongest = new ArrayList<>();
        for (EvidenceStrength strength : strongestFirst()) {
            if (strongest.size() >= wanted) {
                break;
            }
            entityManager
                    .createQuery(
                            "select i from Insight i join " + path
                                    + " t where i.workspaceId = :workspaceId and t = :targetId"
                                    + " and i.evidenceStrength = :strength"
                                    + " order by i.reach desc, i.observedOn desc, i.id desc",
                            Insight.class)
                    .setParameter("workspaceId", context.id())
                    .setParameter("targetId", target.id())
                    .setParameter("strength", strength)
                    .setMaxResults(wanted - strongest.size())
                    .getResultList()
                    .forEach(i -> strongest.add(i.toView()));
        }
        return new Evidence(named, ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(), strongest);
    }

    /** Links the insight to the target (nothing changes when it is linked already). */
    @Transactional
    public InsightView link(String slug, long userId, long insightId, EvidenceTarget target) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Insight insight = find(context, insightId);
        links.check(context, target, target.kind().field());
        insight.link(target);
        insights.flush(); // the answer carries the version the link was saved as, not the one before it
        return insight.toView();
    }

    /**
     * Takes the link away; a linked target need not exist any more. When there was no link nothing
     * changes, and a target that is not the workspace's is refused (404 naming the field).
     */
    @Transactional
    public InsightView unlink(String slug, long userId, long insightId, EvidenceTarget target) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Insight insight = find(context, insightId);
        if (!insight.unlink(target)) {
            links.check(context, target, target.kind().field());
        }
        insights.flush();
        return insight.toView();
    }

    /** The names of what an insight proves, in the order persona, user goal, stage, pain point; gone ones left out. */
    public List<NamedTarget> linksOf(String slug, long userId, InsightView insight) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return names(context, targetsOf(insight));
    }

    /** The names of these targets (for a form that holds ids); gone ones left out. */
    public List<NamedTarget> named(String slug, long userId, Collection<EvidenceTarget> targets) {
        return names(workspaces.access(slug, userId), targets);
    }

    /** Personas, user goals, journey stages and pain points whose names contain the words, for the picker. */
    public List<NamedTarget> find(String slug, long userId, String words, int limit) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return links.find(context, words, Math.clamp(limit, 1, MAX_FOUND));
    }

    /**
     * The workspace's insights among these ids, named for other modules (ids of other workspaces are
     * left out), strongest first. The caller has checked access to the workspace.
     */
    public List<InsightRef> refs(WorkspaceContext context, Collection<Long> insightIds) {
        if (insightIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select i.id, i.title, i.reach, i.evidenceStrength from Insight i"
                                + " where i.workspaceId = :workspaceId and i.id in :ids",
                        Object[].class)
                .setParameter("workspaceId", context.id())
                .setParameter("ids", insightIds)
                .getResultList()
                .stream()
                .map(row -> new InsightRef(
                        (Long) row[0], (String) row[1], ((Number) row[2]).intValue(), (EvidenceStrength) row[3]))
                .sorted(Comparator.comparing((InsightRef r) -> strongestFirst().indexOf(r.strength()))
                        .thenComparing(
                                Comparator.comparingInt(InsightRef::reach).reversed()))
                .toList();
    }

    /** Every target an insight links to. */
    public static List<EvidenceTarget> targetsOf(InsightView insight) {
        List<EvidenceTarget> targets = new ArrayList<>();
        insight.personaIds().forEach(id -> targets.add(new EvidenceTarget(EvidenceTarget.Kind.PERSONA, id)));
        insight.userGoalIds().forEach(id -> targets.add(new EvidenceTarget(EvidenceTarget.Kind.USER_GOAL, id)));
        insight.journeyStageIds().forEach(id -> targets.add(new EvidenceTarget(EvidenceTarget.Kind.JOURNEY_STAGE, id)));
        insight.painPointIds().forEach(id -> targets.add(new EvidenceTarget(EvidenceTarget.Kind.PAIN_POINT, id)));
        return targets;
    }

    @Override
    public Map<Long, Long> insightsProvingPainPoints(long workspaceId, Collection<Long> painPointIds) {
        return counts(workspaceId, "i.painPointIds", painPointIds);
    }

    @Override
    public Map<Long, Long> insightsProvingUserGoals(long workspaceId, Collection<Long> userGoalIds) {
        return counts(workspaceId, "i.userGoalIds", userGoalIds);
    }

    /** How many of the workspace's insights link to each of these ids through the collection at {@code path}. */
    private Map<Long, Long> counts(long workspaceId, String path, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery(
                        "select t, count(i) from Insight i join " + path
                                + " t where i.workspaceId = :workspaceId and t in :ids group by t",
                        Object[].class)
                .setParameter("workspaceId", workspaceId)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    private List<NamedTarget> names(WorkspaceContext context, Collection<EvidenceTarget> targets) {
        Map<EvidenceTarget, NamedTarget> labels = links.labels(context, targets);
        return targets.stream().map(labels::get).filter(Objects::nonNull).toList();
    }

    /** The target with its name; a target of another workspace, or of nothing, answers 404. */
    private NamedTarget named(WorkspaceContext context, EvidenceTarget target) {
        NamedTarget named = links.labels(context, List.of(target)).get(target);
        if (named == null) {
            throw new EvidenceTargetNotFound(target);
        }
        return named;
    }

    private Insight find(WorkspaceContext context, long insightId) {
        return insights.findByIdAndWorkspaceId(insightId, context.id())
                .orElseThrow(() -> new InsightNotFound(insightId));
    }

    /** The insight's collection that holds links of the kind, in JPQL (a constant per kind, never user text). */
    private static String path(EvidenceTarget.Kind kind) {
        return switch (kind) {
            case PERSONA -> "i.personaIds";
            case USER_GOAL -> "i.userGoalIds";
            case JOURNEY_STAGE -> "i.journeyStageIds";
            case PAIN_POINT -> "i.painPointIds";
        };
    }

    private static List<EvidenceStrength> strongestFirst() {
        return List.of(EvidenceStrength.MEASURED, EvidenceStrength.PATTERN, EvidenceStrength.ANECDOTE);
    }
}

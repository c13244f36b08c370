package app.tandem.initiative.internal;

import app.tandem.goal.GoalWork;
import app.tandem.initiative.UserGoalEffect;
import app.tandem.initiative.internal.LinkStore.Kind;
import app.tandem.initiative.internal.LinkStore.Linked;
import app.tandem.insight.InsightBacking;
import app.tandem.journey.JourneyWork;
import app.tandem.persona.UserGoalWork;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links seen from the other side, for the goal, KPI, user goal, insight and journey pages: the
 * lower modules declare what they show ({@link GoalWork}, {@link UserGoalWork}, {@link
 * InsightBacking}, {@link JourneyWork}) and take it when this module is there. The caller has checked
 * access to the workspace; only the workspace's initiatives are answered.
 */
@Component
@Transactional(readOnly = true)
class ReverseLinks implements GoalWork, UserGoalWork, InsightBacking, JourneyWork {

    private final LinkStore store;

    ReverseLinks(LinkStore store) {
        this.store = store;
    }

    @Override
    public List<GoalWork.Work> servingGoal(long workspaceId, long goalId) {
        return store.linkedTo(Kind.GOAL, workspaceId, List.of(goalId)).stream()
                .map(ReverseLinks::goalWork)
                .toList();
    }

    @Override
    public List<GoalWork.Work> expectedToMoveKpi(long workspaceId, long kpiId) {
        return store.movingKpi(workspaceId, kpiId).stream()
                .map(ReverseLinks::goalWork)
                .toList();
    }

    @Override
    public List<UserGoalWork.Work> forUserGoal(long workspaceId, long userGoalId) {
        return store.linkedTo(Kind.USER_GOAL, workspaceId, List.of(userGoalId)).stream()
                .sorted(Comparator.comparingInt(Linked::strength).reversed())
                .map(l -> new UserGoalWork.Work(
                        l.initiativeId(),
                        l.title(),
                        l.status().label(),
                        path(l),
                        l.dueDate(),
                        l.effect() == UserGoalEffect.HURTS,
                        l.strength()))
                .toList();
    }

    @Override
    public List<InsightBacking.Backed> initiativesBackedBy(long workspaceId, long insightId) {
        return store.linkedTo(Kind.INSIGHT, workspaceId, List.of(insightId)).stream()
                .map(l -> new InsightBacking.Backed(
                        l.initiativeId(), l.title(), l.status().label(), path(l), l.dueDate()))
                .toList();
    }

    @Override
    public Map<Long, List<JourneyWork.Work>> onStages(long workspaceId, Collection<Long> stageIds) {
        return byTarget(store.linkedTo(Kind.STAGE, workspaceId, stageIds));
    }

    @Override
    public Map<Long, List<JourneyWork.Work>> onPainPoints(long workspaceId, Collection<Long> painPointIds) {
        return byTarget(store.linkedTo(Kind.PAIN_POINT, workspaceId, painPointIds));
    }

    private static Map<Long, List<JourneyWork.Work>> byTarget(List<Linked> linked) {
        return linked.stream()
                .collect(Collectors.groupingBy(
                        Linked::targetId,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                l -> new JourneyWork.Work(
                                        l.initiativeId(), l.title(), l.status().label(), path(l)),
                                Collectors.toList())));
    }

    private static GoalWork.Work goalWork(Linked l) {
        return new GoalWork.Work(
                l.initiativeId(),
                l.title(),
                l.status().label(),
                path(l),
                l.dueDate(),
                l.targetId(),
                l.kpiId(),
                l.expectedChange(),
                l.byDate() == null && l.kpiId() != null ? l.dueDate() : l.byDate());
    }

    private static String path(Linked l) {
        return "initiatives/" + l.initiativeId();
    }
}

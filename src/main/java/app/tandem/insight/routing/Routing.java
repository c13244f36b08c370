package app.tandem.insight.routing;

import app.tandem.insight.ActingWork;
import app.tandem.insight.InsightNotFound;
import app.tandem.insight.InsightRouted;
import app.tandem.insight.InsightView;
import app.tandem.insight.internal.EvidenceLinks;
import app.tandem.insight.internal.Insight;
import app.tandem.insight.internal.InsightRepository;
import app.tandem.support.DomainException;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gets each insight to the teams that can act on it: rules per team, routing by hand with a note,
 * each team's inbox, acknowledging and closing, and how fast each team acknowledges.
 */
@Service
@Transactional(readOnly = true)
public class Routing {

    /** The longest note on a hand-made route, in characters (the column's length). */
    public static final int MAX_NOTE = 500;
    /** The longest "what we did" when a team closes a route, in characters (the column's length). */
    public static final int MAX_OUTCOME = 2000;

    private final RuleRepository rules;
    private final RouteRepository routes;
    private final InsightRepository insights;
    private final Workspaces workspaces;
    private final ApplicationEventPublisher events;
    private final EvidenceLinks links;
    private final ObjectProvider<ActingWork> acting;

    Routing(
            RuleRepository rules,
            RouteRepository routes,
            InsightRepository insights,
            Workspaces workspaces,
            ApplicationEventPublisher events,
            EvidenceLinks links,
            ObjectProvider<ActingWork> acting) {
        this.rules = rules;
        this.routes = routes;
        this.insights = insights;
        this.workspaces = workspaces;
        this.events = events;
        this.links = links;
        this.acting = acting;
    }

    // ---- rules --------------------------------------------------------------------------------

    /**
     * The rules a workspace keeps at most: every new insight is matched against all of them, and
     * their list is answered whole (an API probe made 1,200, December 2026).
     */
    public static final int MAX_RULES = 200;

    public List<RuleView> rules(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return rules.findByWorkspaceIdOrderByIdAsc(context.id()).stream()
                .map(RoutingRule::toView)
                .toList();
    }

    @Transactional
    public RuleView addRule(String slug, long userId, long teamId, RoutingRule.RuleCriteria criteria) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        checkRule(context, teamId, criteria);
        workspaces.holdWorkspace(context); // two rules added at once are counted and compared together
        List<RoutingRule> existing = rules.findByWorkspaceIdOrderByIdAsc(context.id());
        RoutingRule rule = new RoutingRule(context.id(), teamId, criteria);
        for (RoutingRule other : existing) {
            if (other.sameAs(rule)) {
                throw new RuleExists(other.toView().id());
            }
        }
        if (existing.size() >= MAX_RULES) {
            throw new TooManyRules();
        }
        return rules.save(rule).toView();
    }

    /** One rule of the workspace. */
    public RuleView rule(String slug, long userId, long ruleId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return rules.findByIdAndWorkspaceId(ruleId, context.id())
                .orElseThrow(() -> new RuleNotFound(ruleId))
                .toView();
    }

    /**
     * Refuses every wrong field of a rule at once, saving nothing: what {@link #addRule} would
     * refuse, and a missing team. The rules form calls it when its own checks failed, so the person
     * sees every error together.
     */
    public void checkRule(String slug, long userId, @Nullable Long teamId, RoutingRule.RuleCriteria criteria) {
        checkRule(workspaces.accessToChange(slug, userId), teamId, criteria);
    }

    private void checkRule(WorkspaceContext context, @Nullable Long teamId, RoutingRule.RuleCriteria criteria) {
        InvalidInputs.checks()
                .check(() -> {
                    if (teamId == null) {
                        throw new InvalidInput("team", "Choose the team whose inbox the rule fills.");
                    }
                    checkTeam(context, teamId);
                })
                .check(() -> links.checkPersona(context, criteria.personaId(), "personaId"))
                .check(() -> links.checkUserGoal(context, criteria.userGoalId(), "userGoalId"))
                .check(() -> links.checkStage(context, criteria.journeyStageId(), "journeyStageId"))
                .check(() -> RoutingRule.checked(criteria))
                .done();
    }

    @Transactional
    public void deleteRule(String slug, long userId, long ruleId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        rules.delete(rules.findByIdAndWorkspaceId(ruleId, context.id()).orElseThrow(() -> new RuleNotFound(ruleId)));
    }

    /** Sends an insight to every team whose rule matches it; routes that exist already are kept. Returns the number of new routes. */
    @Transactional
    public int routeByRules(long workspaceId, long insightId) {
        Insight insight = insights.findById(insightId)
                .filter(i -> i.workspaceId() == workspaceId)
                .orElse(null);
        if (insight == null) {
            return 0;
        }
        InsightView view = insight.toView();
        int routed = 0;
        for (RoutingRule rule : rules.findByWorkspaceIdOrderByIdAsc(workspaceId)) {
            if (rule.matches(view) && !routes.existsByInsightIdAndTeamId(insightId, rule.teamId())) {
                routes.save(new InsightRoute(workspaceId, insightId, rule.teamId(), null, rule.id(), null));
                routes.flush();
                events.publishEvent(new InsightRouted(workspaceId, insightId, rule.teamId(), true));
                routed++;
            }
        }
        return routed;
    }

    /**
     * Applies the rules to insights an import has just written (in the caller's transaction): no
     * insight is read back and none has a route yet.
     */
    @Transactional
    public int routeNew(long workspaceId, List<InsightView> fresh) {
        List<RoutingRule> all = rules.findByWorkspaceIdOrderByIdAsc(workspaceId);
        if (all.isEmpty() || fresh.isEmpty()) {
            return 0;
        }
        List<InsightRoute> made = new ArrayList<>();
        for (InsightView view : fresh) {
            Set<Long> teams = new HashSet<>();
            for (RoutingRule rule : all) {
                if (rule.matches(view) && teams.add(rule.teamId())) {
                    made.add(new InsightRoute(workspaceId, view.id(), rule.teamId(), null, rule.id(), null));
                }
            }
        }
        routes.saveAll(made);
        made.forEach(r -> events.publishEvent(new InsightRouted(workspaceId, r.insightId(), r.teamId(), true)));
        return made.size();
    }

    // ---- routes -------------------------------------------------------------------------------

    /** A person sends an insight to a team with a short note ("design: users can't find savings goals"). */
    @Transactional
    public RouteView routeByHand(String slug, long userId, long insightId, long teamId, @Nullable String note) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        checkTeam(context, teamId);
        Insight insight = insight(context, insightId);
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInput("note", "A note has at most " + MAX_NOTE + " characters.");
        }
        if (routes.existsByInsightIdAndTeamId(insightId, teamId)) {
            throw new AlreadyRouted();
        }
        InsightRoute route = routes.save(new InsightRoute(context.id(), insightId, teamId, note, null, userId));
        events.publishEvent(new InsightRouted(context.id(), insightId, teamId, false));
        return route.toView(insight.toView().title());
    }

    @Transactional
    public RouteView acknowledge(String slug, long userId, long insightId, long teamId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        InsightRoute route = route(context, insightId, teamId);
        route.acknowledge(userId, Instant.now());
        return route.toView(insight(context, insightId).toView().title());
    }

    @Transactional
    public RouteView close(String slug, long userId, long insightId, long teamId, String whatWeDid) {
        return close(slug, userId, insightId, teamId, whatWeDid, null);
    }

    /**
     * The team closes the route with what it did and, optionally, the initiative that acts on the
     * insight: the initiative must be the workspace's and not dropped ({@code initiativeId} refused
     * otherwise, before anything changes); the insight then backs it, and the outcome names it
     * ("Acted on by initiative “Savings goals discoverability fix”", then what the person said, which
     * may be blank).
     */
    @Transactional
    public RouteView close(
            String slug,
            long userId,
            long insightId,
            long teamId,
            @Nullable String whatWeDid,
            @Nullable Long initiativeId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        InsightRoute route = route(context, insightId, teamId);
        String said = whatWeDid == null ? "" : whatWeDid.strip();
        if (initiativeId == null) {
            route.close(userId, said, Instant.now());
            return route.toView(insight(context, insightId).toView().title());
        }
        ActingWork work = acting.getIfUnique();
        ActingWork.Initiative initiative = (work == null
                        ? Optional.<ActingWork.Initiative>empty()
                        : work.find(context.id(), initiativeId))
                .orElseThrow(() -> new InitiativeNotInWorkspace(initiativeId));
        if (initiative.dropped()) {
            throw new InvalidInput(
                    "initiativeId",
                    "“" + initiative.title()
                            + "” was dropped: it acts on nothing. Choose an open initiative, or none.");
        }
        String named = "Acted on by initiative “" + initiative.title() + "”";
        int room = MAX_OUTCOME - named.length() - 2;
        if (said.length() > room) {
            throw new InvalidInput(
                    "outcome", "With the initiative named, say what the team did in at most " + room + " characters.");
        }
        route.close(userId, said.isEmpty() ? named : named + ": " + said, initiativeId, Instant.now());
        Objects.requireNonNull(work).actsOn(context.id(), initiativeId, insightId);
        return route.toView(insight(context, insightId).toView().title(), initiative);
    }

    /**
     * Whether a route can be closed with the initiative that acts on it (the module that keeps the
     * initiatives is there).
     */
    public boolean closesWithInitiatives() {
        return acting.getIfUnique() != null;
    }

    /**
     * The initiatives a team can close a route with: the workspace's open ones, the team's first, at
     * most {@link ActingWork#MAX_OPEN}; none without the module that keeps them.
     */
    public List<ActingWork.Initiative> actingCandidates(String slug, long userId, long teamId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        checkTeam(context, teamId);
        ActingWork work = acting.getIfUnique();
        return work == null ? List.of() : work.openFor(context.id(), teamId);
    }

    public List<RouteView> routesOf(String slug, long userId, long insightId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        String title = insight(context, insightId).toView().title();
        List<InsightRoute> found = routes.findByInsightIdOrderByRoutedAtAsc(insightId);
        Map<Long, ActingWork.Initiative> acted = actedOnBy(context, found);
        return found.stream().map(r -> r.toView(title, acted(acted, r))).toList();
    }

    /** The initiatives that act on these routes' insights, by id, when the module that keeps them is there. */
    private Map<Long, ActingWork.Initiative> actedOnBy(WorkspaceContext context, List<InsightRoute> found) {
        ActingWork work = acting.getIfUnique();
        Set<Long> ids = found.stream()
                .map(InsightRoute::initiativeId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return work == null || ids.isEmpty() ? Map.of() : work.named(context.id(), ids);
    }

    private static ActingWork.@Nullable Initiative acted(Map<Long, ActingWork.Initiative> acted, InsightRoute route) {
        Long id = route.initiativeId();
        return id == null ? null : acted.get(id);
    }

    /** A team's inbox, newest first; all statuses when {@code status} is null. */
    public Page<RouteView> inbox(
            String slug, long userId, long teamId, @Nullable RouteStatus status, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        if (workspaces.allTeams(context).stream().noneMatch(t -> t.id() == teamId)) {
            throw new InboxNotFound(teamId); // the team in the path: not the workspace's, as any other path id
        }
        Page<InsightRoute> page = status == null
                ? routes.findByWorkspaceIdAndTeamIdOrderByRoutedAtDesc(context.id(), teamId, pageable)
                : routes.findByWorkspaceIdAndTeamIdAndStatusOrderByRoutedAtDesc(context.id(), teamId, status, pageable);
        Map<Long, String> titles =
                insights
                        .findAllById(page.getContent().stream()
                                .map(InsightRoute::insightId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Insight::id, i -> i.toView().title()));
        Map<Long, ActingWork.Initiative> acted = actedOnBy(context, page.getContent());
        return page.map(r -> r.toView(titles.getOrDefault(r.insightId(), ""), acted(acted, r)));
    }

    /** How insights flow to a team: what waits, and how long the team takes to acknowledge. */
    public record TeamFlow(
            long teamId,
            String teamName,
            long waiting,
            long acknowledged,
            long closed,
            @Nullable Duration medianTimeToAcknowledge) {

        /** "3 h 20 min", "2 days", or "—" when nothing was acknowledged yet. */
        public String medianShown() {
            if (medianTimeToAcknowledge == null) {
                return "—";
            }
            long minutes = medianTimeToAcknowledge.toMinutes();
            if (minutes < 60) {
                return minutes + " min";
            }
            if (minutes < 48 * 60) {
                return (minutes / 60) + " h " + (minutes % 60) + " min";
            }
            return (minutes / (24 * 60)) + " days";
        }
    }

    public List<TeamFlow> flow(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Map<Long, List<Duration>> times = routes.findByWorkspaceIdAndAcknowledgedAtIsNotNull(context.id()).stream()
                .collect(Collectors.groupingBy(
                        InsightRoute::teamId,
                        Collectors.mapping(InsightRoute::timeToAcknowledge, Collectors.toList())));
        List<TeamFlow> flow = new ArrayList<>();
        for (TeamView team : workspaces.allTeams(context)) {
            List<Duration> durations = new ArrayList<>(times.getOrDefault(team.id(), List.of()));
            durations.sort(null);
            Duration median = durations.isEmpty() ? null : durations.get(durations.size() / 2);
            flow.add(new TeamFlow(
                    team.id(),
                    team.name(),
                    routes.countByWorkspaceIdAndTeamIdAndStatus(context.id(), team.id(), RouteStatus.NEW),
                    routes.countByWorkspaceIdAndTeamIdAndStatus(context.id(), team.id(), RouteStatus.ACKNOWLEDGED),
                    routes.countByWorkspaceIdAndTeamIdAndStatus(context.id(), team.id(), RouteStatus.CLOSED),
                    median));
        }
        return flow;
    }

    private InsightRoute route(WorkspaceContext context, long insightId, long teamId) {
        return routes.findByInsightIdAndTeamIdAndWorkspaceId(insightId, teamId, context.id())
                .orElseThrow(() -> new RouteNotFound());
    }

    private Insight insight(WorkspaceContext context, long insightId) {
        return insights.findByIdAndWorkspaceId(insightId, context.id())
                .orElseThrow(() -> new InsightNotFound(insightId));
    }

    private void checkTeam(WorkspaceContext context, long teamId) {
        if (workspaces.allTeams(context).stream().noneMatch(t -> t.id() == teamId)) {
            throw new InvalidInput("team", "No team " + teamId + " in this workspace.");
        }
    }

    /** No team of this workspace has that id, so no inbox. */
    static class InboxNotFound extends DomainException {
        InboxNotFound(long teamId) {
            super(Kind.NOT_FOUND, "No team " + teamId + " in this workspace, so no inbox.");
        }
    }

    /** The same team already has a rule with the same criteria. */
    static class RuleExists extends DomainException {
        RuleExists(long id) {
            super(Kind.CONFLICT, "team", "This team already has that rule (rule " + id + ").");
        }
    }

    /** The workspace keeps {@link #MAX_RULES} rules already. */
    static class TooManyRules extends DomainException {
        TooManyRules() {
            super(
                    Kind.CONFLICT,
                    "team",
                    "A workspace keeps at most " + MAX_RULES
                            + " routing rules; delete one, or widen one to cover two.");
        }
    }

    /** No such rule in this workspace. */
    static class RuleNotFound extends DomainException {
        RuleNotFound(long id) {
            super(Kind.NOT_FOUND, "No routing rule " + id + " in this workspace.");
        }
    }

    /** The insight was not routed to that team. */
    public static class RouteNotFound extends DomainException {
        public RouteNotFound() {
            super(Kind.NOT_FOUND, "This insight is not in that team's inbox.");
        }
    }

    /** The initiative a route was to be closed with is not the workspace's (404 naming {@code initiativeId}). */
    static class InitiativeNotInWorkspace extends DomainException {
        InitiativeNotInWorkspace(long id) {
            super(Kind.NOT_FOUND, "initiativeId", "No initiative " + id + " in this workspace.");
        }
    }

    /** The insight is in that team's inbox already. */
    static class AlreadyRouted extends DomainException {
        AlreadyRouted() {
            super(Kind.CONFLICT, "team", "This insight is already in that team's inbox.");
        }
    }
}

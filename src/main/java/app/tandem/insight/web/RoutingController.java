package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.InsightDraft;
import app.tandem.insight.SourceType;
import app.tandem.insight.routing.RouteStatus;
import app.tandem.insight.routing.RouteView;
import app.tandem.insight.routing.Routing;
import app.tandem.insight.routing.RoutingRule;
import app.tandem.journey.Journeys;
import app.tandem.journey.StageRef;
import app.tandem.persona.PersonaRef;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.InvalidInput;
import app.tandem.support.Paging;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Team inboxes, routing by hand from an insight's page, and the routing rules, in the browser. */
@Controller
class RoutingController {

    private final Routing routing;
    private final Workspaces workspaces;
    private final Personas personas;
    private final Journeys journeys;
    private final Paging paging;

    RoutingController(Routing routing, Workspaces workspaces, Personas personas, Journeys journeys, Paging paging) {
        this.routing = routing;
        this.workspaces = workspaces;
        this.personas = personas;
        this.journeys = journeys;
        this.paging = paging;
    }

    @GetMapping("/w/{slug}/inbox")
    String inbox(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable RouteStatus status,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        List<TeamView> teams = workspaces.allTeams(workspace);
        model.addAttribute("workspace", workspace);
        model.addAttribute("teams", teams);
        model.addAttribute("flow", routing.flow(slug, me.id()));
        if (!teams.isEmpty()) {
            long selected = team != null ? team : teams.getFirst().id();
            model.addAttribute(
                    "team",
                    teams.stream()
                            .filter(t -> t.id() == selected)
                            .findFirst()
                            .orElseThrow(() -> new Routing.RouteNotFound()));
            model.addAttribute("status", status);
            model.addAttribute(
                    "actingCandidates",
                    workspace.canChange() ? routing.actingCandidates(slug, me.id(), selected) : List.of());
            model.addAttribute(
                    "routes", routing.inbox(slug, me.id(), selected, status, paging.of(page, null, Sort.unsorted())));
        }
        return "insight/inbox";
    }

    @PostMapping("/w/{slug}/insights/{id}/routes")
    String route(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        try {
            if (team == null) {
                throw new InvalidInput("team", "Choose the team that can act on it.");
            }
            routing.routeByHand(slug, me.id(), id, team, note);
            redirect.addFlashAttribute("flash", "Sent to the team's inbox.");
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            // back at the form, the error beside its field and what was chosen and typed kept
            redirect.addFlashAttribute("routeError", e.getMessage());
            redirect.addFlashAttribute("routeField", "note".equals(e.field()) ? "note" : "team");
            redirect.addFlashAttribute("routeNote", note);
            redirect.addFlashAttribute("routeTeam", team);
            return Forms.redirect(slug, "insights", id) + "#route-form";
        }
        return Forms.redirect(slug, "insights", id);
    }

    @PostMapping("/w/{slug}/insights/{id}/routes/{team}/acknowledge")
    String acknowledge(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long team,
            RedirectAttributes redirect) {
        RouteView route = routing.acknowledge(slug, me.id(), id, team);
        redirect.addFlashAttribute("flash", "Acknowledged: " + route.insightTitle());
        return Forms.redirect(slug, "inbox") + "?team=" + team;
    }

    @PostMapping("/w/{slug}/insights/{id}/routes/{team}/close")
    String close(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long team,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(required = false) @Nullable Long initiativeId,
            RedirectAttributes redirect) {
        try {
            RouteView route = routing.close(slug, me.id(), id, team, outcome, initiativeId);
            redirect.addFlashAttribute(
                    "flash",
                    "Closed: " + route.insightTitle()
                            + (route.actedOnBy() == null
                                    ? ""
                                    : ", acted on by " + route.actedOnBy().title()));
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "Not closed: " + e.getMessage());
            redirect.addFlashAttribute(
                    "closeError",
                    new CloseError(
                            id,
                            Objects.requireNonNullElse(e.field(), "outcome"),
                            e.getMessage(),
                            outcome,
                            initiativeId));
        }
        return Forms.redirect(slug, "inbox") + "?team=" + team;
    }

    /**
     * A close the inbox refused, shown beside the field it names in that route's form, with what was
     * typed and chosen kept.
     */
    record CloseError(
            long insightId,
            String field,
            @Nullable String message,
            String outcome,
            @Nullable Long initiativeId) implements Serializable {}

    /** A new routing rule as the rules page's form has it; blank criteria match anything. */
    record RuleForm(
            @Nullable Long team,
            @Nullable SourceType sourceType,

            @Size(max = InsightDraft.MAX_TAG, message = "At most {max} characters.") @Nullable String tag,

            @Nullable Long personaId,
            @Nullable Long userGoalId,
            @Nullable Long journeyStageId,

            @Size(max = RoutingRule.MAX_WORDS, message = "At most {max} characters.") @Nullable String words) {

        static RuleForm empty() {
            return new RuleForm(null, null, "", null, null, null, "");
        }

        RoutingRule.RuleCriteria criteria() {
            return new RoutingRule.RuleCriteria(sourceType, tag, personaId, userGoalId, journeyStageId, words);
        }
    }

    @GetMapping("/w/{slug}/insights/rules")
    String rules(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("ruleForm", RuleForm.empty());
        return rulesPage(me, slug, model);
    }

    /**
     * Adds a rule, or shows the page again with what was typed and every error beside its field
     * (the team, each criterion, and a rule without any criterion).
     */
    @PostMapping("/w/{slug}/insights/rules")
    String addRule(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("ruleForm") RuleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors() || form.team() == null) {
            Forms.check(result, () -> routing.checkRule(slug, me.id(), form.team(), form.criteria()));
        }
        return Forms.submit(
                result,
                () -> {
                    routing.addRule(slug, me.id(), Objects.requireNonNull(form.team()), form.criteria());
                    redirect.addFlashAttribute(
                            "flash", "Rule added: new insights that match it go to the team's inbox.");
                    return Forms.redirect(slug, "insights", "rules");
                },
                () -> rulesPage(me, slug, model));
    }

    private String rulesPage(TandemPrincipal me, String slug, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        List<PersonaRef> personaRefs = personas.refs(workspace);
        List<UserGoalView> goals = personas.allUserGoals(workspace);
        List<StageRef> stages = journeys.stages(workspace);
        model.addAttribute("workspace", workspace);
        model.addAttribute("rules", routing.rules(slug, me.id()));
        model.addAttribute("teamNames", teamNames(workspace));
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("sourceTypes", SourceType.values());
        model.addAttribute("personas", personaRefs);
        model.addAttribute(
                "userGoalsByPersona",
                goals.stream()
                        .collect(Collectors.groupingBy(
                                UserGoalView::personaName, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("stages", stages);
        model.addAttribute(
                "personaNames", personaRefs.stream().collect(Collectors.toMap(PersonaRef::id, PersonaRef::name)));
        model.addAttribute(
                "userGoalNames", goals.stream().collect(Collectors.toMap(UserGoalView::id, UserGoalView::sentence)));
        model.addAttribute("stageNames", stages.stream().collect(Collectors.toMap(StageRef::id, StageRef::label)));
        return "insight/rules";
    }

    @PostMapping("/w/{slug}/insights/rules/{ruleId}/delete")
    String deleteRule(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long ruleId,
            RedirectAttributes redirect) {
        routing.deleteRule(slug, me.id(), ruleId);
        redirect.addFlashAttribute("flash", "Rule deleted. Insights already routed stay in the inbox.");
        return Forms.redirect(slug, "insights", "rules");
    }

    private Map<Long, String> teamNames(WorkspaceContext workspace) {
        return workspaces.allTeams(workspace).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
    }
}

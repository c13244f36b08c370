package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.SourceType;
import app.tandem.insight.routing.RouteStatus;
import app.tandem.insight.routing.RouteView;
import app.tandem.insight.routing.Routing;
import app.tandem.insight.routing.RoutingRule;
import app.tandem.support.DomainException;
import app.tandem.support.InvalidInput;
import app.tandem.support.Paging;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Team inboxes, routing by hand from an insight's page, and the routing rules, in the browser. */
@Controller
class RoutingController {

    private final Routing routing;
    private final Workspaces workspaces;
    private final Paging paging;

    RoutingController(Routing routing, Workspaces workspaces, Paging paging) {
        this.routing = routing;
        this.workspaces = workspaces;
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
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("routeNote", note);
        }
        return "redirect:/w/" + slug + "/insights/" + id;
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
        return "redirect:/w/" + slug + "/inbox?team=" + team;
    }

    @PostMapping("/w/{slug}/insights/{id}/routes/{team}/close")
    String close(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long team,
            @RequestParam(defaultValue = "") String outcome,
            RedirectAttributes redirect) {
        try {
            RouteView route = routing.close(slug, me.id(), id, team, outcome);
            redirect.addFlashAttribute("flash", "Closed: " + route.insightTitle());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/w/" + slug + "/inbox?team=" + team;
    }

    @GetMapping("/w/{slug}/insights/rules")
    String rules(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute("rules", routing.rules(slug, me.id()));
        model.addAttribute("teamNames", teamNames(workspace));
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("sourceTypes", SourceType.values());
        return "insight/rules";
    }

    @PostMapping("/w/{slug}/insights/rules")
    String addRule(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable SourceType sourceType,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String words,
            RedirectAttributes redirect) {
        try {
            if (team == null) {
                throw new InvalidInput("team", "Choose the team whose inbox the rule fills.");
            }
            routing.addRule(
                    slug, me.id(), team, new RoutingRule.RuleCriteria(sourceType, tag, null, null, null, words));
            redirect.addFlashAttribute("flash", "Rule added: new insights that match it go to the team's inbox.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/w/" + slug + "/insights/rules";
    }

    @PostMapping("/w/{slug}/insights/rules/{ruleId}/delete")
    String deleteRule(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long ruleId,
            RedirectAttributes redirect) {
        routing.deleteRule(slug, me.id(), ruleId);
        redirect.addFlashAttribute("flash", "Rule deleted. Insights already routed stay in the inbox.");
        return "redirect:/w/" + slug + "/insights/rules";
    }

    private Map<Long, String> teamNames(WorkspaceContext workspace) {
        return workspaces.allTeams(workspace).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
    }
}

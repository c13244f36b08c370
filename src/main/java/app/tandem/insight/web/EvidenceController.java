package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.EvidenceTarget;
import app.tandem.insight.InsightEvidence;
import app.tandem.insight.InsightSearch;
import app.tandem.insight.InsightView;
import app.tandem.insight.Insights;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence both ways in the browser. From a persona, user goal, journey stage or pain point: the
 * insights that prove it, and attaching insights found by search (the panel that persona and journey
 * pages load with htmx; without JavaScript, the same URL is a page of its own). From an insight: what
 * it proves, linked and unlinked with a picker that finds personas, user goals, stages and pain points
 * as one types.
 */
@Controller
class EvidenceController {

    /** The insights a panel lists; the rest are a click away in the search. */
    static final int SHOWN = 10;

    /** The insights (or names) a search in the panel or the picker offers. */
    static final int FOUND = 8;

    private final InsightEvidence evidence;
    private final Insights insights;
    private final Workspaces workspaces;

    EvidenceController(InsightEvidence evidence, Insights insights, Workspaces workspaces) {
        this.evidence = evidence;
        this.insights = insights;
        this.workspaces = workspaces;
    }

    // ---- from the persona, user goal, stage or pain point ------------------------------------

    @GetMapping("/w/{slug}/evidence/{kind}/{id}")
    String panel(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String q,
            HtmxRequest htmx,
            Model model) {
        EvidenceTarget target = target(kind, id);
        panelModel(me, slug, target, q, model);
        return htmx.isHtmxRequest() ? "insight/evidence :: panel" : "insight/evidence";
    }

    /** Insights found by the panel's search, to attach: the list alone for htmx, else the panel's page. */
    @GetMapping("/w/{slug}/evidence/{kind}/{id}/find")
    String findInsights(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String q,
            HtmxRequest htmx,
            Model model) {
        String page = panel(me, slug, kind, id, q, htmx, model);
        return htmx.isHtmxRequest() ? "insight/evidence :: candidates" : page;
    }

    @PostMapping("/w/{slug}/evidence/{kind}/{id}/insights")
    String attach(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam long insight,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        EvidenceTarget target = target(kind, id);
        InsightView linked = evidence.link(slug, me.id(), insight, target);
        return afterChange(me, slug, target, htmx, model, redirect, "Attached: " + linked.title() + ".");
    }

    @PostMapping("/w/{slug}/evidence/{kind}/{id}/insights/{insight}/remove")
    String detach(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable String kind,
            @PathVariable long id,
            @PathVariable long insight,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        EvidenceTarget target = target(kind, id);
        InsightView unlinked = evidence.unlink(slug, me.id(), insight, target);
        return afterChange(
                me, slug, target, htmx, model, redirect, "No longer counted as evidence: " + unlinked.title() + ".");
    }

    private String afterChange(
            TandemPrincipal me,
            String slug,
            EvidenceTarget target,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect,
            String message) {
        if (htmx.isHtmxRequest()) {
            panelModel(me, slug, target, null, model);
            model.addAttribute("panelMessage", message);
            return "insight/evidence :: panel";
        }
        redirect.addFlashAttribute("flash", message);
        return "redirect:/w/" + slug + "/evidence/" + target.kind().segment() + "/" + target.id();
    }

    private void panelModel(TandemPrincipal me, String slug, EvidenceTarget target, @Nullable String q, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        InsightEvidence.Evidence found = evidence.of(slug, me.id(), target, SHOWN);
        model.addAttribute("workspace", workspace);
        model.addAttribute("evidence", found);
        model.addAttribute("teamNames", teamNames(workspace));
        model.addAttribute("q", q == null ? "" : q);
        List<InsightView> candidates = List.of();
        if (q != null && !q.isBlank() && workspace.canChange()) {
            candidates = insights.search(slug, me.id(), withWords(q), 0, FOUND).hits().stream()
                    .map(InsightSearch.Hit::insight)
                    .toList();
        }
        model.addAttribute("candidates", candidates);
        model.addAttribute(
                "linkedIds",
                candidates.stream()
                        .filter(c -> InsightEvidence.targetsOf(c).contains(target))
                        .map(InsightView::id)
                        .collect(Collectors.toSet()));
    }

    // ---- from the insight ---------------------------------------------------------------------

    /** Names found as one types in the picker of an insight's page or form. */
    @GetMapping("/w/{slug}/evidence/targets")
    String targets(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long insight,
            @RequestParam(defaultValue = "page") String mode,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute("insightId", insight);
        model.addAttribute("formMode", "form".equals(mode));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", q == null || q.isBlank() ? List.of() : evidence.find(slug, me.id(), q, FOUND));
        return "insight/evidence :: targets";
    }

    @PostMapping("/w/{slug}/insights/{id}/evidence")
    String link(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam long target,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        InsightView insight = evidence.link(slug, me.id(), id, target(kind, target));
        return afterLinkChange(me, slug, insight, htmx, model, redirect, "Linked.");
    }

    @PostMapping("/w/{slug}/insights/{id}/evidence/remove")
    String unlink(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam long target,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        InsightView insight = evidence.unlink(slug, me.id(), id, target(kind, target));
        return afterLinkChange(me, slug, insight, htmx, model, redirect, "Unlinked.");
    }

    private String afterLinkChange(
            TandemPrincipal me,
            String slug,
            InsightView insight,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect,
            String message) {
        if (htmx.isHtmxRequest()) {
            model.addAttribute("workspace", workspaces.access(slug, me.id()));
            model.addAttribute("insight", insight);
            model.addAttribute("links", evidence.linksOf(slug, me.id(), insight));
            model.addAttribute("linksMessage", message);
            return "insight/evidence :: links";
        }
        redirect.addFlashAttribute("flash", message);
        return "redirect:/w/" + slug + "/insights/" + insight.id();
    }

    private static EvidenceTarget target(String kind, long id) {
        return new EvidenceTarget(EvidenceTarget.Kind.ofSegment(kind, "kind"), id);
    }

    private static InsightSearch withWords(String q) {
        if (q.length() > 500) {
            throw new InvalidInput("q", "Search with at most 500 characters.");
        }
        return new InsightSearch(q, null, null, null, null, null, null, null, null, null, null);
    }

    private Map<Long, String> teamNames(WorkspaceContext workspace) {
        return workspaces.allTeams(workspace).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
    }
}

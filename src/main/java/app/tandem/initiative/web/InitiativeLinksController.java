package app.tandem.initiative.web;

import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.GoalLinkInput;
import app.tandem.initiative.InitiativeLinks;
import app.tandem.initiative.InitiativeView;
import app.tandem.initiative.Initiatives;
import app.tandem.initiative.LinksView;
import app.tandem.initiative.UserGoalEffect;
import app.tandem.initiative.UserGoalLinkInput;
import app.tandem.insight.InsightSearch;
import app.tandem.insight.InsightView;
import app.tandem.insight.Insights;
import app.tandem.journey.Journeys;
import app.tandem.persona.Personas;
import app.tandem.support.Forms;
import app.tandem.support.InvalidInput;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * "What it serves" on an initiative's page: the business goals (with a KPI contribution), user goals
 * helped or hurt, insights that back it, journey stages and pain points, each with a small form to
 * add and a button to remove. The initiative page loads the panel with htmx; every form answers the
 * panel again (errors beside their fields, what was typed kept). Without JavaScript the same URL is a
 * page of its own, and a change goes back to the initiative's page.
 */
@Controller
class InitiativeLinksController {

    /** The most choices a select offers (stages, pain points); the insight picker searches instead. */
    static final int OPTIONS = 200;

    /** The insights the picker offers for one search. */
    static final int FOUND = 8;

    private final Workspaces workspaces;
    private final Initiatives initiatives;
    private final InitiativeLinks links;
    private final Goals goals;
    private final Kpis kpis;
    private final Personas personas;
    private final Journeys journeys;
    private final Insights insights;

    InitiativeLinksController(
            Workspaces workspaces,
            Initiatives initiatives,
            InitiativeLinks links,
            Goals goals,
            Kpis kpis,
            Personas personas,
            Journeys journeys,
            Insights insights) {
        this.workspaces = workspaces;
        this.initiatives = initiatives;
        this.links = links;
        this.goals = goals;
        this.kpis = kpis;
        this.personas = personas;
        this.journeys = journeys;
        this.insights = insights;
    }

    record GoalLinkForm(
            @Nullable Long goalId,
            @Nullable Long kpiId,
            @Nullable Double expectedChange,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate byDate) {}

    record UserGoalLinkForm(
            @Nullable Long userGoalId,
            @Nullable UserGoalEffect effect,
            @Nullable Integer strength) {}

    record InsightLinkForm(@Nullable Long insightId) {}

    record StageLinkForm(@Nullable Long stageId) {}

    record PainPointLinkForm(@Nullable Long painPointId) {}

    /** A goal and the KPIs that measure it, for the goal form's selects. */
    record GoalOption(long id, String title, List<KpiOption> kpis) {}

    record KpiOption(long id, String name) {}

    // ---- the panel ----------------------------------------------------------------------------------

    @GetMapping("/w/{slug}/initiatives/{initiativeId}/links")
    String panel(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @RequestParam(required = false) @Nullable String q,
            HtmxRequest htmx,
            Model model) {
        panelModel(me, slug, initiativeId, q, model);
        return htmx.isHtmxRequest() ? "initiative/links :: panel" : "initiative/links";
    }

    /** Insights found by the picker's words: the list alone for htmx, else the panel's page with them. */
    @GetMapping("/w/{slug}/initiatives/{initiativeId}/links/insights/find")
    String findInsights(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @RequestParam(required = false) @Nullable String q,
            HtmxRequest htmx,
            Model model) {
        String page = panel(me, slug, initiativeId, q, htmx, model);
        return htmx.isHtmxRequest() ? "initiative/links :: candidates" : page;
    }

    // ---- business goals -------------------------------------------------------------------------------

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/goals")
    String linkGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @ModelAttribute("goalLinkForm") GoalLinkForm form,
            BindingResult result,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        if (form.goalId() == null && !result.hasFieldErrors("goalId")) {
            result.rejectValue("goalId", "required", "Choose the business goal it serves.");
        }
        return submit(me, slug, initiativeId, result, htmx, model, redirect, () -> {
            LinksView view = links.putGoal(
                    slug,
                    me.id(),
                    initiativeId,
                    required(form.goalId()),
                    new GoalLinkInput(form.kpiId(), form.expectedChange(), form.byDate()));
            return "It serves “"
                    + view.goals().stream()
                            .filter(g -> g.goalId() == form.goalId())
                            .map(LinksView.GoalLink::goalTitle)
                            .findFirst()
                            .orElse("the goal")
                    + "” now.";
        });
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/goals/{goalId}/remove")
    String unlinkGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long goalId,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        links.removeGoal(slug, me.id(), initiativeId, goalId);
        return afterChange(me, slug, initiativeId, htmx, model, redirect, "The goal is unlinked.");
    }

    // ---- user goals -------------------------------------------------------------------------------------

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/user-goals")
    String linkUserGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @ModelAttribute("userGoalLinkForm") UserGoalLinkForm form,
            BindingResult result,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        if (form.userGoalId() == null && !result.hasFieldErrors("userGoalId")) {
            result.rejectValue("userGoalId", "required", "Choose the user goal.");
        }
        return submit(me, slug, initiativeId, result, htmx, model, redirect, () -> {
            links.putUserGoal(
                    slug,
                    me.id(),
                    initiativeId,
                    required(form.userGoalId()),
                    new UserGoalLinkInput(form.effect(), form.strength()));
            return form.effect() == UserGoalEffect.HURTS
                    ? "Recorded: it hurts that user goal."
                    : "Recorded: it helps that user goal.";
        });
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/user-goals/{userGoalId}/remove")
    String unlinkUserGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long userGoalId,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        links.removeUserGoal(slug, me.id(), initiativeId, userGoalId);
        return afterChange(me, slug, initiativeId, htmx, model, redirect, "The user goal is unlinked.");
    }

    // ---- insights -------------------------------------------------------------------------------------

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/insights")
    String linkInsight(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @ModelAttribute("insightLinkForm") InsightLinkForm form,
            BindingResult result,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        if (form.insightId() == null && !result.hasFieldErrors("insightId")) {
            result.rejectValue("insightId", "required", "Find the insight that backs it, then link it.");
        }
        return submit(me, slug, initiativeId, result, htmx, model, redirect, () -> {
            LinksView view = links.addInsight(slug, me.id(), initiativeId, required(form.insightId()));
            return "Backed by "
                    + view.insights().stream()
                            .filter(i -> i.insightId() == form.insightId())
                            .map(LinksView.InsightLink::title)
                            .findFirst()
                            .orElse("the insight")
                    + " now.";
        });
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/insights/{insightId}/remove")
    String unlinkInsight(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long insightId,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        links.removeInsight(slug, me.id(), initiativeId, insightId);
        return afterChange(me, slug, initiativeId, htmx, model, redirect, "The insight is unlinked.");
    }

    // ---- journey stages and pain points ---------------------------------------------------------------

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/stages")
    String linkStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @ModelAttribute("stageLinkForm") StageLinkForm form,
            BindingResult result,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        if (form.stageId() == null && !result.hasFieldErrors("stageId")) {
            result.rejectValue("stageId", "required", "Choose the journey stage it addresses.");
        }
        return submit(me, slug, initiativeId, result, htmx, model, redirect, () -> {
            links.addStage(slug, me.id(), initiativeId, required(form.stageId()));
            return "The journey stage is linked.";
        });
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/stages/{stageId}/remove")
    String unlinkStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long stageId,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        links.removeStage(slug, me.id(), initiativeId, stageId);
        return afterChange(me, slug, initiativeId, htmx, model, redirect, "The journey stage is unlinked.");
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/pain-points")
    String linkPainPoint(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @ModelAttribute("painPointLinkForm") PainPointLinkForm form,
            BindingResult result,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        if (form.painPointId() == null && !result.hasFieldErrors("painPointId")) {
            result.rejectValue("painPointId", "required", "Choose the pain point it addresses.");
        }
        return submit(me, slug, initiativeId, result, htmx, model, redirect, () -> {
            links.addPainPoint(slug, me.id(), initiativeId, required(form.painPointId()));
            return "The pain point is linked.";
        });
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/links/pain-points/{painPointId}/remove")
    String unlinkPainPoint(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long painPointId,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        links.removePainPoint(slug, me.id(), initiativeId, painPointId);
        return afterChange(me, slug, initiativeId, htmx, model, redirect, "The pain point is unlinked.");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /**
     * Saves through {@code save} (which answers the sentence to show) unless the form has errors;
     * a refusal goes beside its field. Then the panel again, or back to the initiative's page.
     */
    private String submit(
            TandemPrincipal me,
            String slug,
            long initiativeId,
            BindingResult result,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect,
            Supplier<String> save) {
        String[] message = new String[1];
        return Forms.submit(
                result,
                () -> {
                    message[0] = save.get();
                    return afterChange(me, slug, initiativeId, htmx, model, redirect, message[0]);
                },
                () -> {
                    panelModel(me, slug, initiativeId, null, model);
                    return htmx.isHtmxRequest() ? "initiative/links :: panel" : "initiative/links";
                });
    }

    private String afterChange(
            TandemPrincipal me,
            String slug,
            long initiativeId,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect,
            String message) {
        if (htmx.isHtmxRequest()) {
            // a fresh panel: the forms start empty again
            model.asMap()
                    .keySet()
                    .removeIf(k -> k.endsWith("LinkForm") || k.startsWith(BindingResult.MODEL_KEY_PREFIX));
            panelModel(me, slug, initiativeId, null, model);
            model.addAttribute("linksMessage", message);
            return "initiative/links :: panel";
        }
        redirect.addFlashAttribute("flash", message);
        return Forms.redirect(slug, "initiatives", initiativeId);
    }

    private void panelModel(TandemPrincipal me, String slug, long initiativeId, @Nullable String q, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        InitiativeView initiative = initiatives.get(slug, me.id(), initiativeId);
        LinksView linked = links.of(slug, me.id(), initiativeId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("initiative", initiative);
        model.addAttribute("links", linked);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("candidates", List.of());
        model.addAttribute("effects", UserGoalEffect.values());
        if (!workspace.canChange()) {
            return;
        }
        addForm(model, "goalLinkForm", () -> new GoalLinkForm(null, null, null, null));
        addForm(model, "userGoalLinkForm", () -> new UserGoalLinkForm(null, UserGoalEffect.HELPS, 2));
        addForm(model, "insightLinkForm", () -> new InsightLinkForm(null));
        addForm(model, "stageLinkForm", () -> new StageLinkForm(null));
        addForm(model, "painPointLinkForm", () -> new PainPointLinkForm(null));
        List<KpiView> allKpis = kpis.all(workspace);
        model.addAttribute(
                "goalOptions",
                goals.all(workspace).stream()
                        .map((GoalView g) -> new GoalOption(
                                g.id(),
                                g.title(),
                                allKpis.stream()
                                        .filter(k -> k.goalIds().contains(g.id()))
                                        .map(k -> new KpiOption(k.id(), k.name()))
                                        .toList()))
                        .toList());
        model.addAttribute("userGoalOptions", personas.allUserGoals(workspace));
        model.addAttribute("stageOptions", journeys.findStages(workspace, "", OPTIONS));
        model.addAttribute("painPointOptions", journeys.findPainPoints(workspace, "", OPTIONS));
        if (q != null && !q.isBlank()) {
            if (q.length() > 500) {
                throw new InvalidInput("q", "Search with at most 500 characters.");
            }
            Set<Long> already = linked.insights().stream()
                    .map(LinksView.InsightLink::insightId)
                    .collect(Collectors.toSet());
            List<InsightView> found = insights
                    .search(
                            slug,
                            me.id(),
                            new InsightSearch(q, null, null, null, null, null, null, null, null, null, null),
                            0,
                            FOUND)
                    .hits()
                    .stream()
                    .map(InsightSearch.Hit::insight)
                    .toList();
            model.addAttribute("candidates", found);
            model.addAttribute("alreadyLinked", already);
        }
    }

    private static void addForm(Model model, String name, Supplier<Object> empty) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, empty.get());
        }
    }

    private static long required(@Nullable Long id) {
        if (id == null) {
            throw new IllegalStateException("checked above");
        }
        return id;
    }
}

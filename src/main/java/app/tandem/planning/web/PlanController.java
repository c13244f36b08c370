package app.tandem.planning.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.planning.PlanSettingsView;
import app.tandem.planning.PlanView;
import app.tandem.planning.Plans;
import app.tandem.support.InvalidInput;
import app.tandem.support.Paging;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The plan page: the ranked initiatives with their explanations and planned dates, the conflicts
 * with where each is fixed, the critical path and the value picture, under the model chosen in the
 * page (the workspace's by default).
 */
@Controller
class PlanController {

    /** Ranked initiatives per page. */
    static final int PAGE_SIZE = 50;

    private final Workspaces workspaces;
    private final Plans plans;
    private final Paging paging;

    PlanController(Workspaces workspaces, Plans plans, Paging paging) {
        this.workspaces = workspaces;
        this.plans = plans;
        this.paging = paging;
    }

    @GetMapping("/w/{slug}/plan")
    String plan(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String model,
            @RequestParam(required = false) @Nullable Integer page,
            Model view) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        Pageable pageable = paging.of(page, PAGE_SIZE, Sort.unsorted());
        PlanView plan;
        try {
            plan = plans.plan(slug, me.id(), model, pageable);
        } catch (InvalidInput refused) {
            // a model the workspace cannot rank by (the custom one without a formula, a name that is none):
            // said beside the choice, over the plan under the workspace's model, not on an error page
            view.addAttribute("modelError", refused.getMessage());
            view.addAttribute("modelChosen", model);
            plan = plans.plan(slug, me.id(), null, pageable);
        }
        view.addAttribute("workspace", workspace);
        view.addAttribute("plan", plan);
        PlanSettingsView settings = plans.settings(slug, me.id());
        view.addAttribute("models", settings.models());
        view.addAttribute("formula", settings.formulaOf(plan.model()));
        view.addAttribute("entries", new PageImpl<>(plan.entries(), pageable, plan.totalItems()));
        view.addAttribute(
                "pageUrl",
                UriComponentsBuilder.fromPath("/w/{slug}/plan")
                        .queryParam("model", plan.model())
                        .buildAndExpand(slug)
                        .toUriString());
        view.addAttribute("picture", ValuePicture.of(plan.values()));
        view.addAttribute("schedule", SchedulePicture.of(plan.entries(), plan.today()));
        return "plan/plan";
    }

    @GetMapping("/w/{slug}/plan/models")
    String models(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model view) {
        view.addAttribute("workspace", workspaces.access(slug, me.id()));
        view.addAttribute("comparison", plans.compareModels(slug, me.id()));
        return "plan/models";
    }
}

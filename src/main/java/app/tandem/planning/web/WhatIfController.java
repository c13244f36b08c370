package app.tandem.planning.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.planning.PlanSettingsInput;
import app.tandem.planning.PlanView;
import app.tandem.planning.Plans;
import app.tandem.planning.WhatIfInput;
import app.tandem.planning.WhatIfView;
import app.tandem.support.Forms;
import app.tandem.workspace.ViewerMay;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The what-if page: change a goal's weight, a team's capacity, an initiative's effort for a team or
 * its dates, and see what would move in the plan. Nothing is saved; anyone who may see the plan may
 * try one.
 */
@Controller
class WhatIfController {

    /** The open initiatives the page offers, best-ranked first. */
    static final int CHOICES = 500;

    private static final Map<String, String> FIELDS = Map.of(
            "goalWeights[0].goalId", "goalId",
            "goalWeights[0].weight", "weight",
            "capacities[0].teamId", "teamId",
            "capacities[0].personWeeksPerWeek", "capacity",
            "efforts[0].initiativeId", "effortInitiativeId",
            "efforts[0].teamId", "effortTeamId",
            "efforts[0].personWeeks", "personWeeks",
            "dates[0].initiativeId", "dateInitiativeId",
            "dates[0].start", "start",
            "dates[0].due", "due");

    private final Workspaces workspaces;
    private final Plans plans;

    WhatIfController(Workspaces workspaces, Plans plans) {
        this.workspaces = workspaces;
        this.plans = plans;
    }

    /** One change of each kind, each optional. */
    record WhatIfForm(
            @Nullable String model,
            @Nullable Long goalId,
            @Nullable Integer weight,
            @Nullable Long teamId,
            @Nullable Double capacity,
            @Nullable Long effortInitiativeId,
            @Nullable Long effortTeamId,
            @Nullable Double personWeeks,
            @Nullable Long dateInitiativeId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate start,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate due) {

        static final WhatIfForm EMPTY =
                new WhatIfForm(null, null, null, null, null, null, null, null, null, null, null);

        WhatIfForm withModel(@Nullable String chosen) {
            return new WhatIfForm(
                    chosen,
                    goalId,
                    weight,
                    teamId,
                    capacity,
                    effortInitiativeId,
                    effortTeamId,
                    personWeeks,
                    dateInitiativeId,
                    start,
                    due);
        }

        WhatIfInput input() {
            return new WhatIfInput(
                    model,
                    goalId == null && weight == null
                            ? List.of()
                            : List.of(new PlanSettingsInput.GoalWeight(goalId, weight)),
                    teamId == null && capacity == null
                            ? List.of()
                            : List.of(new PlanSettingsInput.TeamCapacity(teamId, capacity)),
                    effortInitiativeId == null && effortTeamId == null && personWeeks == null
                            ? List.of()
                            : List.of(new WhatIfInput.EffortChange(effortInitiativeId, effortTeamId, personWeeks)),
                    dateInitiativeId == null && start == null && due == null
                            ? List.of()
                            : List.of(new WhatIfInput.DateChange(dateInitiativeId, start, due)));
        }
    }

    @GetMapping("/w/{slug}/plan/what-if")
    String form(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("whatIfForm", WhatIfForm.EMPTY);
        return page(me, slug, model);
    }

    @ViewerMay
    @PostMapping("/w/{slug}/plan/what-if")
    String tryIt(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("whatIfForm") WhatIfForm form,
            BindingResult result,
            Model model) {
        UnaryOperator<String> formField = field -> FIELDS.getOrDefault(field, field);
        if (!result.hasErrors()
                && form.equals(WhatIfForm.EMPTY.withModel(form.model()))
                && (form.model() == null || form.model().isBlank())) {
            result.reject(
                    "nothing",
                    "Fill in a change to try: a scoring model, a goal's weight, a team's capacity, an initiative's"
                            + " effort or its dates.");
        }
        if (result.hasErrors()) {
            // nothing is saved: the other values are checked too, so every wrong field shows at once
            Forms.check(result, () -> plans.whatIf(slug, me.id(), form.input()), formField);
        }
        return Forms.submit(
                result,
                () -> {
                    WhatIfView outcome = plans.whatIf(slug, me.id(), form.input());
                    model.addAttribute("outcome", outcome);
                    return page(me, slug, model);
                },
                () -> page(me, slug, model),
                formField);
    }

    private String page(TandemPrincipal me, String slug, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        PlanView plan = plans.plan(slug, me.id(), null, PageRequest.of(0, CHOICES));
        model.addAttribute("workspace", workspace);
        model.addAttribute("settings", plans.settings(slug, me.id()));
        model.addAttribute("initiatives", plan.entries());
        model.addAttribute("more", plan.totalItems() - plan.entries().size());
        return "plan/what-if";
    }
}

package app.tandem.planning.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.planning.PlanSettingsInput;
import app.tandem.planning.PlanSettingsView;
import app.tandem.planning.Plans;
import app.tandem.support.Forms;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's settings page: the scoring model, the ICE mode, the custom formula (with the fields it
 * may name), a weight for each business goal, a weekly capacity for each team and the periods in
 * which a team's capacity differs (a row left empty is none; emptying a row removes it). Everyone may read
 * it; admins save it, sending back the version they started from.
 */
@Controller
class PlanSettingsController {

    private final Workspaces workspaces;
    private final Plans plans;

    PlanSettingsController(Workspaces workspaces, Plans plans) {
        this.workspaces = workspaces;
        this.plans = plans;
    }

    /** The form, named as the service names its fields, so each refusal lands beside its field. */
    record SettingsForm(
            @Nullable String model,
            @Nullable String iceMode,
            @Nullable String formula,
            @Nullable List<PlanSettingsInput.GoalWeight> goalWeights,
            @Nullable List<PlanSettingsInput.TeamCapacity> capacities,
            @Nullable List<PeriodRow> capacityPeriods,
            @Nullable Long version) {

        /** Blank period rows the page offers for adding periods. */
        static final int BLANK_PERIODS = 2;

        static SettingsForm of(PlanSettingsView settings) {
            List<PeriodRow> periods = new ArrayList<>();
            settings.capacityPeriods()
                    .forEach(p -> periods.add(new PeriodRow(p.teamId(), p.from(), p.to(), p.personWeeksPerWeek())));
            for (int k = 0; k < BLANK_PERIODS; k++) {
                periods.add(new PeriodRow(null, null, null, null));
            }
            return new SettingsForm(
                    settings.model(),
                    settings.iceMode(),
                    settings.formula(),
                    settings.goalWeights().stream()
                            .map(w -> new PlanSettingsInput.GoalWeight(w.goalId(), w.weight()))
                            .toList(),
                    settings.capacities().stream()
                            .map(c -> new PlanSettingsInput.TeamCapacity(c.teamId(), c.personWeeksPerWeek()))
                            .toList(),
                    periods,
                    settings.version());
        }

        PlanSettingsInput input() {
            List<PlanSettingsInput.CapacityPeriod> periods = capacityPeriods == null
                    ? List.of()
                    : capacityPeriods.stream()
                            // a row left empty is no period (null: the service passes over it)
                            .map(p -> p == null || p.blank()
                                    ? null
                                    : new PlanSettingsInput.CapacityPeriod(
                                            p.teamId(), p.from(), p.to(), p.personWeeksPerWeek()))
                            .toList();
            return new PlanSettingsInput(model, iceMode, formula, goalWeights, capacities, periods, version);
        }
    }

    /** One row of the capacity periods; a row left empty is no period (the page offers blank rows to add). */
    record PeriodRow(
            @Nullable Long teamId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,

            @Nullable Double personWeeksPerWeek) {

        boolean blank() {
            return teamId == null && from == null && to == null && personWeeksPerWeek == null;
        }
    }

    @GetMapping("/w/{slug}/plan/settings")
    String settings(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        PlanSettingsView settings = plans.settings(slug, me.id());
        model.addAttribute("settingsForm", SettingsForm.of(settings));
        return page(workspaces.access(slug, me.id()), settings, model);
    }

    @AdminOnly
    @PostMapping("/w/{slug}/plan/settings")
    String save(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToAdminister(slug, me.id());
        if (result.hasErrors()) {
            // a value that is not a number: the rest is checked too, so every wrong field shows at once
            Forms.check(result, () -> plans.checkSettings(slug, me.id(), form.input()));
        }
        return Forms.submit(
                result,
                () -> {
                    plans.updateSettings(slug, me.id(), form.input());
                    redirect.addFlashAttribute("flash", "Plan settings saved. The plan below uses them.");
                    return Forms.redirect(slug, "plan");
                },
                () -> page(workspace, plans.settings(slug, me.id()), model));
    }

    private static String page(WorkspaceContext workspace, PlanSettingsView settings, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("settings", settings);
        return "plan/settings";
    }
}

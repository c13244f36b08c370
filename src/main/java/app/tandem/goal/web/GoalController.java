package app.tandem.goal.web;

import app.tandem.goal.GoalInput;
import app.tandem.goal.GoalStatus;
import app.tandem.goal.GoalView;
import app.tandem.goal.GoalWork;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiChart;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementView;
import app.tandem.goal.Ref;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
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
import tools.jackson.databind.json.JsonMapper;

/** Goals in the browser: the goal tree with every KPI's health, a goal's page with its KPIs' charts, the goal form. */
@Controller
class GoalController {

    private final Workspaces workspaces;
    private final Goals goals;
    private final Kpis kpis;
    private final JsonMapper json;
    private final ObjectProvider<GoalWork> work;

    GoalController(Workspaces workspaces, Goals goals, Kpis kpis, JsonMapper json, ObjectProvider<GoalWork> work) {
        this.work = work;
        this.workspaces = workspaces;
        this.goals = goals;
        this.kpis = kpis;
        this.json = json;
    }

    record GoalForm(
            @NotBlank(message = "Give the goal a title, such as Grow trial-to-paid conversions.") @Size(max = GoalInput.TITLE_MAX, message = "At most 200 characters.") String title,

            @Size(max = GoalInput.DESCRIPTION_MAX, message = "At most 4000 characters.") @Nullable String description,

            @NotNull(message = "Give the day the period starts.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate periodStart,

            @NotNull(message = "Give the day the period ends.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodEnd,

            @Nullable GoalStatus status,
            @Nullable Long parentId,
            @Nullable Long ownerId,
            @Nullable List<Long> teamIds,
            @Nullable Long version) {

        static GoalForm empty(@Nullable Long parentId) {
            LocalDate start = LocalDate.now().withDayOfMonth(1);
            return new GoalForm(
                    "", "", start, start.plusYears(1).minusDays(1), GoalStatus.ACTIVE, parentId, null, List.of(), null);
        }

        static GoalForm of(GoalView goal) {
            return new GoalForm(
                    goal.title(),
                    goal.description(),
                    goal.periodStart(),
                    goal.periodEnd(),
                    goal.status(),
                    goal.parent() == null ? null : goal.parent().id(),
                    goal.owner() == null ? null : goal.owner().id(),
                    goal.teamIds(),
                    goal.version());
        }

        GoalInput input() {
            return new GoalInput(
                    title,
                    description,
                    periodStart,
                    periodEnd,
                    status,
                    parentId,
                    ownerId,
                    teamIds == null ? null : new HashSet<>(teamIds));
        }
    }

    /** A goal of the tree, with its depth (0 for a top-level goal). */
    record TreeEntry(GoalView goal, int depth) {}

    @GetMapping("/w/{slug}/goals")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String team,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        model.addAttribute("workspace", workspace);
        List<GoalView> all = goals.all(workspace);
        List<TeamView> teams = workspaces.allTeams(workspace);
        Long teamId = null;
        if (team != null && !team.isBlank()) {
            teamId = teams.stream()
                    .filter(t -> String.valueOf(t.id()).equals(team.strip())
                            || t.name().equalsIgnoreCase(team.strip()))
                    .map(t -> t.id())
                    .findFirst()
                    .orElse(-1L);
        }
        model.addAttribute("tree", tree(all, teamId));
        List<KpiView> allKpis = kpis.all(workspace);
        Long kpiTeam = teamId;
        model.addAttribute(
                "kpis",
                allKpis.stream()
                        .filter(k -> kpiTeam == null || k.teamIds().contains(kpiTeam))
                        .toList());
        model.addAttribute("teams", teams);
        model.addAttribute("team", teamId);
        model.addAttribute("goalCount", all.size());
        return "goal/goals";
    }

    @GetMapping("/w/{slug}/goals/new")
    String newGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long parent,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("goalForm", GoalForm.empty(parent));
        return formPage(workspace, null, model);
    }

    @PostMapping("/w/{slug}/goals")
    String create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        if (!result.hasErrors()) {
            try {
                GoalView goal = goals.create(slug, me.id(), form.input());
                redirect.addFlashAttribute("flash", "Goal " + goal.title() + " created. Add the KPIs that measure it.");
                return "redirect:/w/" + slug + "/goals/" + goal.id();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return formPage(workspace, null, model);
    }

    @GetMapping("/w/{slug}/goals/{goalId}")
    String goal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long goalId,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        GoalView goal = goals.get(slug, me.id(), goalId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("goal", goal);
        List<KpiCard> cards = new ArrayList<>();
        List<KpiView> measuring = kpis.measuring(workspace, goalId);
        Map<Long, List<MeasurementView>> charts =
                kpis.charts(workspace, measuring.stream().map(KpiView::id).toList());
        // once: each call of the service opens a transaction of its own
        int chartPoints = kpis.chartPoints();
        for (KpiView kpi : measuring) {
            List<MeasurementView> history = charts.getOrDefault(kpi.id(), List.of());
            cards.add(new KpiCard(
                    kpi, KpiChart.of(kpi, history).json(json), KpiChart.describe(kpi, history, chartPoints)));
        }
        model.addAttribute("cards", cards);
        // the initiatives that serve it, when the module that keeps them is there
        GoalWork initiatives = work.getIfUnique();
        model.addAttribute("workKnown", initiatives != null);
        model.addAttribute("work", initiatives == null ? List.of() : initiatives.servingGoal(workspace.id(), goalId));
        return "goal/goal";
    }

    /** A KPI on a goal's page: its small chart's data and the chart in words. */
    record KpiCard(KpiView kpi, String chart, String chartDescription) {}

    @GetMapping("/w/{slug}/goals/{goalId}/edit")
    String edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long goalId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        GoalView goal = goals.get(slug, me.id(), goalId);
        model.addAttribute("goalForm", GoalForm.of(goal));
        return formPage(workspace, goal, model);
    }

    @PostMapping("/w/{slug}/goals/{goalId}")
    String update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long goalId,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        GoalView goal = goals.get(slug, me.id(), goalId);
        if (!result.hasErrors()) {
            try {
                GoalView saved = goals.update(slug, me.id(), goalId, form.input(), Forms.version(form.version()));
                redirect.addFlashAttribute("flash", "Goal " + saved.title() + " saved.");
                return "redirect:/w/" + slug + "/goals/" + goalId;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return formPage(workspace, goal, model);
    }

    @GetMapping("/w/{slug}/goals/{goalId}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long goalId,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("goal", goals.get(slug, me.id(), goalId));
        return "goal/goal-delete";
    }

    @PostMapping("/w/{slug}/goals/{goalId}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long goalId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        GoalView goal = goals.get(slug, me.id(), goalId);
        try {
            goals.delete(slug, me.id(), goalId, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "goals", goalId, "delete");
        }
        redirect.addFlashAttribute("flash", "Goal " + goal.title() + " is deleted.");
        return "redirect:/w/" + slug + "/goals";
    }

    private String formPage(WorkspaceContext workspace, @Nullable GoalView goal, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("goal", goal);
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute(
                "members",
                workspaces
                        .members(workspace.slug(), workspace.userId(), Pageable.unpaged())
                        .getContent());
        model.addAttribute("statuses", GoalStatus.values());
        List<GoalView> all = goals.all(workspace);
        List<GoalView> parents = all.stream()
                .filter(g -> goal == null || !descendsFrom(g, goal.id(), all))
                .toList();
        model.addAttribute("parents", parents);
        return "goal/goal-form";
    }

    /** True when {@code candidate} is {@code goalId} or one of its sub-goals (it cannot become its parent). */
    private static boolean descendsFrom(GoalView candidate, long goalId, List<GoalView> all) {
        Map<Long, GoalView> byId = new LinkedHashMap<>();
        all.forEach(g -> byId.put(g.id(), g));
        GoalView current = candidate;
        for (int depth = 0; current != null && depth <= all.size(); depth++) {
            if (current.id() == goalId) {
                return true;
            }
            current =
                    current.parent() == null ? null : byId.get(current.parent().id());
        }
        return false;
    }

    /** Goals in tree order: each top-level goal followed by its sub-goals, indented; filtered to one team's goals. */
    static List<TreeEntry> tree(List<GoalView> all, @Nullable Long teamId) {
        Map<Long, GoalView> byId = new LinkedHashMap<>();
        all.forEach(g -> byId.put(g.id(), g));
        List<TreeEntry> entries = new ArrayList<>();
        for (GoalView goal : all) {
            if (goal.parent() == null || !byId.containsKey(goal.parent().id())) {
                add(goal, 0, byId, entries, new HashSet<>());
            }
        }
        if (teamId == null) {
            return entries;
        }
        return entries.stream().filter(e -> e.goal().teamIds().contains(teamId)).toList();
    }

    private static void add(
            GoalView goal, int depth, Map<Long, GoalView> byId, List<TreeEntry> entries, Set<Long> seen) {
        if (!seen.add(goal.id())) {
            return;
        }
        entries.add(new TreeEntry(goal, depth));
        for (Ref sub : goal.subGoals()) {
            GoalView child = byId.get(sub.id());
            if (child != null) {
                add(child, depth + 1, byId, entries, seen);
            }
        }
    }
}

package app.tandem.persona;

import static app.tandem.persona.PersonaController.AT_MOST;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
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

/** User goals on their own page: filter by persona and importance, add, edit, delete. */
@Controller
class UserGoalController {

    private final Personas personas;
    private final Workspaces workspaces;
    private final Paging paging;

    private final ObjectProvider<UserGoalWork> work;

    UserGoalController(Personas personas, Workspaces workspaces, Paging paging, ObjectProvider<UserGoalWork> work) {
        this.work = work;
        this.personas = personas;
        this.workspaces = workspaces;
        this.paging = paging;
    }

    /**
     * A user goal as the new-goal and edit forms have it. {@code version} is the version the edit
     * form was opened on (none for a new goal): a goal changed since is not overwritten.
     */
    record GoalForm(
            @NotNull(message = "Choose the persona whose goal this is.") Long personaId,

            @NotBlank(message = "Write the goal as the user would say it: \"Help me ...\"") @Size(max = UserGoal.MAX_SENTENCE, message = AT_MOST) String sentence,

            @NotNull(message = "Choose an importance.") @Min(value = 1, message = PersonaController.IMPORTANCE) @Max(value = 5, message = PersonaController.IMPORTANCE) Integer importance,

            @Size(max = UserGoal.MAX_HOW_WE_KNOW, message = AT_MOST) @Nullable String howWeKnow,

            @Nullable Long version) {

        static GoalForm of(UserGoalView goal) {
            return new GoalForm(
                    goal.personaId(),
                    goal.sentence(),
                    goal.importance(),
                    goal.howWeKnow() == null ? "" : goal.howWeKnow(),
                    goal.version());
        }
    }

    @GetMapping("/w/{slug}/user-goals")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long persona,
            @RequestParam(required = false) @Nullable Integer importance,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("goalForm", new GoalForm(persona, "", 3, "", null));
        return listPage(me, slug, persona, importance, page, model);
    }

    @PostMapping("/w/{slug}/user-goals")
    String add(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checkPersona(result, slug, me, form);
        return Forms.submit(
                result,
                () -> {
                    UserGoalView goal = personas.addUserGoal(
                            slug, me.id(), form.personaId(), form.sentence(), form.importance(), form.howWeKnow());
                    redirect.addFlashAttribute("flash", "User goal added to " + goal.personaName() + ".");
                    return Forms.redirect(slug, "user-goals");
                },
                () -> listPage(me, slug, null, null, null, model));
    }

    @GetMapping("/w/{slug}/user-goals/{id}/edit")
    String edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("goalForm", GoalForm.of(personas.userGoal(slug, me.id(), id)));
        return editPage(me, slug, id, model);
    }

    @PostMapping("/w/{slug}/user-goals/{id}/edit")
    String update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checkPersona(result, slug, me, form);
        return Forms.submit(
                result,
                () -> {
                    UserGoalView goal = personas.updateUserGoal(
                            slug,
                            me.id(),
                            id,
                            form.personaId(),
                            form.sentence(),
                            form.importance(),
                            form.howWeKnow() == null ? "" : form.howWeKnow(),
                            Forms.version(form.version()));
                    redirect.addFlashAttribute("flash", "User goal \"" + goal.sentence() + "\" saved.");
                    return Forms.redirect(slug, "user-goals");
                },
                () -> {
                    if (PersonaChanges.refusedAsStale(result)) {
                        model.addAttribute(
                                "theirChanges", PersonaChanges.between(form, personas.userGoal(slug, me.id(), id)));
                    }
                    return editPage(me, slug, id, model);
                });
    }

    /**
     * When the form has errors already, a persona that is not the workspace's is said beside its
     * field with them (the service would say it only on the next submit, once the rest is right).
     */
    private void checkPersona(BindingResult result, String slug, TandemPrincipal me, GoalForm form) {
        Long personaId = form.personaId();
        if (result.hasErrors() && personaId != null && !result.hasFieldErrors("personaId")) {
            Forms.check(result, () -> personas.ref(workspaces.accessToChange(slug, me.id()), personaId, "personaId"));
        }
    }

    private String editPage(TandemPrincipal me, String slug, long id, Model model) {
        WorkspaceContext context = workspaces.accessToChange(slug, me.id());
        model.addAttribute("workspace", context);
        model.addAttribute("goal", personas.userGoal(slug, me.id(), id));
        model.addAttribute("personas", personas.refs(context));
        return "persona/goal-edit";
    }

    /** A user goal's page: the goal, its note, and the insights that prove it (loaded from the insight module). */
    @GetMapping("/w/{slug}/user-goals/{id}")
    String show(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute("goal", personas.userGoal(slug, me.id(), id));
        // the initiatives that help or hurt it, when the module that keeps them is there
        UserGoalWork initiatives = work.getIfUnique();
        List<UserGoalWork.Work> all = initiatives == null ? List.of() : initiatives.forUserGoal(workspace.id(), id);
        model.addAttribute("workKnown", initiatives != null);
        model.addAttribute("helping", all.stream().filter(w -> !w.hurts()).toList());
        model.addAttribute(
                "hurting", all.stream().filter(UserGoalWork.Work::hurts).toList());
        return "persona/goal";
    }

    @GetMapping("/w/{slug}/user-goals/{id}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("goal", personas.userGoal(slug, me.id(), id));
        return "persona/goal-delete";
    }

    @PostMapping("/w/{slug}/user-goals/{id}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        UserGoalView goal;
        try {
            goal = personas.deleteUserGoal(slug, me.id(), id, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "user-goals", id, "delete");
        }
        redirect.addFlashAttribute("flash", "User goal \"" + goal.sentence() + "\" is deleted.");
        return Forms.redirect(slug, "user-goals");
    }

    private String listPage(
            TandemPrincipal me,
            String slug,
            @Nullable Long persona,
            @Nullable Integer importance,
            @Nullable Integer page,
            Model model) {
        WorkspaceContext context = workspaces.access(slug, me.id());
        model.addAttribute("workspace", context);
        model.addAttribute("personas", personas.refs(context));
        model.addAttribute("persona", persona);
        model.addAttribute("importance", importance);
        Page<UserGoalView> goals =
                personas.userGoals(slug, me.id(), persona, importance, paging.of(page, null, Sort.unsorted()));
        model.addAttribute("goals", goals);
        model.addAttribute(
                "goalEvidence",
                personas.insightCounts(
                        slug,
                        me.id(),
                        goals.getContent().stream().map(UserGoalView::id).toList()));
        return "persona/goals";
    }
}

package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.WorkspaceAdministration;
import app.tandem.workspace.internal.WorkspaceSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workspace list, creation and settings in the browser (its home page is the dashboard module's). */
@Controller
class WorkspaceController {

    private final Workspaces workspaces;
    private final WorkspaceAdministration administration;

    WorkspaceController(Workspaces workspaces, WorkspaceAdministration administration) {
        this.workspaces = workspaces;
        this.administration = administration;
    }

    record WorkspaceForm(
            @NotBlank(message = "Give the workspace a name, usually your company's.") @Size(max = 100) String name,

            @Size(max = 40) String slug,

            @Nullable Long version) {}

    record DeleteForm(String confirmName) {}

    @GetMapping("/")
    String home(@AuthenticationPrincipal TandemPrincipal me) {
        List<WorkspaceSummary> mine = administration.allMine(me.id());
        return mine.isEmpty()
                ? "redirect:/workspaces"
                : "redirect:/w/" + mine.getFirst().slug();
    }

    @GetMapping("/workspaces")
    String list(Model model) {
        model.addAttribute("workspaceForm", new WorkspaceForm("", "", null));
        return "workspace/list";
    }

    @PostMapping("/workspaces")
    String create(
            @AuthenticationPrincipal TandemPrincipal me,
            @Valid @ModelAttribute("workspaceForm") WorkspaceForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // the slug's own checks too, so every wrong field shows at once
            Forms.check(result, () -> administration.checkSlug(form.slug(), null));
        } else {
            try {
                WorkspaceSummary created = administration.create(me.id(), form.name(), form.slug());
                redirect.addFlashAttribute("flash", "Workspace " + created.name() + " is ready. Add its teams next.");
                return "redirect:/w/" + created.slug();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return "workspace/list";
    }

    @GetMapping("/w/{slug}/settings")
    String settings(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        WorkspaceContext workspace = workspaces.accessToAdminister(slug, me.id());
        model.addAttribute("workspace", workspace);
        WorkspaceSummary summary = administration.get(slug, me.id());
        model.addAttribute("workspaceForm", new WorkspaceForm(summary.name(), summary.slug(), summary.version()));
        return "workspace/settings";
    }

    @AdminOnly
    @PostMapping("/w/{slug}/settings")
    String saveSettings(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("workspaceForm") WorkspaceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToAdminister(slug, me.id());
        if (result.hasErrors()) {
            Forms.check(result, () -> administration.checkSlug(form.slug(), slug));
        } else {
            try {
                WorkspaceSummary saved = administration.update(
                        slug,
                        me.id(),
                        form.name(),
                        form.slug().isBlank() ? null : form.slug(),
                        Forms.version(form.version()));
                redirect.addFlashAttribute("flash", "Settings saved.");
                return "redirect:/w/" + saved.slug() + "/settings";
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("workspace", workspace);
        return "workspace/settings";
    }

    @GetMapping("/w/{slug}/delete")
    String confirmDelete(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("workspace", workspaces.accessToAdminister(slug, me.id()));
        model.addAttribute("deleteForm", new DeleteForm(""));
        return "workspace/delete";
    }

    @AdminOnly
    @PostMapping("/w/{slug}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("deleteForm") DeleteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToAdminister(slug, me.id());
        if (form.confirmName() == null || !form.confirmName().strip().equals(workspace.name())) {
            result.rejectValue("confirmName", "mismatch", "Type the workspace's name exactly to confirm.");
            model.addAttribute("workspace", workspace);
            return "workspace/delete";
        }
        administration.delete(slug, me.id());
        redirect.addFlashAttribute("flash", "Workspace " + workspace.name() + " is deleted.");
        return "redirect:/workspaces";
    }
}

package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.theme.Theme;
import app.tandem.insight.theme.ThemeNotFound;
import app.tandem.insight.theme.ThemeView;
import app.tandem.insight.theme.Themes;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** Themes in the browser: the list with "Group similar insights", a theme's page (rename, split, merge, remove), delete. */
@Controller
class ThemeController {

    private final Themes themes;
    private final Workspaces workspaces;
    private final Paging paging;

    ThemeController(Themes themes, Workspaces workspaces, Paging paging) {
        this.themes = themes;
        this.workspaces = workspaces;
        this.paging = paging;
    }

    record RenameForm(
            @NotBlank(message = "Give the theme a name.") @Size(max = Theme.MAX_NAME, message = "At most 120 characters.") String name) {}

    record SplitForm(
            @NotBlank(message = "Name the new theme.") @Size(max = Theme.MAX_NAME, message = "At most 120 characters.") String name,

            @NotEmpty(message = "Tick the insights that move to the new theme.") @Nullable List<Long> insightIds) {

        public boolean picked(long insightId) {
            return insightIds != null && insightIds.contains(insightId);
        }
    }

    record MergeForm(
            @NotNull(message = "Choose the theme whose insights move here.") @Nullable Long themeId) {}

    @GetMapping("/w/{slug}/themes")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute("themes", themes.list(slug, me.id(), paging.of(page, null, Sort.unsorted())));
        model.addAttribute("unthemed", themes.unthemed(slug, me.id()));
        return "insight/themes";
    }

    @PostMapping("/w/{slug}/themes/discover")
    String discover(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, RedirectAttributes redirect) {
        try {
            Themes.Discovery run = themes.discover(slug, me.id());
            redirect.addFlashAttribute("flash", describe(run));
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", new Themes.GroupingCollided().getMessage());
        }
        return "redirect:/w/" + slug + "/themes";
    }

    private static String describe(Themes.Discovery run) {
        if (run.examined() == 0) {
            return "No new insights to group: every insight was looked at before.";
        }
        String grouped = run.grouped() == 0
                ? "Looked at " + run.examined() + " insight" + (run.examined() == 1 ? "" : "s")
                        + "; none is like another enough for a theme."
                : "Grouped " + run.grouped() + " of " + run.examined() + " insights: " + run.themesCreated()
                        + " new theme"
                        + (run.themesCreated() == 1 ? "" : "s") + ", " + run.themesJoined() + " existing theme"
                        + (run.themesJoined() == 1 ? "" : "s") + " grew.";
        return grouped + (run.remaining() > 0 ? " " + run.remaining() + " insights wait for the next run." : "");
    }

    @GetMapping("/w/{slug}/themes/{id}")
    String show(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        return page(me, slug, id, page, model);
    }

    @PostMapping("/w/{slug}/themes/{id}/rename")
    String rename(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("renameForm") RenameForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ThemeView renamed = themes.rename(slug, me.id(), id, form.name());
                redirect.addFlashAttribute("flash", "Theme renamed to '" + renamed.name() + "'.");
                return "redirect:/w/" + slug + "/themes/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return page(me, slug, id, null, model);
    }

    @PostMapping("/w/{slug}/themes/{id}/split")
    String split(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("splitForm") SplitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && form.insightIds() != null) {
            try {
                ThemeView created = themes.split(slug, me.id(), id, form.name(), form.insightIds());
                redirect.addFlashAttribute(
                        "flash",
                        created.insightCount() + " insight" + (created.insightCount() == 1 ? "" : "s")
                                + " moved to the new theme '" + created.name() + "'.");
                return "redirect:/w/" + slug + "/themes/" + created.id();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return page(me, slug, id, null, model);
    }

    @PostMapping("/w/{slug}/themes/{id}/merge")
    String merge(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("mergeForm") MergeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String other = themes.get(slug, me.id(), Objects.requireNonNull(form.themeId()))
                        .name();
                ThemeView merged = themes.merge(slug, me.id(), id, form.themeId());
                redirect.addFlashAttribute(
                        "flash",
                        "'" + other + "' is merged into '" + merged.name() + "': it holds " + merged.insightCount()
                                + " insights now.");
                return "redirect:/w/" + slug + "/themes/" + id;
            } catch (ThemeNotFound e) {
                result.rejectValue("themeId", "theme-not-found", "That theme no longer exists.");
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return page(me, slug, id, null, model);
    }

    @PostMapping("/w/{slug}/themes/{id}/insights/{insightId}/remove")
    String remove(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long insightId,
            RedirectAttributes redirect) {
        themes.remove(slug, me.id(), id, insightId);
        redirect.addFlashAttribute("flash", "The insight is out of this theme; grouping will not put it back.");
        return "redirect:/w/" + slug + "/themes/" + id;
    }

    @PostMapping("/w/{slug}/insights/{insightId}/theme")
    String addToTheme(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long insightId,
            @RequestParam(required = false) @Nullable Long themeId,
            RedirectAttributes redirect) {
        if (themeId == null) {
            redirect.addFlashAttribute("flashError", "Choose the theme to add the insight to.");
        } else {
            ThemeView theme = themes.add(slug, me.id(), themeId, List.of(insightId));
            redirect.addFlashAttribute("flash", "Added to the theme '" + theme.name() + "'.");
        }
        return "redirect:/w/" + slug + "/insights/" + insightId;
    }

    @GetMapping("/w/{slug}/themes/{id}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("theme", themes.get(slug, me.id(), id));
        return "insight/theme-delete";
    }

    @PostMapping("/w/{slug}/themes/{id}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            RedirectAttributes redirect) {
        ThemeView theme = themes.get(slug, me.id(), id);
        themes.delete(slug, me.id(), id);
        redirect.addFlashAttribute("flash", "Theme '" + theme.name() + "' is deleted. Its insights stay, in no theme.");
        return "redirect:/w/" + slug + "/themes";
    }

    private String page(TandemPrincipal me, String slug, long id, @Nullable Integer page, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        ThemeView theme = themes.get(slug, me.id(), id);
        model.addAttribute("workspace", workspace);
        model.addAttribute("theme", theme);
        model.addAttribute("insights", themes.insightsOf(slug, me.id(), id, paging.of(page, null, Sort.unsorted())));
        model.addAttribute(
                "otherThemes",
                themes.refs(slug, me.id()).stream().filter(t -> t.id() != id).toList());
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", new RenameForm(theme.name()));
        }
        if (!model.containsAttribute("splitForm")) {
            model.addAttribute("splitForm", new SplitForm("", List.of()));
        }
        if (!model.containsAttribute("mergeForm")) {
            model.addAttribute("mergeForm", new MergeForm(null));
        }
        return "insight/theme";
    }
}

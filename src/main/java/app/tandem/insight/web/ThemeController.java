package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.theme.GroupingJobs;
import app.tandem.insight.theme.Theme;
import app.tandem.insight.theme.ThemeNotFound;
import app.tandem.insight.theme.ThemeView;
import app.tandem.insight.theme.Themes;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRefreshView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Themes in the browser: the list with "Group similar insights" (every waiting insight, with a progress bar), a theme's page (rename, split, merge, remove), delete. */
@Controller
class ThemeController {

    private final Themes themes;
    private final GroupingJobs grouping;
    private final Workspaces workspaces;
    private final Paging paging;

    ThemeController(Themes themes, GroupingJobs grouping, Workspaces workspaces, Paging paging) {
        this.themes = themes;
        this.grouping = grouping;
        this.workspaces = workspaces;
        this.paging = paging;
    }

    record RenameForm(
            @NotBlank(message = "Give the theme a name.") @Size(max = Theme.MAX_NAME, message = "At most 120 characters.") String name,

            @Nullable Long version) {}

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

    /**
     * Groups every insight not looked at yet, in the background (or joins the grouping running in
     * this workspace): the progress page follows it.
     */
    @PostMapping("/w/{slug}/themes/discover")
    String discover(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        grouping.start(slug, me.id());
        return "redirect:/w/" + slug + "/themes/grouping";
    }

    /** The grouping's progress bar while it runs; once done, the themes with what it did. */
    @GetMapping("/w/{slug}/themes/grouping")
    String groupingPage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        GroupingJobs.Status status = grouping.status(slug, me.id()).orElse(null);
        if (status == null || status.finished()) {
            if (status != null) {
                redirect.addFlashAttribute(status.error() == null ? "flash" : "flashError", status.describe());
            }
            return "redirect:/w/" + slug + "/themes";
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("job", status);
        return "insight/themes-grouping";
    }

    /** The progress bar alone, asked for every second (htmx); a finished grouping reloads the page. */
    @GetMapping("/w/{slug}/themes/grouping/progress")
    ModelAndView groupingProgress(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        GroupingJobs.Status status = grouping.status(slug, me.id()).orElse(null);
        if (status == null || status.finished()) {
            return new ModelAndView(new HtmxRefreshView());
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("job", status);
        return new ModelAndView("insight/themes-grouping :: bar");
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
                ThemeView renamed = themes.rename(slug, me.id(), id, form.name(), Forms.version(form.version()));
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
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        ThemeView theme = themes.get(slug, me.id(), id);
        try {
            themes.delete(slug, me.id(), id, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "themes", id, "delete");
        }
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
            model.addAttribute("renameForm", new RenameForm(theme.name(), theme.version()));
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

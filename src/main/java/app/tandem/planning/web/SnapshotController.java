package app.tandem.planning.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.planning.Plans;
import app.tandem.planning.SnapshotView;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import org.jspecify.annotations.Nullable;
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

/** Saved plans: the list, saving today's plan under a name, and comparing two saved plans. */
@Controller
class SnapshotController {

    static final int PAGE_SIZE = 20;

    private final Workspaces workspaces;
    private final Plans plans;
    private final Paging paging;

    SnapshotController(Workspaces workspaces, Plans plans, Paging paging) {
        this.workspaces = workspaces;
        this.plans = plans;
        this.paging = paging;
    }

    record SnapshotForm(@Nullable String name) {}

    @GetMapping("/w/{slug}/plan/snapshots")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("snapshotForm", new SnapshotForm(null));
        return page(me, slug, page, model);
    }

    @PostMapping("/w/{slug}/plan/snapshots")
    String save(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("snapshotForm") SnapshotForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    SnapshotView saved = plans.saveSnapshot(slug, me.id(), form.name());
                    redirect.addFlashAttribute("flash", "Plan saved as “" + saved.name() + "”.");
                    return Forms.redirect(slug, "plan", "snapshots");
                },
                () -> page(me, slug, null, model));
    }

    @GetMapping("/w/{slug}/plan/snapshots/compare")
    String compare(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam long from,
            @RequestParam long to,
            Model model) {
        model.addAttribute("workspace", workspaces.access(slug, me.id()));
        model.addAttribute("comparison", plans.compare(slug, me.id(), from, to));
        model.addAttribute("settings", plans.settings(slug, me.id()));
        return "plan/compare";
    }

    private String page(TandemPrincipal me, String slug, @Nullable Integer page, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        Page<SnapshotView> snapshots = plans.snapshots(slug, me.id(), paging.of(page, PAGE_SIZE, Sort.unsorted()));
        model.addAttribute("workspace", workspace);
        model.addAttribute("snapshots", snapshots);
        model.addAttribute("settings", plans.settings(slug, me.id()));
        model.addAttribute("pageUrl", "/w/" + slug + "/plan/snapshots");
        return "plan/snapshots";
    }
}

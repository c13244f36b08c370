package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.DesignChecklist;
import app.tandem.initiative.DesignStep;
import app.tandem.initiative.DesignStepInput;
import app.tandem.initiative.InitiativeReviews;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.InitiativeView;
import app.tandem.initiative.Initiatives;
import app.tandem.initiative.ItReviewInput;
import app.tandem.initiative.ItReviewState;
import app.tandem.initiative.ItReviewView;
import app.tandem.initiative.rules.ItReviewRules;
import app.tandem.initiative.web.InitiativeReviewSections.ItReviewForm;
import app.tandem.initiative.web.InitiativeReviewSections.StepForm;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An initiative's IT review and information-design checklist in the browser, and the question asked
 * before committing work that has no IT review. From htmx the sections are saved in place (the
 * section comes back, with its errors beside the fields); without it a save goes back to the
 * initiative's page, and a refused one shows the section alone with what was typed.
 */
@Controller
class InitiativeReviewController {

    private final Workspaces workspaces;
    private final Initiatives initiatives;
    private final InitiativeReviews reviews;
    private final InitiativeReviewSections sections;

    InitiativeReviewController(
            Workspaces workspaces,
            Initiatives initiatives,
            InitiativeReviews reviews,
            InitiativeReviewSections sections) {
        this.workspaces = workspaces;
        this.initiatives = initiatives;
        this.reviews = reviews;
        this.sections = sections;
    }

    // ---- committing without an IT review --------------------------------------------------------

    @GetMapping("/w/{slug}/initiatives/{initiativeId}/commit")
    String confirmCommit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        InitiativeView initiative = initiatives.get(slug, me.id(), initiativeId);
        boolean blocked = initiative.itReview() == ItReviewState.BLOCKED;
        if ((initiative.itReview() != ItReviewState.MISSING && !blocked)
                || !initiative.nextStatuses().contains(InitiativeStatus.COMMITTED)) {
            return Forms.redirect(slug, "initiatives", initiativeId);
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("initiative", initiative);
        model.addAttribute("blocked", blocked);
        model.addAttribute("question", ItReviewRules.question(initiative.kind(), blocked));
        return "initiative/commit";
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/commit")
    String commitWithoutItReview(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        try {
            InitiativeView committed = initiatives.changeStatus(
                    slug, me.id(), initiativeId, InitiativeStatus.COMMITTED, null, Forms.version(version), true);
            redirect.addFlashAttribute(
                    "flash",
                    switch (committed.itReview()) {
                        case SKIPPED ->
                            committed.title() + " is committed now, without an IT review: the plan will list it as"
                                    + " a conflict until one is recorded.";
                        case BLOCKED ->
                            committed.title() + " is committed now, though IT says it is blocked: the plan will list"
                                    + " it as a conflict until IT's review says otherwise.";
                        // the review was recorded meanwhile: nothing was skipped
                        default -> committed.title() + " is committed now.";
                    });
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return Forms.redirect(slug, "initiatives", initiativeId);
    }

    /**
     * The version the page's form was opened at: none when there was no review or answer yet, so one
     * recorded since by someone else is a concurrent change (409, as a stale version), not a missing
     * version as the API's is.
     */
    private static long openedAt(@Nullable Long version) {
        return version == null ? NONE_YET : version;
    }

    private static final long NONE_YET = -1;

    // ---- IT review --------------------------------------------------------------------------------

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/it-review")
    String recordItReview(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @ModelAttribute("itReviewForm") ItReviewForm form,
            BindingResult result,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    ItReviewView review = reviews.recordItReview(
                            slug,
                            me.id(),
                            initiativeId,
                            new ItReviewInput(
                                    form.technicalRequirements(),
                                    form.hostingNeeds(),
                                    form.readiness(),
                                    form.reviewerId(),
                                    form.reviewedOn(),
                                    form.note()),
                            openedAt(form.version()));
                    String saved = "IT review recorded (infrastructure: "
                            + review.readiness().words() + ").";
                    if (htmx.isHtmxRequest()) {
                        model.addAttribute("itReviewFlash", saved);
                        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "itReviewForm");
                        model.addAttribute("itReviewForm", ItReviewForm.of(review, me.id()));
                        return itReviewSection(workspace, initiativeId, model, true);
                    }
                    redirect.addFlashAttribute("flash", saved);
                    return Forms.redirect(slug, "initiatives", initiativeId + "#it-review");
                },
                () -> itReviewSection(workspace, initiativeId, model, htmx.isHtmxRequest()));
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/it-review/delete")
    String deleteItReview(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            RedirectAttributes redirect) {
        try {
            reviews.deleteItReview(slug, me.id(), initiativeId);
            redirect.addFlashAttribute("flash", "The IT review is deleted.");
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return Forms.redirect(slug, "initiatives", initiativeId + "#it-review");
    }

    // ---- information-design checklist -------------------------------------------------------------

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/checklist/{step}")
    String answerStep(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable String step,
            @RequestParam(required = false) @Nullable String answer,
            @RequestParam(required = false) @Nullable Long userGoalId,
            @RequestParam(required = false) @Nullable Long version,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        DesignStep which = Arrays.stream(DesignStep.values())
                .filter(s -> s.name().equalsIgnoreCase(step))
                .findFirst()
                .orElseThrow(() -> new StepNotFound(step));
        StepForm form = new StepForm(answer, userGoalId, version);
        String name = InitiativeReviewSections.formName(which);
        BindingResult result = new BeanPropertyBindingResult(form, name);
        return Forms.submit(
                result,
                () -> {
                    DesignChecklist checklist = reviews.answerStep(
                            slug,
                            me.id(),
                            initiativeId,
                            which.name(),
                            new DesignStepInput(answer, userGoalId),
                            openedAt(version));
                    String saved = "“" + which.label() + "” saved: " + checklist.done() + " of " + checklist.total()
                            + " steps done.";
                    if (htmx.isHtmxRequest()) {
                        model.addAttribute("checklistFlash", saved);
                        return checklistSection(workspace, initiativeId, model, true);
                    }
                    redirect.addFlashAttribute("flash", saved);
                    return Forms.redirect(slug, "initiatives", initiativeId + "#information-design");
                },
                () -> {
                    model.addAttribute(name, form);
                    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
                    return checklistSection(workspace, initiativeId, model, htmx.isHtmxRequest());
                });
    }

    /** A step the browser named that does not exist: the 404 page. */
    static class StepNotFound extends DomainException {
        StepNotFound(String step) {
            super(Kind.NOT_FOUND, "No information-design step '" + step + "'.");
        }
    }

    private String itReviewSection(WorkspaceContext workspace, long initiativeId, Model model, boolean fragment) {
        InitiativeView initiative = initiatives.get(workspace.slug(), workspace.userId(), initiativeId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("initiative", initiative);
        sections.addItReview(model, workspace, initiative);
        if (fragment) {
            return "initiative/it-review :: section";
        }
        model.addAttribute("alone", "it-review");
        return "initiative/review-section";
    }

    private String checklistSection(WorkspaceContext workspace, long initiativeId, Model model, boolean fragment) {
        InitiativeView initiative = initiatives.get(workspace.slug(), workspace.userId(), initiativeId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("initiative", initiative);
        sections.addChecklist(model, workspace, initiative);
        if (fragment) {
            return "initiative/design-checklist :: section";
        }
        model.addAttribute("alone", "checklist");
        return "initiative/review-section";
    }
}

package app.tandem.initiative.web;

import app.tandem.initiative.DesignChecklist;
import app.tandem.initiative.DesignStep;
import app.tandem.initiative.InitiativeReviews;
import app.tandem.initiative.InitiativeView;
import app.tandem.initiative.ItReviewState;
import app.tandem.initiative.ItReviewView;
import app.tandem.initiative.Readiness;
import app.tandem.initiative.rules.ItReviewRules;
import app.tandem.persona.Personas;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the "IT review" and "Information design" sections of an initiative's page show
 * ({@code initiative/it-review.html}, {@code initiative/design-checklist.html}): the review and its
 * form, the checklist with a form per step. A form already in the model (typed values with their
 * errors) is kept.
 */
@Component
class InitiativeReviewSections {

    private final Workspaces workspaces;
    private final InitiativeReviews reviews;
    private final Personas personas;

    InitiativeReviewSections(Workspaces workspaces, InitiativeReviews reviews, Personas personas) {
        this.workspaces = workspaces;
        this.reviews = reviews;
        this.personas = personas;
    }

    /** What the IT review form holds; the service checks every field at once. */
    record ItReviewForm(
            @Nullable String technicalRequirements,
            @Nullable String hostingNeeds,
            @Nullable Readiness readiness,
            @Nullable Long reviewerId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewedOn,

            @Nullable String note,
            @Nullable Long version) {

        static ItReviewForm of(@Nullable ItReviewView review, long me) {
            return review == null
                    ? new ItReviewForm("", "", null, me, LocalDate.now(ZoneOffset.UTC), "", null)
                    : new ItReviewForm(
                            review.technicalRequirements(),
                            review.hostingNeeds(),
                            review.readiness(),
                            review.reviewer().id(),
                            review.reviewedOn(),
                            review.note(),
                            review.version());
        }
    }

    /** What one step's form holds. */
    record StepForm(
            @Nullable String answer,
            @Nullable Long userGoalId,
            @Nullable Long version) {

        static StepForm of(DesignChecklist.Step step) {
            return new StepForm(
                    step.answer(),
                    step.userGoal() == null ? null : step.userGoal().id(),
                    step.version());
        }
    }

    /** The model attribute of a step's form: {@code problemForm}, {@code dataForm}... */
    static String formName(DesignStep step) {
        return step.name().toLowerCase(Locale.ROOT) + "Form";
    }

    /** Adds what both sections show of {@code initiative} to the model. */
    void addTo(Model model, WorkspaceContext workspace, InitiativeView initiative) {
        addItReview(model, workspace, initiative);
        addChecklist(model, workspace, initiative);
    }

    void addItReview(Model model, WorkspaceContext workspace, InitiativeView initiative) {
        ItReviewView review = reviews.findItReview(workspace.slug(), workspace.userId(), initiative.id())
                .orElse(null);
        model.addAttribute("itReview", review);
        model.addAttribute("itReviewNeeded", initiative.itReview() != ItReviewState.NOT_NEEDED);
        model.addAttribute("itReviewNotNeeded", ItReviewRules.notNeeded(initiative.kind()));
        if (workspace.canChange() && initiative.itReview() != ItReviewState.NOT_NEEDED) {
            if (!model.containsAttribute("itReviewForm")) {
                model.addAttribute("itReviewForm", ItReviewForm.of(review, workspace.userId()));
            }
            model.addAttribute("readinesses", Readiness.values());
            model.addAttribute(
                    "reviewers",
                    workspaces
                            .members(workspace.slug(), workspace.userId(), Pageable.unpaged())
                            .getContent());
        }
    }

    void addChecklist(Model model, WorkspaceContext workspace, InitiativeView initiative) {
        if (!ItReviewRules.takesChecklist(initiative.kind())) {
            model.addAttribute("checklist", null);
            return;
        }
        DesignChecklist checklist = reviews.checklist(workspace.slug(), workspace.userId(), initiative.id());
        model.addAttribute("checklist", checklist);
        if (workspace.canChange()) {
            for (DesignChecklist.Step step : checklist.steps()) {
                if (!model.containsAttribute(formName(step.step()))) {
                    model.addAttribute(formName(step.step()), StepForm.of(step));
                }
            }
            model.addAttribute("userGoals", personas.allUserGoals(workspace));
        }
    }
}

package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.DesignChecklist;
import app.tandem.initiative.DesignStepInput;
import app.tandem.initiative.InitiativeReviews;
import app.tandem.initiative.ItReviewInput;
import app.tandem.initiative.ItReviewView;
import app.tandem.initiative.Readiness;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An initiative's IT review and a feature's information-design checklist over the REST API. */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/initiatives/{initiativeId}")
@Tag(
        name = "Initiative reviews",
        description = "The IT review of features, infrastructure and campaigns with a landing page or form, and the"
                + " five information-design steps of a feature")
class InitiativeReviewApiController {

    private final InitiativeReviews reviews;

    InitiativeReviewApiController(InitiativeReviews reviews) {
        this.reviews = reviews;
    }

    @Schema(description = "An IT review as recorded or replaced")
    record ItReviewRequest(
            @Schema(maxLength = ItReviewInput.TEXT_MAX) @Nullable String technicalRequirements,

            @Schema(maxLength = ItReviewInput.TEXT_MAX) @Nullable String hostingNeeds,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Readiness readiness,

            @Schema(description = "a member's user id; defaults to the person recording it") @Nullable Long reviewerId,

            @Schema(description = "defaults to today (UTC)") @Nullable LocalDate reviewedOn,

            @Schema(maxLength = ItReviewInput.NOTE_MAX) @Nullable String note,

            @Schema(
                    description = "the version of the review it replaces (GET answers it); none when there is no"
                            + " review yet; 409 concurrent-change when it changed since")
            @Nullable Long version) {

        ItReviewInput input() {
            return new ItReviewInput(technicalRequirements, hostingNeeds, readiness, reviewerId, reviewedOn, note);
        }
    }

    @Schema(description = "The answer to one information-design step")
    record StepRequest(
            @Schema(maxLength = DesignStepInput.ANSWER_MAX, description = "blank clears the step") @Nullable String answer,

            @Schema(description = "a user goal of the workspace that the step serves") @Nullable Long userGoalId,

            @Schema(
                    description = "the step's version (GET .../checklist answers it); none when it is not answered"
                            + " yet; 409 concurrent-change when it changed since")
            @Nullable Long version) {}

    @GetMapping("/it-review")
    @Operation(summary = "Get the initiative's IT review (404 when it has none)")
    ItReviewView itReview(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long initiativeId) {
        return reviews.itReview(slug, me.id(), initiativeId);
    }

    @PutMapping("/it-review")
    @Operation(
            summary = "Record or replace the initiative's IT review",
            description = "Only features, infrastructure and campaigns with a landing page or form take one (409"
                    + " it-review-not-needed otherwise). 400 names every wrong field: no readiness, a reviewer who"
                    + " is not a member, a text too long.")
    ItReviewView recordItReview(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @RequestBody ItReviewRequest request) {
        return reviews.recordItReview(slug, me.id(), initiativeId, request.input(), request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/it-review")
    @Operation(summary = "Delete the initiative's IT review")
    ResponseEntity<Void> deleteItReview(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long initiativeId) {
        reviews.deleteItReview(slug, me.id(), initiativeId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/checklist")
    @Operation(
            summary = "Get a feature's information-design checklist",
            description = "The five steps in order (problem, data, dimensions, structures, interaction), each with"
                    + " its answer and the user goal it serves, and how many are done. 409 checklist-not-needed for"
                    + " an initiative that is not a feature.")
    @ApiResponse(responseCode = "200", description = "The checklist")
    @ApiResponse(responseCode = "409", description = "checklist-not-needed: the initiative is not a feature")
    DesignChecklist checklist(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long initiativeId) {
        return reviews.checklist(slug, me.id(), initiativeId);
    }

    @PutMapping("/checklist/{step}")
    @Operation(
            summary = "Answer one information-design step of a feature",
            description = "Answers the whole checklist. 400 names the field: an unknown step, an answer too long, a"
                    + " user goal of another workspace.")
    DesignChecklist answerStep(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "PROBLEM",
                                                "DATA",
                                                "DIMENSIONS",
                                                "STRUCTURES",
                                                "INTERACTION"
                                            }))
                    @PathVariable
                    String step,
            @RequestBody StepRequest request) {
        return reviews.answerStep(
                slug,
                me.id(),
                initiativeId,
                step,
                new DesignStepInput(request.answer(), request.userGoalId()),
                request.version());
    }
}

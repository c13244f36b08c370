package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.GoalLinkInput;
import app.tandem.initiative.InitiativeLinks;
import app.tandem.initiative.LinksView;
import app.tandem.initiative.UserGoalEffect;
import app.tandem.initiative.UserGoalLinkInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an initiative serves and what backs it, over the REST API. Every PUT is idempotent (it links,
 * or replaces what the link says) and answers all the initiative's links; every DELETE too. The
 * workspace and the role are checked before the body is read.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/initiatives/{initiativeId}/links")
@Tag(
        name = "Initiative links",
        description = "The business goals an initiative serves (with a KPI contribution), the user goals it helps or"
                + " hurts, the insights that back it, the journey stages and pain points it addresses")
class LinksApiController {

    private final InitiativeLinks links;

    LinksApiController(InitiativeLinks links) {
        this.links = links;
    }

    @Schema(
            description =
                    "How the initiative serves the goal: optionally a KPI of the goal, the change expected and by when")
    record GoalLinkRequest(
            @Schema(description = "a KPI that measures the goal; none: it serves the goal without a KPI contribution")
            @Nullable Long kpiId,

            @Schema(
                    description =
                            "the change expected, in the KPI's unit (2 for +2 points of a percentage); needs kpiId")
            @Nullable Double expectedChange,

            @Schema(description = "by when; none: by the initiative's due date; needs kpiId") @Nullable LocalDate byDate) {}

    @Schema(description = "Whether the initiative helps or hurts the user goal, and how much")
    record UserGoalLinkRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable UserGoalEffect effect,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "1",
                    maximum = "3",
                    description = "1 a little, 3 a lot")
            @Nullable Integer strength) {}

    @GetMapping
    @Operation(
            summary = "Everything an initiative is linked to",
            description = "goals (with the KPI contribution: KPI, expected change in its unit and in words, by when),"
                    + " userGoals (HELPS or HURTS, strength 1-3), insights (reach and evidence strength), stages,"
                    + " painPoints; each with ids and names.")
    LinksView get(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long initiativeId) {
        return links.of(slug, me.id(), initiativeId);
    }

    @PutMapping("/goals/{goalId}")
    @Operation(
            summary = "Link a business goal the initiative serves, or replace its KPI contribution",
            description =
                    "404 naming goalId or kpiId when not of this workspace; 400 naming kpiId when the KPI does not"
                            + " measure the goal, expectedChange or byDate when given without a KPI.")
    LinksView putGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long goalId,
            @RequestBody(required = false) @Nullable GoalLinkRequest request) {
        GoalLinkInput input = request == null
                ? GoalLinkInput.NONE
                : new GoalLinkInput(request.kpiId(), request.expectedChange(), request.byDate());
        return links.putGoal(slug, me.id(), initiativeId, goalId, input);
    }

    @DeleteMapping("/goals/{goalId}")
    @Operation(
            summary = "Unlink a business goal",
            description = "Unlinking what is not linked changes nothing; 404 naming goalId when not of this workspace.")
    LinksView removeGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long goalId) {
        return links.removeGoal(slug, me.id(), initiativeId, goalId);
    }

    @PutMapping("/user-goals/{userGoalId}")
    @Operation(
            summary = "Link a user goal the initiative helps or hurts, or replace how much",
            description = "404 naming userGoalId when not of this workspace; 400 naming effect or strength (1-3).")
    LinksView putUserGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long userGoalId,
            @RequestBody(required = false) @Nullable UserGoalLinkRequest request) {
        UserGoalLinkInput input = request == null
                ? new UserGoalLinkInput(null, null)
                : new UserGoalLinkInput(request.effect(), request.strength());
        return links.putUserGoal(slug, me.id(), initiativeId, userGoalId, input);
    }

    @DeleteMapping("/user-goals/{userGoalId}")
    @Operation(
            summary = "Unlink a user goal",
            description =
                    "Unlinking what is not linked changes nothing; 404 naming userGoalId when not of this workspace.")
    LinksView removeUserGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long userGoalId) {
        return links.removeUserGoal(slug, me.id(), initiativeId, userGoalId);
    }

    @PutMapping("/insights/{insightId}")
    @Operation(
            summary = "Record an insight that backs the initiative",
            description = "404 naming insightId when not of this workspace.")
    LinksView putInsight(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long insightId) {
        return links.addInsight(slug, me.id(), initiativeId, insightId);
    }

    @DeleteMapping("/insights/{insightId}")
    @Operation(
            summary = "Unlink an insight",
            description =
                    "Unlinking what is not linked changes nothing; 404 naming insightId when not of this workspace.")
    LinksView removeInsight(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long insightId) {
        return links.removeInsight(slug, me.id(), initiativeId, insightId);
    }

    @PutMapping("/stages/{stageId}")
    @Operation(
            summary = "Link a journey stage the initiative addresses",
            description = "404 naming stageId when not of this workspace.")
    LinksView putStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long stageId) {
        return links.addStage(slug, me.id(), initiativeId, stageId);
    }

    @DeleteMapping("/stages/{stageId}")
    @Operation(
            summary = "Unlink a journey stage",
            description =
                    "Unlinking what is not linked changes nothing; 404 naming stageId when not of this workspace.")
    LinksView removeStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long stageId) {
        return links.removeStage(slug, me.id(), initiativeId, stageId);
    }

    @PutMapping("/pain-points/{painPointId}")
    @Operation(
            summary = "Link a pain point the initiative addresses",
            description = "404 naming painPointId when not of this workspace.")
    LinksView putPainPoint(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long painPointId) {
        return links.addPainPoint(slug, me.id(), initiativeId, painPointId);
    }

    @DeleteMapping("/pain-points/{painPointId}")
    @Operation(
            summary = "Unlink a pain point",
            description =
                    "Unlinking what is not linked changes nothing; 404 naming painPointId when not of this workspace.")
    LinksView removePainPoint(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long painPointId) {
        return links.removePainPoint(slug, me.id(), initiativeId, painPointId);
    }
}

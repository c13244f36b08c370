package app.tandem.planning.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.planning.PlanSettingsInput;
import app.tandem.planning.PlanSettingsView;
import app.tandem.planning.PlanView;
import app.tandem.planning.Plans;
import app.tandem.planning.SnapshotComparison;
import app.tandem.planning.SnapshotView;
import app.tandem.planning.WhatIfInput;
import app.tandem.planning.WhatIfView;
import app.tandem.planning.core.ModelComparison;
import app.tandem.planning.core.PlanOutline;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.ViewerMay;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The plan over the REST API: ranked, explained, scheduled, with conflicts; what-if; snapshots; settings. */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/plan")
@Tag(name = "Plan", description = "Priorities computed from the business goals, sequenced, with conflicts")
class PlanApiController {

    private final Plans plans;
    private final Paging paging;

    PlanApiController(Plans plans, Paging paging) {
        this.plans = plans;
        this.paging = paging;
    }

    @GetMapping
    @Operation(
            summary = "The plan: ranked initiatives with score breakdowns and explanations, planned dates,"
                    + " slack, the critical path and every conflict",
            description = "One page of the ranked open initiatives (page, size); conflicts, the critical path and"
                    + " the value picture are whole. model: GOAL_CONTRIBUTION, RICE, WSJF, ICE, VALUE_OVER_EFFORT or"
                    + " CUSTOM (the workspace's setting when left out). 409 when the dependencies form a cycle.")
    PlanView plan(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "a scoring model; the workspace's when left out")
                    @RequestParam(required = false)
                    @Nullable String model,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return plans.plan(slug, me.id(), model, paging.of(page, size, Sort.unsorted()));
    }

    @GetMapping("/models")
    @Operation(
            summary = "Compare the scoring models side by side",
            description = "Every open initiative's rank under each model the workspace can use (the custom formula"
                    + " when one is set), and the initiatives the models rank far apart, each with a sentence.")
    ModelComparison models(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        return plans.compareModels(slug, me.id());
    }

    @ViewerMay
    @PostMapping("/what-if")
    @Operation(
            summary = "Try changes on today's plan without saving them",
            description = "Goal weights, team capacities, an initiative's effort for a team, an initiative's dates:"
                    + " answers the ranks, dates and conflicts that would move. 400 names every wrong field at once.")
    WhatIfView whatIf(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @RequestBody WhatIfInput changes) {
        return plans.whatIf(slug, me.id(), changes);
    }

    @Schema(description = "A name for the saved plan")
    record SnapshotRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) @Nullable String name) {}

    @GetMapping("/snapshots")
    @Operation(summary = "The saved plans, newest first")
    PageResponse<SnapshotView> snapshots(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(plans.snapshots(slug, me.id(), paging.of(page, size, Sort.unsorted())), s -> s);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/snapshots")
    @Operation(
            summary = "Save today's plan (under the workspace's model) as a snapshot",
            description = "Members and admins. 400 naming `name` when it is missing, longer than 200 characters or"
                    + " another saved plan's (in any case).")
    ResponseEntity<SnapshotView> saveSnapshot(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestBody SnapshotRequest request) {
        SnapshotView saved = plans.saveSnapshot(slug, me.id(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/plan/snapshots/" + saved.id()))
                .body(saved);
    }

    @Schema(
            description =
                    "A saved plan and what it kept: each initiative's rank, score and planned dates; the conflicts")
    record SnapshotResponse(SnapshotView snapshot, PlanOutline plan) {}

    @GetMapping("/snapshots/{snapshotId}")
    @Operation(summary = "A saved plan with its initiatives and conflicts as they were")
    SnapshotResponse snapshot(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long snapshotId) {
        return new SnapshotResponse(
                plans.snapshot(slug, me.id(), snapshotId), plans.snapshotOutline(slug, me.id(), snapshotId));
    }

    @GetMapping("/snapshots/compare")
    @Operation(
            summary = "Compare two saved plans",
            description =
                    "How the plan moved from one saved plan to the other: ranks, dates, conflicts added and gone.")
    SnapshotComparison compare(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam long from,
            @RequestParam long to) {
        return plans.compare(slug, me.id(), from, to);
    }

    @GetMapping("/settings")
    @Operation(summary = "The plan's settings: model, ICE mode, formula, goal weights, team capacities, version")
    PlanSettingsView settings(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        return plans.settings(slug, me.id());
    }

    @AdminOnly
    @PutMapping("/settings")
    @Operation(
            summary = "Replace the plan's settings (admins)",
            description = "Send the version read; 409 when someone saved since. 400 names every wrong field: a model"
                    + " not offered, a formula that does not parse (with the position), a weight outside 1–5, a"
                    + " capacity of 0 or less, a goal or team of another workspace.")
    PlanSettingsView updateSettings(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestBody PlanSettingsInput settings) {
        return plans.updateSettings(slug, me.id(), settings);
    }
}

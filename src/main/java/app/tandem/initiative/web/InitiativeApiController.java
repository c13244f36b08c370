package app.tandem.initiative.web;

import app.tandem.goal.Goals;
import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.Confidence;
import app.tandem.initiative.InitiativeFilter;
import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.InitiativeSummary;
import app.tandem.initiative.InitiativeView;
import app.tandem.initiative.Initiatives;
import app.tandem.initiative.RaciRole;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import app.tandem.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Initiatives over the REST API. Every required part is checked by the service, so a request with
 * several wrong fields is answered with all of them at once ({@code errors}).
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/initiatives")
@Tag(name = "Initiatives", description = "Work any team proposes, with one owner, dates, effort per team and a status")
class InitiativeApiController {

    private final Initiatives initiatives;
    private final Paging paging;
    private final Workspaces workspaces;
    private final Goals goals;

    InitiativeApiController(Initiatives initiatives, Paging paging, Workspaces workspaces, Goals goals) {
        this.initiatives = initiatives;
        this.paging = paging;
        this.workspaces = workspaces;
        this.goals = goals;
    }

    @Schema(description = "An initiative as proposed or replaced; its status changes through PATCH .../status")
    record InitiativeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = InitiativeInput.TITLE_MAX) @Nullable String title,

            @Schema(description = "Markdown", maxLength = InitiativeInput.DESCRIPTION_MAX) @Nullable String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable InitiativeKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "a team of the workspace") @Nullable Long proposingTeamId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the accountable person: a member's user id")
            @Nullable Long ownerId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate startDate,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "not before startDate") @Nullable LocalDate dueDate,

            @Schema(description = "defaults to MEDIUM") @Nullable Confidence confidence,

            @Schema(description = "person-weeks per team, each team once")
            @Size(max = InitiativeInput.EFFORT_MAX) @Nullable List<@Nullable EffortRequest> effort,

            @Schema(description = "members who work on it besides the owner, each once")
            @Size(max = InitiativeInput.CONTRIBUTORS_MAX) @Nullable List<@Nullable ContributorRequest> contributors,

            @Schema(
                    description =
                            "it has a landing page or form (a campaign with one needs an IT review); default false")
            @Nullable Boolean needsWebForm) {

        InitiativeInput input() {
            return new InitiativeInput(
                    title,
                    description,
                    kind,
                    proposingTeamId,
                    ownerId,
                    startDate,
                    dueDate,
                    confidence,
                    effort == null
                            ? null
                            : effort.stream()
                                    .map(e ->
                                            e == null ? null : new InitiativeInput.Effort(e.teamId(), e.personWeeks()))
                                    .toList(),
                    contributors == null
                            ? null
                            : contributors.stream()
                                    .map(c -> c == null
                                            ? null
                                            : new InitiativeInput.Contributor(c.userId(), c.teamId(), c.role()))
                                    .toList(),
                    needsWebForm);
        }
    }

    @Schema(description = "What one team puts in")
    record EffortRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long teamId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "0",
                    maximum = "10000",
                    description = "person-weeks, 0 or more")
            @Nullable Double personWeeks) {}

    @Schema(description = "A member who works on the initiative, for a team (optional), in a RACI role")
    record ContributorRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long userId,

            @Nullable Long teamId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable RaciRole role) {}

    @Schema(
            name = "InitiativeReplaceRequest",
            description = "A whole initiative, and the version it was read at (GET answers it)")
    record ReplaceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = InitiativeInput.TITLE_MAX) @Nullable String title,

            @Schema(description = "Markdown", maxLength = InitiativeInput.DESCRIPTION_MAX) @Nullable String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable InitiativeKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long proposingTeamId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long ownerId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate startDate,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate dueDate,

            @Nullable Confidence confidence,

            @Size(max = InitiativeInput.EFFORT_MAX) @Nullable List<@Nullable EffortRequest> effort,

            @Size(max = InitiativeInput.CONTRIBUTORS_MAX) @Nullable List<@Nullable ContributorRequest> contributors,

            @Nullable Boolean needsWebForm,

            @Schema(description = "the version the change was made on; 409 when the initiative changed since") @NotNull Long version) {

        InitiativeRequest initiative() {
            return new InitiativeRequest(
                    title,
                    description,
                    kind,
                    proposingTeamId,
                    ownerId,
                    startDate,
                    dueDate,
                    confidence,
                    effort,
                    contributors,
                    needsWebForm);
        }
    }

    @Schema(description = "The status to move to, and why (required when dropping)")
    record StatusRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable InitiativeStatus status,

            @Schema(maxLength = 1000) @Nullable String reason,

            @Schema(description = IfMatch.VERSION_DOC) @Nullable Long version,

            @Schema(
                    description = "commit work that needs an IT review and has none anyway (kept on it and in its"
                            + " history; the plan lists it as a conflict); without it such a commit answers 409"
                            + " it-review-missing")
            @Nullable Boolean skipItReview) {}

    @GetMapping
    @Operation(
            summary = "List the initiatives, by start date",
            description = "Filters combine: team (id or name; proposing, putting in effort or contributing), kind,"
                    + " status, owner (user id), atRisk (true: a dependency it needs is at risk today), goal (a business goal's id;"
                    + " 404 naming goal when it is not the workspace's).")
    PageResponse<InitiativeSummary> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "a team's id or name") @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable InitiativeKind kind,
            @RequestParam(required = false) @Nullable InitiativeStatus status,
            @Parameter(description = "the owner's user id") @RequestParam(required = false) @Nullable Long owner,
            @RequestParam(required = false) @Nullable Boolean atRisk,
            @Parameter(description = "a business goal's id: the initiatives serving it")
                    @RequestParam(required = false)
                    @Nullable Long goal,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        if (goal != null) {
            // (the service lets a goal that is gone find nothing: a discovery session may still name one)
            goals.check(workspaces.access(slug, me.id()), goal, "goal");
        }
        return PageResponse.of(
                initiatives.list(
                        slug,
                        me.id(),
                        new InitiativeFilter(team, kind, status, owner, atRisk, goal),
                        paging.of(page, size, Sort.unsorted())),
                i -> i);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Propose an initiative (status PROPOSED)",
            description = "400 names every wrong field at once: due before start, negative effort, an owner or"
                    + " contributor who is not a member, a team of another workspace...")
    ResponseEntity<InitiativeView> propose(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody InitiativeRequest request) {
        InitiativeView initiative = initiatives.propose(slug, me.id(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/initiatives/" + initiative.id()))
                .body(initiative);
    }

    @GetMapping("/{initiativeId}")
    @Operation(summary = "Get an initiative with its contributors, effort, next statuses and history")
    InitiativeView get(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long initiativeId) {
        return initiatives.get(slug, me.id(), initiativeId);
    }

    @PutMapping("/{initiativeId}")
    @Operation(
            summary = "Replace an initiative (not its status), with the version it was read at",
            description = "409 concurrent-change when it was changed since that version; nothing is saved.")
    InitiativeView replace(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @Valid @RequestBody ReplaceRequest request) {
        return initiatives.replace(
                slug, me.id(), initiativeId, request.initiative().input(), request.version());
    }

    @PatchMapping("/{initiativeId}/status")
    @Operation(
            summary = "Move an initiative to another status, with a reason kept in its history",
            description = "PROPOSED → DISCOVERY → COMMITTED → IN_PROGRESS → DONE, one step at a time, or DROPPED"
                    + " (with a reason) from any status but DONE. Another move answers 409 naming status, with the"
                    + " sentence why and the statuses allowed. Committing a feature, infrastructure or a campaign with"
                    + " a landing page or form that has no IT review answers 409 it-review-missing naming itReview,"
                    + " unless skipItReview is true." + IfMatch.EDIT_DOC)
    InitiativeView changeStatus(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @RequestBody StatusRequest request) {
        return initiatives.changeStatus(
                slug,
                me.id(),
                initiativeId,
                request.status(),
                request.reason(),
                IfMatch.version(request.version(), ifMatch),
                Boolean.TRUE.equals(request.skipItReview()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{initiativeId}")
    @Operation(
            summary = "Delete an initiative with its history and its dependencies both ways",
            description = "Its links, effort, contributors, IT review and checklist go with it; the check-in"
                    + " decisions, reviews and discovery outcomes that named it stay and no longer name it. The"
                    + " page asks first and lists all of this."
                    + " " + IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        initiatives.delete(slug, me.id(), initiativeId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

package app.tandem.goal.web;

import app.tandem.goal.GoalInput;
import app.tandem.goal.GoalStatus;
import app.tandem.goal.GoalView;
import app.tandem.goal.Goals;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{slug}/goals")
@Tag(name = "Goals", description = "Business goals shared by teams, with sub-goals")
class GoalApiController {

    private final Goals goals;
    private final Paging paging;

    GoalApiController(Goals goals, Paging paging) {
        this.goals = goals;
        this.paging = paging;
    }

    record GoalRequest(
            @NotBlank @Size(max = GoalInput.TITLE_MAX) String title,
            @Size(max = GoalInput.DESCRIPTION_MAX) @Nullable String description,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @Nullable GoalStatus status,
            @Nullable Long parentId,
            @Nullable Long ownerId,
            @Nullable Set<Long> teamIds) {

        GoalInput input() {
            return new GoalInput(title, description, periodStart, periodEnd, status, parentId, ownerId, teamIds);
        }
    }

    @Schema(description = "A whole goal, and the version it was read at (GET answers it)")
    record ReplaceGoalRequest(
            @NotBlank @Size(max = GoalInput.TITLE_MAX) String title,
            @Size(max = GoalInput.DESCRIPTION_MAX) @Nullable String description,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @Nullable GoalStatus status,
            @Nullable Long parentId,
            @Nullable Long ownerId,
            @Nullable Set<Long> teamIds,

            @Schema(description = "the version the change was made on; 409 when the goal changed since") @NotNull Long version) {

        GoalInput input() {
            return new GoalInput(title, description, periodStart, periodEnd, status, parentId, ownerId, teamIds);
        }
    }

    @GetMapping
    @Operation(summary = "List the goals, optionally only those a team shares")
    PageResponse<GoalView> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "a team's id or name") @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(goals.list(slug, me.id(), team, paging.of(page, size, Sort.unsorted())), g -> g);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Create a goal (status defaults to ACTIVE; parentId makes it a sub-goal)")
    ResponseEntity<GoalView> create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody GoalRequest request) {
        GoalView goal = goals.create(slug, me.id(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/goals/" + goal.id()))
                .body(goal);
    }

    @GetMapping("/{goalId}")
    @Operation(summary = "Get a goal with its teams, owner, sub-goals and KPIs")
    GoalView get(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long goalId) {
        return goals.get(slug, me.id(), goalId);
    }

    @PutMapping("/{goalId}")
    @Operation(
            summary = "Replace a goal's fields, with the version it was read at",
            description = "409 concurrent-change (currentVersion, yourVersion) when it was changed since that version;"
                    + " nothing is saved.")
    GoalView update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long goalId,
            @Valid @RequestBody ReplaceGoalRequest request) {
        return goals.update(slug, me.id(), goalId, request.input(), request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{goalId}")
    @Operation(
            summary = "Delete a goal; its sub-goals become top-level and its KPIs stay",
            description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long goalId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        goals.delete(slug, me.id(), goalId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

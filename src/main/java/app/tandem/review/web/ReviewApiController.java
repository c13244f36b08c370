package app.tandem.review.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.review.CommentView;
import app.tandem.review.ReviewInput;
import app.tandem.review.ReviewKind;
import app.tandem.review.ReviewState;
import app.tandem.review.ReviewSummary;
import app.tandem.review.ReviewView;
import app.tandem.review.ReviewerView;
import app.tandem.review.Reviews;
import app.tandem.review.Verdict;
import app.tandem.review.rules.VerdictRules;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
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
 * Cross-team reviews over the REST API: the review, its reviewers, their verdicts and the thread. The
 * workspace and the role are checked before the body is read (by the workspace module, for every
 * request under {@code /api/v1/workspaces/{slug}}); every wrong field of a review is named at once
 * ({@code errors}).
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/reviews")
@Tag(
        name = "Reviews",
        description = "Cross-team reviews: a team's work, reviewers invited from other teams, their comments and"
                + " verdicts (approve, concerns, block)")
class ReviewApiController {

    private final Reviews reviews;
    private final Paging paging;

    ReviewApiController(Reviews reviews, Paging paging) {
        this.reviews = reviews;
        this.paging = paging;
    }

    @Schema(description = "A review as asked for or replaced; its state changes through PATCH")
    record ReviewRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ReviewInput.TITLE_MAX) @Nullable String title,

            @Schema(maxLength = ReviewInput.DESCRIPTION_MAX) @Nullable String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ReviewKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the team whose work it is") @Nullable Long teamId,

            @Schema(description = "an initiative of the workspace it is about") @Nullable Long initiativeId,

            @Schema(description = "where the work is: an http(s) address", maxLength = ReviewInput.LINK_MAX) @Nullable String link,

            @Nullable LocalDate dueDate) {

        ReviewInput input() {
            return new ReviewInput(title, description, kind, teamId, initiativeId, link, dueDate);
        }
    }

    @Schema(
            name = "ReviewReplaceRequest",
            description = "A whole review, and the version it was read at (GET answers it)")
    record ReplaceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ReviewInput.TITLE_MAX) @Nullable String title,

            @Schema(maxLength = ReviewInput.DESCRIPTION_MAX) @Nullable String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ReviewKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long teamId,

            @Nullable Long initiativeId,

            @Schema(maxLength = ReviewInput.LINK_MAX) @Nullable String link,

            @Nullable LocalDate dueDate,

            @Schema(description = "the version the change was made on; 409 when the review changed since") @NotNull Long version) {

        ReviewInput input() {
            return new ReviewInput(title, description, kind, teamId, initiativeId, link, dueDate);
        }
    }

    @Schema(description = "Close or reopen a review")
    record StateRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ReviewState state,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the version the change was made on (400 without it); 409 when it changed since")
            @Nullable Long version) {}

    @Schema(description = "A member of the workspace to invite")
    record ReviewerRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long userId) {}

    @Schema(description = "Your verdict; a reason is required for CONCERNS and BLOCK")
    record VerdictRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Verdict verdict,

            @Schema(maxLength = VerdictRules.REASON_MAX) @Nullable String reason) {}

    @Schema(description = "A comment for the thread")
    record CommentRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) @Nullable String body) {}

    @GetMapping
    @Operation(
            summary = "List the reviews, the newest first",
            description = "state: OPEN or CLOSED; all when left out.")
    PageResponse<ReviewSummary> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable ReviewState state,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(reviews.list(slug, me.id(), state, paging.of(page, size, Sort.unsorted())), r -> r);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Ask for a review (state OPEN), requested by you",
            description = "400 names every wrong field at once: no title, no kind, a team or initiative of another"
                    + " workspace, a link that is not a web address...")
    ResponseEntity<ReviewView> request(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody ReviewRequest request) {
        ReviewView review = reviews.request(slug, me.id(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/reviews/" + review.id()))
                .body(review);
    }

    @GetMapping("/{reviewId}")
    @Operation(summary = "Get a review with its reviewers, their teams and verdicts, and the verdicts summary")
    ReviewView get(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long reviewId) {
        return reviews.get(slug, me.id(), reviewId);
    }

    @PutMapping("/{reviewId}")
    @Operation(
            summary = "Replace a review (not its state or reviewers), with the version it was read at",
            description = "409 concurrent-change when it was changed since that version; nothing is saved.")
    ReviewView replace(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @Valid @RequestBody ReplaceRequest request) {
        return reviews.replace(slug, me.id(), reviewId, request.input(), request.version());
    }

    @PatchMapping("/{reviewId}")
    @Operation(
            summary = "Close or reopen a review",
            description = "A closed review takes no reviewers, comments or verdicts (409 review-closed).")
    ReviewView changeState(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @RequestBody StateRequest request) {
        return reviews.changeState(slug, me.id(), reviewId, request.state(), request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{reviewId}")
    @Operation(summary = "Delete a review with its reviewers, verdicts and thread", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        reviews.delete(slug, me.id(), reviewId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{reviewId}/reviewers")
    @Operation(
            summary = "Invite a member of the workspace to review",
            description = "400 naming userId for someone who is not a member, or a viewer; 409 when invited already.")
    ResponseEntity<ReviewView> invite(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @RequestBody ReviewerRequest request) {
        ReviewView review = reviews.invite(slug, me.id(), reviewId, request.userId());
        return ResponseEntity.created(URI.create(
                        "/api/v1/workspaces/" + slug + "/reviews/" + reviewId + "/reviewers/" + request.userId()))
                .body(review);
    }

    @GetMapping("/{reviewId}/reviewers/{userId}")
    @Operation(summary = "One reviewer and their verdict", description = "404 for someone not invited to the review.")
    ReviewerView reviewer(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @PathVariable long userId) {
        return reviews.reviewer(slug, me.id(), reviewId, userId);
    }

    @DeleteMapping("/{reviewId}/reviewers/{userId}")
    @Operation(summary = "Take a reviewer off the review, with their verdict")
    ReviewView uninvite(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @PathVariable long userId) {
        return reviews.uninvite(slug, me.id(), reviewId, userId);
    }

    @PutMapping("/{reviewId}/verdicts/me")
    @Operation(
            summary = "Give or change your verdict",
            description = "Only invited reviewers (403 not-a-reviewer otherwise); 400 naming reason for CONCERNS or"
                    + " BLOCK without one.")
    ReviewView verdict(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @RequestBody VerdictRequest request) {
        return reviews.giveVerdict(slug, me.id(), reviewId, request.verdict(), request.reason());
    }

    @GetMapping("/{reviewId}/comments")
    @Operation(summary = "The thread, oldest first, a page at a time")
    PageResponse<CommentView> comments(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(
                reviews.comments(slug, me.id(), reviewId, paging.of(page, size, Sort.unsorted())), c -> c);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{reviewId}/comments")
    @Operation(summary = "Add a comment to the thread")
    ResponseEntity<CommentView> comment(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @RequestBody CommentRequest request) {
        CommentView comment = reviews.comment(slug, me.id(), reviewId, request.body());
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + slug + "/reviews/" + reviewId + "/comments/" + comment.id()))
                .body(comment);
    }

    @GetMapping("/{reviewId}/comments/{commentId}")
    @Operation(
            summary = "One comment of the thread",
            description = "404 for a comment that is not in this review's thread.")
    CommentView comment(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @PathVariable long commentId) {
        return reviews.comment(slug, me.id(), reviewId, commentId);
    }
}

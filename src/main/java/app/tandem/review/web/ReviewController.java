package app.tandem.review.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.InitiativeFilter;
import app.tandem.initiative.Initiatives;
import app.tandem.review.CommentView;
import app.tandem.review.ReviewInput;
import app.tandem.review.ReviewKind;
import app.tandem.review.ReviewState;
import app.tandem.review.ReviewSummary;
import app.tandem.review.ReviewView;
import app.tandem.review.ReviewerView;
import app.tandem.review.Reviews;
import app.tandem.review.Verdict;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.Markdown;
import app.tandem.support.Paging;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reviews in the browser: the list (open, closed or all), the request and edit forms, and a review's
 * page with its reviewers (their teams, those from other teams marked), the verdicts, the thread, and
 * the forms to invite, give a verdict, comment, close and reopen. Every rule is the service's: the forms
 * show its refusals beside their fields with what was typed.
 */
@Controller
class ReviewController {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The most initiatives the form offers to pick from, the first by start date. */
    static final int INITIATIVES_OFFERED = 200;

    private final Workspaces workspaces;
    private final Reviews reviews;
    private final Initiatives initiatives;
    private final Paging paging;
    private final Markdown markdown;

    ReviewController(
            Workspaces workspaces, Reviews reviews, Initiatives initiatives, Paging paging, Markdown markdown) {
        this.workspaces = workspaces;
        this.reviews = reviews;
        this.initiatives = initiatives;
        this.paging = paging;
        this.markdown = markdown;
    }

    /** What the request and edit forms hold; {@code version} is the version an edit started from. */
    record ReviewForm(
            @Nullable String title,
            @Nullable String description,
            @Nullable ReviewKind kind,
            @Nullable Long teamId,
            @Nullable Long initiativeId,
            @Nullable String link,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,

            @Nullable Long version) {

        static ReviewForm empty() {
            return new ReviewForm("", "", null, null, null, "", null, null);
        }

        static ReviewForm of(ReviewView review) {
            return new ReviewForm(
                    review.title(),
                    review.description(),
                    review.kind(),
                    review.team() == null ? null : review.team().id(),
                    review.initiative() == null ? null : review.initiative().id(),
                    review.link(),
                    review.dueDate(),
                    review.version());
        }

        ReviewInput input() {
            return new ReviewInput(title, description, kind, teamId, initiativeId, link, dueDate);
        }
    }

    /** Whom to invite. */
    record InviteForm(@Nullable Long userId) {}

    /** The acting reviewer's verdict. */
    record VerdictForm(@Nullable Verdict verdict, @Nullable String reason) {}

    /** A comment for the thread. */
    record CommentForm(@Nullable String body) {}

    @GetMapping("/w/{slug}/reviews")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable ReviewState state,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        Page<ReviewSummary> results = reviews.list(slug, me.id(), state, paging.of(page, null, Sort.unsorted()));
        model.addAttribute("workspace", workspace);
        model.addAttribute("reviews", results);
        model.addAttribute("state", state);
        model.addAttribute("states", ReviewState.values());
        model.addAttribute(
                "pageUrl",
                UriComponentsBuilder.fromPath("/w/" + slug + "/reviews")
                        .queryParamIfPresent("state", Optional.ofNullable(state))
                        .build()
                        .toUriString());
        return "review/reviews";
    }

    @GetMapping("/w/{slug}/reviews/new")
    String requestForm(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("reviewForm", ReviewForm.empty());
        return formPage(workspace, null, model);
    }

    @PostMapping("/w/{slug}/reviews")
    String request(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    ReviewView review = reviews.request(slug, me.id(), form.input());
                    redirect.addFlashAttribute(
                            "flash",
                            "The review \u201c" + review.title()
                                    + "\u201d is asked for. Invite reviewers from other teams below.");
                    return Forms.redirect(slug, "reviews", review.id());
                },
                () -> formPage(workspace, null, model));
    }

    @GetMapping("/w/{slug}/reviews/{reviewId}/edit")
    String editForm(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        ReviewView review = reviews.get(slug, me.id(), reviewId);
        model.addAttribute("reviewForm", ReviewForm.of(review));
        return formPage(workspace, review, model);
    }

    @PostMapping("/w/{slug}/reviews/{reviewId}")
    String edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        ReviewView review = reviews.get(slug, me.id(), reviewId);
        return Forms.submit(
                result,
                () -> {
                    ReviewView saved =
                            reviews.replace(slug, me.id(), reviewId, form.input(), Forms.version(form.version()));
                    redirect.addFlashAttribute("flash", "The review \u201c" + saved.title() + "\u201d is saved.");
                    return Forms.redirect(slug, "reviews", reviewId);
                },
                () -> formPage(workspace, review, model));
    }

    @GetMapping("/w/{slug}/reviews/{reviewId}")
    String review(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        return page(workspace, reviewId, page, model);
    }

    /** Asks before a review is deleted with its reviewers, verdicts and thread. */
    @GetMapping("/w/{slug}/reviews/{reviewId}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("review", reviews.get(slug, me.id(), reviewId));
        return "review/review-delete";
    }

    @PostMapping("/w/{slug}/reviews/{reviewId}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        ReviewView review = reviews.get(slug, me.id(), reviewId);
        try {
            reviews.delete(slug, me.id(), reviewId, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "reviews", reviewId, "delete");
        }
        redirect.addFlashAttribute("flash", "The review " + review.title() + " is deleted.");
        return Forms.redirect(slug, "reviews");
    }

    @PostMapping("/w/{slug}/reviews/{reviewId}/reviewers")
    String invite(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @ModelAttribute("inviteForm") InviteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    ReviewView review = reviews.invite(slug, me.id(), reviewId, form.userId());
                    String name = review.reviewers().stream()
                            .filter(r -> form.userId() != null && r.person().id() == form.userId())
                            .map(r -> r.person().name())
                            .findFirst()
                            .orElse("The reviewer");
                    redirect.addFlashAttribute("flash", name + " is invited to review it.");
                    return Forms.redirect(slug, "reviews", reviewId);
                },
                () -> page(workspace, reviewId, null, model));
    }

    @PostMapping("/w/{slug}/reviews/{reviewId}/reviewers/{userId}/delete")
    String uninvite(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @PathVariable long userId,
            RedirectAttributes redirect) {
        reviews.uninvite(slug, me.id(), reviewId, userId);
        redirect.addFlashAttribute("flash", "The reviewer is taken off the review.");
        return Forms.redirect(slug, "reviews", reviewId);
    }

    @PostMapping("/w/{slug}/reviews/{reviewId}/verdict")
    String verdict(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @ModelAttribute("verdictForm") VerdictForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    reviews.giveVerdict(slug, me.id(), reviewId, form.verdict(), form.reason());
                    redirect.addFlashAttribute(
                            "flash",
                            "Your verdict is saved: " + form.verdict().label().toLowerCase(Locale.ROOT) + ".");
                    return Forms.redirect(slug, "reviews", reviewId);
                },
                () -> page(workspace, reviewId, null, model));
    }

    @PostMapping("/w/{slug}/reviews/{reviewId}/comments")
    String comment(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @ModelAttribute("commentForm") CommentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    reviews.comment(slug, me.id(), reviewId, form.body());
                    redirect.addFlashAttribute("flash", "Your comment is in the thread.");
                    long total = reviews.comments(slug, me.id(), reviewId, PageRequest.of(0, 1))
                            .getTotalElements();
                    int last = (int) ((total - 1)
                            / paging.of(null, null, Sort.unsorted()).getPageSize());
                    return last > 0
                            ? Forms.redirect(slug, "reviews", reviewId + "?page=" + last + "#thread")
                            : Forms.redirect(slug, "reviews", reviewId + "#thread");
                },
                () -> page(workspace, reviewId, null, model));
    }

    @PostMapping("/w/{slug}/reviews/{reviewId}/state")
    String changeState(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long reviewId,
            @RequestParam(required = false) @Nullable ReviewState state,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        try {
            ReviewView review = reviews.changeState(slug, me.id(), reviewId, state, version);
            redirect.addFlashAttribute(
                    "flash",
                    review.state() == ReviewState.CLOSED
                            ? "The review is closed."
                            : "The review is open again: reviewers can comment and give verdicts.");
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return Forms.redirect(slug, "reviews", reviewId);
    }

    private String formPage(WorkspaceContext workspace, @Nullable ReviewView editing, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute(
                "initiatives",
                initiatives
                        .list(
                                workspace.slug(),
                                workspace.userId(),
                                InitiativeFilter.NONE,
                                PageRequest.of(0, INITIATIVES_OFFERED))
                        .getContent());
        return "review/review-form";
    }

    private String page(WorkspaceContext workspace, long reviewId, @Nullable Integer page, Model model) {
        ReviewView review = reviews.get(workspace.slug(), workspace.userId(), reviewId);
        Pageable pageable = paging.of(page, null, Sort.unsorted());
        Page<CommentView> thread = reviews.comments(workspace.slug(), workspace.userId(), reviewId, pageable);
        ReviewerView mine = review.reviewers().stream()
                .filter(r -> r.person().id() == workspace.userId())
                .findFirst()
                .orElse(null);
        Set<Long> invited =
                review.reviewers().stream().map(r -> r.person().id()).collect(Collectors.toSet());
        model.addAttribute("workspace", workspace);
        model.addAttribute("review", review);
        model.addAttribute(
                "descriptionHtml", review.description() == null ? null : markdown.toSafeHtml(review.description()));
        model.addAttribute("thread", thread);
        model.addAttribute("mine", mine);
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("when", WHEN);
        model.addAttribute(
                "blocks",
                review.reviewers().stream()
                        .filter(r -> r.verdict() == Verdict.BLOCK)
                        .toList());
        model.addAttribute("threadUrl", "/w/" + workspace.slug() + "/reviews/" + reviewId);
        if (workspace.canChange()) {
            List<MemberView> candidates =
                    workspaces.members(workspace.slug(), workspace.userId(), Pageable.unpaged()).getContent().stream()
                            .filter(m ->
                                    !invited.contains(m.userId()) && m.role().atLeast(app.tandem.workspace.Role.MEMBER))
                            .toList();
            model.addAttribute("candidates", candidates);
        }
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", new InviteForm(null));
        }
        if (!model.containsAttribute("verdictForm")) {
            model.addAttribute(
                    "verdictForm",
                    new VerdictForm(mine == null ? null : mine.verdict(), mine == null ? null : mine.reason()));
        }
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", new CommentForm(""));
        }
        return "review/review";
    }
}

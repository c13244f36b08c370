package app.tandem.review;

import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.initiative.InitiativeNotFound;
import app.tandem.initiative.Initiatives;
import app.tandem.review.internal.Review;
import app.tandem.review.internal.ReviewComment;
import app.tandem.review.internal.ReviewCommentRepository;
import app.tandem.review.internal.ReviewRepository;
import app.tandem.review.internal.Reviewer;
import app.tandem.review.internal.ReviewerRepository;
import app.tandem.review.rules.VerdictRules;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import app.tandem.support.WebAddresses;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceNotFound;
import app.tandem.workspace.Workspaces;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-team reviews of a workspace: a team asks for one, invites reviewers (members of the workspace,
 * usually from other teams), who comment and give a verdict. Every method checks the acting person's
 * role first (viewers read, members and admins change); another workspace's review answers {@link
 * ReviewNotFound}, and an id of another workspace in what a person gives is refused naming the field.
 * Only invited reviewers give a verdict ({@link NotAReviewer}); a closed review takes no reviewers,
 * comments or verdicts ({@link ReviewClosed}). "Today", for overdue, is the day in UTC.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

    private final Workspaces workspaces;
    private final Initiatives initiatives;
    private final Users users;
    private final ReviewRepository reviews;
    private final ReviewerRepository reviewers;
    private final ReviewCommentRepository comments;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Reviews(
            Workspaces workspaces,
            Initiatives initiatives,
            Users users,
            ReviewRepository reviews,
            ReviewerRepository reviewers,
            ReviewCommentRepository comments,
            ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.initiatives = initiatives;
        this.users = users;
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.comments = comments;
        this.events = events;
    }

    // ---- reviews --------------------------------------------------------------------------------

    /** The workspace's reviews in {@code state} (all when null), the newest first, a page at a time. */
    public Page<ReviewSummary> list(String slug, long userId, @Nullable ReviewState state, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Page<Review> page = reviews.page(context.id(), state, pageable);
        List<Long> ids = page.getContent().stream().map(Review::id).toList();
        Map<Long, List<@Nullable Verdict>> verdicts = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Reviewer r : reviewers.findByReviewIdIn(ids)) {
                verdicts.computeIfAbsent(r.reviewId(), k -> new ArrayList<>()).add(r.verdict());
            }
        }
        Names names = names(
                context, page.getContent().stream().map(Review::requestedBy).toList());
        LocalDate today = today();
        List<ReviewSummary> content = page.getContent().stream()
                .map(r -> new ReviewSummary(
                        r.id(),
                        r.kind(),
                        r.title(),
                        names.team(r.teamId()),
                        names.person(r.requestedBy()),
                        r.dueDate(),
                        r.overdueOn(today),
                        r.state(),
                        VerdictRules.summary(verdicts.getOrDefault(r.id(), List.of())),
                        r.version()))
                .toList();
        return new PageImpl<>(content, pageable, page.getTotalElements());
    }

    public ReviewView get(String slug, long userId, long reviewId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return view(context, review(context, reviewId));
    }

    /** One invited reviewer and their verdict (the address an invitation's {@code Location} gives). */
    public ReviewerView reviewer(String slug, long userId, long reviewId, long reviewerId) {
        return get(slug, userId, reviewId).reviewers().stream()
                .filter(r -> r.person().id() == reviewerId)
                .findFirst()
                .orElseThrow(() -> new ReviewerNotFound(reviewerId));
    }

    /** Asks for a review: open, requested by the acting person, with no reviewers yet. */
    @Transactional
    public ReviewView request(String slug, long userId, ReviewInput input) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Checked checked = check(context, input);
        Review review = reviews.save(new Review(
                context.id(),
                userId,
                clock.instant(),
                checked.kind(),
                checked.title(),
                checked.description(),
                checked.teamId(),
                checked.initiativeId(),
                checked.link(),
                input.dueDate()));
        return view(context, review);
    }

    /**
     * Replaces what was given of a review (not its state or reviewers). {@code startedFrom} is the
     * version the change was made on: a review changed since is refused ({@link ConcurrentChange}, 409).
     */
    @Transactional
    public ReviewView replace(String slug, long userId, long reviewId, ReviewInput input, long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Review review = review(context, reviewId);
        ConcurrentChange.check("this review", startedFrom, review.version());
        Checked checked = check(context, input);
        review.define(
                checked.kind(),
                checked.title(),
                checked.description(),
                checked.teamId(),
                checked.initiativeId(),
                checked.link(),
                input.dueDate());
        flush(review);
        return view(context, review);
    }

    /**
     * Closes or reopens a review from the version it was read at: without one the change is refused
     * (400 naming {@code version}), and a review changed since is refused (409), so that nobody closes
     * a review on a page that no longer shows it as it is.
     */
    @Transactional
    public ReviewView changeState(
            String slug, long userId, long reviewId, @Nullable ReviewState to, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Review review = review(context, reviewId);
        if (startedFrom == null) {
            throw new InvalidInput(
                    "version",
                    "Send the version of the review you read (its version field), so that a change made since is not undone.");
        }
        ConcurrentChange.check("this review", startedFrom, review.version());
        if (to == null) {
            throw new InvalidInput("state", "Choose the state to move it to: OPEN or CLOSED.");
        }
        if (to == ReviewState.CLOSED) {
            review.close();
        } else {
            review.reopen();
        }
        flush(review);
        return view(context, review);
    }

    /** Deletes a review with its reviewers and its thread. */
    @Transactional
    public void delete(String slug, long userId, long reviewId, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Review review = review(context, reviewId);
        ConcurrentChange.checkDelete("this review", startedFrom, review.version());
        reviews.delete(review);
    }

    // ---- reviewers ------------------------------------------------------------------------------

    /**
     * Invites a member of the workspace to review (a viewer or someone outside the workspace is refused,
     * naming {@code userId}) and announces it ({@link ReviewerInvited}).
     */
    @Transactional
    public ReviewView invite(String slug, long userId, long reviewId, @Nullable Long reviewerId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Review review = review(context, reviewId);
        requireOpen(review);
        if (reviewerId == null) {
            throw new InvalidInput("userId", "Choose the person to invite.");
        }
        WorkspaceContext theirs;
        try {
            theirs = workspaces.access(slug, reviewerId);
        } catch (WorkspaceNotFound notMember) {
            throw new ReviewerNotMember(reviewerId);
        }
        String name = users.findById(reviewerId)
                .map(UserSummary::displayName)
                .orElseThrow(() -> new ReviewerNotMember(reviewerId));
        if (!theirs.canChange()) {
            throw new InvalidInput(
                    "userId",
                    name + " is a viewer of this workspace: viewers read but do not review. An admin can make them a"
                            + " member.");
        }
        if (reviewers.findByReviewIdAndUserId(review.id(), reviewerId).isPresent()) {
            throw new ReviewerAlreadyInvited(name);
        }
        // (limits are counted while the workspace is held: requests at once do not pass one together)
        workspaces.holdWorkspace(context);
        if (reviewers.countByReviewId(review.id()) >= TooManyReviewers.MAX) {
            throw new TooManyReviewers();
        }
        try {
            reviewers.saveAndFlush(new Reviewer(review.id(), reviewerId, userId, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // invited twice at once: the other request was first
            throw new ReviewerAlreadyInvited(name);
        }
        events.publishEvent(new ReviewerInvited(
                context.id(),
                review.id(),
                reviewerId,
                review.title(),
                review.dueDate(),
                "/w/" + context.slug() + "/reviews/" + review.id()));
        return view(context, review);
    }

    /**
     * Takes a reviewer off an open review, with their verdict (their comments stay in the thread); a
     * closed review keeps its reviewers and their verdicts ({@link ReviewClosed}).
     */
    @Transactional
    public ReviewView uninvite(String slug, long userId, long reviewId, long reviewerId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Review review = review(context, reviewId);
        requireOpen(review);
        Reviewer reviewer = reviewers
                .findByReviewIdAndUserId(review.id(), reviewerId)
                .orElseThrow(() -> new ReviewerNotFound(reviewerId));
        reviewers.delete(reviewer);
        reviewers.flush();
        return view(context, review);
    }

    /**
     * The acting person's verdict on an open review they are invited to; a later verdict replaces
     * theirs. Concerns and a block need the reason ({@link VerdictRules}).
     */
    @Transactional
    public ReviewView giveVerdict(
            String slug, long userId, long reviewId, @Nullable Verdict verdict, @Nullable String reason) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Review review = review(context, reviewId);
        Reviewer reviewer =
                reviewers.findByReviewIdAndUserId(review.id(), userId).orElseThrow(NotAReviewer::new);
        requireOpen(review);
        VerdictRules.check(verdict, reason);
        reviewer.judge(Objects.requireNonNull(verdict), VerdictRules.reason(reason), clock.instant());
        reviewers.flush();
        return view(context, review);
    }

    // ---- the thread -----------------------------------------------------------------------------

    /** The thread of a review, oldest first, a page at a time. */
    public Page<CommentView> comments(String slug, long userId, long reviewId, Pageable pageable) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Review review = review(context, reviewId);
        Page<ReviewComment> page = comments.findByReviewIdOrderByCreatedAtAscIdAsc(review.id(), pageable);
        Set<Long> invited = reviewers.findByReviewIdOrderByInvitedAtAscIdAsc(review.id()).stream()
                .map(Reviewer::userId)
                .collect(Collectors.toSet());
        Map<Long, String> people =
                people(page.getContent().stream().map(ReviewComment::authorId).toList());
        return page.map(c -> comment(c, people, invited));
    }

    /** One comment of a review's thread (the address a new comment's {@code Location} gives). */
    public CommentView comment(String slug, long userId, long reviewId, long commentId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Review review = review(context, reviewId);
        ReviewComment found = comments.findById(commentId)
                .filter(c -> c.reviewId() == review.id())
                .orElseThrow(() -> new CommentNotFound(commentId));
        return comment(found);
    }

    /** Adds a comment to an open review's thread: members and admins comment, reviewers or not. */
    @Transactional
    public CommentView comment(String slug, long userId, long reviewId, @Nullable String body) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Review review = review(context, reviewId);
        requireOpen(review);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("body", "Write your comment first.");
        }
        if (text.length() > ReviewComment.BODY_MAX) {
            throw new InvalidInput("body", "A comment has at most " + ReviewComment.BODY_MAX + " characters.");
        }
        workspaces.holdWorkspace(context);
        if (comments.countByReviewId(review.id()) >= TooManyComments.MAX) {
            throw new TooManyComments();
        }
        return comment(comments.save(new ReviewComment(review.id(), userId, text, clock.instant())));
    }

    /** One comment as the thread shows it: its author, and whether they are a reviewer of its review. */
    private CommentView comment(ReviewComment comment) {
        long author = comment.authorId();
        boolean invited =
                reviewers.findByReviewIdAndUserId(comment.reviewId(), author).isPresent();
        return comment(comment, people(List.of(author)), invited ? Set.of(author) : Set.of());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private record Checked(
            ReviewKind kind,
            String title,
            @Nullable String description,
            long teamId,
            @Nullable Long initiativeId,
            @Nullable String link) {}

    /** Checks every field at once; answers what is kept. */
    private Checked check(WorkspaceContext context, ReviewInput input) {
        String title = input.title() == null ? "" : input.title().strip();
        String description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().strip();
        String link = input.link() == null || input.link().isBlank()
                ? null
                : input.link().strip();
        InvalidInputs.checks()
                .check(() -> {
                    if (title.isEmpty()) {
                        throw new InvalidInput("title", "Say what is reviewed.");
                    }
                    if (title.length() > ReviewInput.TITLE_MAX) {
                        throw new InvalidInput(
                                "title", "A title has at most " + ReviewInput.TITLE_MAX + " characters.");
                    }
                })
                .check(() -> {
                    if (description != null && description.length() > ReviewInput.DESCRIPTION_MAX) {
                        throw new InvalidInput(
                                "description",
                                "A description has at most " + ReviewInput.DESCRIPTION_MAX + " characters.");
                    }
                })
                .check(() -> {
                    if (input.kind() == null) {
                        throw new InvalidInput("kind", "Choose what kind of review it is.");
                    }
                })
                .check(() -> {
                    if (input.teamId() == null) {
                        throw new InvalidInput("teamId", "Choose the team whose work it is.");
                    }
                    if (!workspaces.holdTeams(context, List.of(input.teamId())).contains(input.teamId())) {
                        throw new InvalidInput("teamId", "No team " + input.teamId() + " in this workspace.");
                    }
                })
                .check(() -> {
                    if (input.initiativeId() != null) {
                        try {
                            initiatives.get(context.slug(), context.userId(), input.initiativeId());
                        } catch (InitiativeNotFound e) {
                            throw new InvalidInput(
                                    "initiativeId", "No initiative " + input.initiativeId() + " in this workspace.");
                        }
                    }
                })
                .check(() -> {
                    if (link != null) {
                        if (link.length() > ReviewInput.LINK_MAX) {
                            throw new InvalidInput(
                                    "link", "A link has at most " + ReviewInput.LINK_MAX + " characters.");
                        }
                        if (WebAddresses.looksLikeOne(link)) {
                            try {
                                new URI(link);
                            } catch (URISyntaxException e) {
                                throw new InvalidInput("link", WebAddresses.unreadable(link, e));
                            }
                        }
                        if (!isWebAddress(link)) {
                            throw new InvalidInput(
                                    "link", "A link is a web address starting with https:// or http://.");
                        }
                    }
                })
                .check(() -> PlannedDates.check("dueDate", input.dueDate()))
                .done();
        return new Checked(
                Objects.requireNonNull(input.kind()),
                title,
                description,
                Objects.requireNonNull(input.teamId()),
                input.initiativeId(),
                link);
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static void requireOpen(Review review) {
        if (!review.isOpen()) {
            throw new ReviewClosed();
        }
    }

    private Review review(WorkspaceContext context, long reviewId) {
        return reviews.findByIdAndWorkspaceId(reviewId, context.id()).orElseThrow(() -> new ReviewNotFound(reviewId));
    }

    private void flush(Review review) {
        try {
            reviews.saveAndFlush(review);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this review", review.version());
        }
    }

    private ReviewView view(WorkspaceContext context, Review review) {
        List<Reviewer> invited = reviewers.findByReviewIdOrderByInvitedAtAscIdAsc(review.id());
        List<Long> people =
                new ArrayList<>(invited.stream().map(Reviewer::userId).toList());
        people.add(review.requestedBy());
        Names names = names(context, people);
        Long owner = review.teamId();
        List<ReviewerView> views = invited.stream()
                .map(r -> {
                    List<Ref> teams = names.teamsOf(r.userId());
                    boolean fromAnother =
                            owner != null && !teams.isEmpty() && teams.stream().noneMatch(t -> t.id() == owner);
                    return new ReviewerView(
                            names.person(r.userId()),
                            teams,
                            fromAnother,
                            r.verdict(),
                            r.verdictReason(),
                            r.verdictAt());
                })
                .toList();
        return new ReviewView(
                review.id(),
                review.kind(),
                review.title(),
                review.description(),
                initiative(context, review.initiativeId()),
                review.link(),
                names.team(owner),
                names.person(review.requestedBy()),
                review.dueDate(),
                review.overdueOn(today()),
                review.state(),
                review.createdAt(),
                views,
                VerdictRules.summary(invited.stream().map(Reviewer::verdict).toList()),
                review.version());
    }

    private @Nullable Ref initiative(WorkspaceContext context, @Nullable Long initiativeId) {
        if (initiativeId == null) {
            return null;
        }
        try {
            return new Ref(
                    initiativeId,
                    initiatives
                            .get(context.slug(), context.userId(), initiativeId)
                            .title());
        } catch (InitiativeNotFound e) {
            return null;
        }
    }

    private static CommentView comment(ReviewComment c, Map<Long, String> people, Set<Long> invited) {
        return new CommentView(
                c.id(),
                new Ref(c.authorId(), people.getOrDefault(c.authorId(), "someone since removed")),
                invited.contains(c.authorId()),
                c.body(),
                c.createdAt());
    }

    private Map<Long, String> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.byIds(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
    }

    private Names names(WorkspaceContext context, Collection<Long> people) {
        List<TeamView> teams = workspaces.allTeams(context);
        return new Names(teams, people(people));
    }

    /** The workspace's teams and the people a view names. */
    private static final class Names {

        private final Map<Long, String> teams = new HashMap<>();
        private final Map<Long, List<Ref>> teamsOfPerson = new HashMap<>();
        private final Map<Long, String> people;

        Names(List<TeamView> all, Map<Long, String> people) {
            this.people = people;
            for (TeamView t : all) {
                teams.put(t.id(), t.name());
                for (TeamView.TeamMemberView m : t.members()) {
                    teamsOfPerson
                            .computeIfAbsent(m.userId(), k -> new ArrayList<>())
                            .add(new Ref(t.id(), t.name()));
                }
            }
        }

        @Nullable Ref team(@Nullable Long id) {
            return id == null || !teams.containsKey(id) ? null : new Ref(id, teams.get(id));
        }

        Ref person(long id) {
            return new Ref(id, people.getOrDefault(id, "someone since removed"));
        }

        List<Ref> teamsOf(long userId) {
            return List.copyOf(teamsOfPerson.getOrDefault(userId, List.of()));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}

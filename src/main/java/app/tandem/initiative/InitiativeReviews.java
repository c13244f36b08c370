package app.tandem.initiative;

import app.tandem.initiative.internal.DesignStepAnswer;
import app.tandem.initiative.internal.DesignStepAnswerRepository;
import app.tandem.initiative.internal.Initiative;
import app.tandem.initiative.internal.InitiativeDirectory;
import app.tandem.initiative.internal.InitiativeRepository;
import app.tandem.initiative.internal.ItReview;
import app.tandem.initiative.internal.ItReviewRepository;
import app.tandem.initiative.rules.ItReviewRules;
import app.tandem.persona.Personas;
import app.tandem.persona.UserGoalView;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is checked about an initiative before the work is committed: its IT review (features,
 * infrastructure and campaigns with a landing page or form, {@link ItReviewRules}) and, for a
 * feature, the five information-design steps, each tied to a user goal of the workspace. Every
 * method checks the acting person's role first (viewers read, members and admins change); another
 * workspace's initiative answers {@link InitiativeNotFound}. A change sends back the version it
 * started from (none for a review or step not yet recorded): a change made since is refused
 * ({@link ConcurrentChange}, 409). "Today" is the day in UTC.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeReviews {

    private final Workspaces workspaces;
    private final InitiativeRepository initiatives;
    private final ItReviewRepository reviews;
    private final DesignStepAnswerRepository steps;
    private final InitiativeDirectory directory;
    private final Personas personas;
    private final Clock clock = Clock.systemUTC();

    InitiativeReviews(
            Workspaces workspaces,
            InitiativeRepository initiatives,
            ItReviewRepository reviews,
            DesignStepAnswerRepository steps,
            InitiativeDirectory directory,
            Personas personas) {
        this.workspaces = workspaces;
        this.initiatives = initiatives;
        this.reviews = reviews;
        this.steps = steps;
        this.directory = directory;
        this.personas = personas;
    }

    // ---- IT review ------------------------------------------------------------------------------

    /** The initiative's IT review, if it has one. */
    public Optional<ItReviewView> findItReview(String slug, long userId, long initiativeId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        initiative(context, initiativeId);
        return reviews.findByInitiativeId(initiativeId).map(r -> view(directory.of(context), r));
    }

    /** The initiative's IT review; {@link ItReviewNotFound} when it has none. */
    public ItReviewView itReview(String slug, long userId, long initiativeId) {
        return findItReview(slug, userId, initiativeId).orElseThrow(() -> new ItReviewNotFound(initiativeId));
    }

    /**
     * Records the initiative's IT review, or replaces the one it has ({@code startedFrom} is that
     * review's version). Refused: an initiative whose kind needs none ({@link ItReviewNotNeeded}),
     * and, naming each field at once, no readiness, a reviewer who is not a member, a text too long.
     */
    @Transactional
    public ItReviewView recordItReview(
            String slug, long userId, long initiativeId, ItReviewInput input, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        if (!ItReviewRules.needsItReview(initiative.kind(), initiative.needsWebForm())) {
            throw new ItReviewNotNeeded(ItReviewRules.notNeeded(initiative.kind()));
        }
        InitiativeDirectory.Snapshot names = directory.of(context);
        long reviewer = input.reviewerId() == null ? userId : input.reviewerId();
        InvalidInputs.checks()
                .check(() -> text(
                        input.technicalRequirements(),
                        ItReviewInput.TEXT_MAX,
                        "technicalRequirements",
                        "Technical requirements"))
                .check(() -> text(input.hostingNeeds(), ItReviewInput.TEXT_MAX, "hostingNeeds", "Hosting needs"))
                .check(() -> {
                    if (input.readiness() == null) {
                        throw new InvalidInput(
                                "readiness", "Say how ready the infrastructure is: ready, needs work or blocked.");
                    }
                })
                .check(() -> {
                    if (!names.memberIds().contains(reviewer)) {
                        throw new InvalidInput("reviewerId", "The reviewer must be a member of this workspace.");
                    }
                })
                .check(() -> text(input.note(), ItReviewInput.NOTE_MAX, "note", "A note"))
                .check(() -> {
                    PlannedDates.check("reviewedOn", input.reviewedOn());
                    // a review is of a day that has come (1 Jan 2150 was shown as "Reviewed on")
                    if (input.reviewedOn() != null && input.reviewedOn().isAfter(LocalDate.now(clock))) {
                        throw new InvalidInput("reviewedOn", "A review is dated today or earlier.");
                    }
                })
                .done();
        Optional<ItReview> existing = reviews.findByInitiativeId(initiativeId);
        if (existing.isPresent()) {
            if (startedFrom == null) {
                throw new InvalidInput(
                        "version", "This initiative has an IT review already: send the version you read it at.");
            }
            ConcurrentChange.check("this IT review", startedFrom, existing.get().version());
        }
        ItReview review = existing.orElseGet(() -> new ItReview(initiativeId));
        review.record(
                input.technicalRequirements(),
                input.hostingNeeds(),
                Objects.requireNonNull(input.readiness()),
                reviewer,
                input.reviewedOn() == null ? LocalDate.now(clock) : input.reviewedOn(),
                input.note(),
                userId,
                clock.instant());
        try {
            review = reviews.saveAndFlush(review);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // changed, or recorded by someone else at the same moment
            throw new ConcurrentChange("this IT review", review.version());
        }
        return view(names, review);
    }

    @Transactional
    public void deleteItReview(String slug, long userId, long initiativeId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        initiative(context, initiativeId);
        reviews.delete(reviews.findByInitiativeId(initiativeId).orElseThrow(() -> new ItReviewNotFound(initiativeId)));
    }

    // ---- information-design checklist -------------------------------------------------------------

    /** A feature's information-design steps, in order, and how many are done. */
    public DesignChecklist checklist(String slug, long userId, long initiativeId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        takesChecklist(initiative);
        return checklist(context, initiativeId);
    }

    /**
     * Answers one step ({@code step} names it: PROBLEM, DATA, DIMENSIONS, STRUCTURES, INTERACTION,
     * any case) with the user goal it serves; a blank answer clears it. Refused: an initiative that
     * is not a feature ({@link ChecklistNotNeeded}), and, naming each field, an unknown step, an
     * answer too long, a user goal not of this workspace.
     */
    @Transactional
    public DesignChecklist answerStep(
            String slug,
            long userId,
            long initiativeId,
            @Nullable String step,
            DesignStepInput input,
            @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        Initiative initiative = initiative(context, initiativeId);
        takesChecklist(initiative);
        DesignStep which = step(step);
        String answer = input.answer() == null ? "" : input.answer().strip();
        Long goalId = input.userGoalId();
        InvalidInputs.checks()
                .check(() -> {
                    if (answer.length() > DesignStepInput.ANSWER_MAX) {
                        throw new InvalidInput(
                                "answer", "An answer has at most " + DesignStepInput.ANSWER_MAX + " characters.");
                    }
                })
                .check(() -> {
                    if (goalId != null
                            && personas.userGoals(context, List.of(goalId)).isEmpty()) {
                        throw new InvalidInput("userGoalId", "No user goal " + goalId + " in this workspace.");
                    }
                })
                .done();
        Optional<DesignStepAnswer> existing = steps.findByInitiativeIdAndStep(initiativeId, which);
        if (existing.isPresent()) {
            if (startedFrom == null) {
                throw new InvalidInput("version", "This step has an answer already: send the version you read it at.");
            }
            ConcurrentChange.check("this step", startedFrom, existing.get().version());
        }
        try {
            if (answer.isEmpty()) {
                existing.ifPresent(steps::delete);
            } else {
                DesignStepAnswer saved = existing.orElseGet(() -> new DesignStepAnswer(initiativeId, which));
                saved.answer(answer, goalId, userId, clock.instant());
                steps.save(saved);
            }
            steps.flush();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ConcurrentChange(
                    "this step", existing.map(DesignStepAnswer::version).orElse(0L));
        }
        return checklist(context, initiativeId);
    }

    /** The step a path names, in any case. */
    static DesignStep step(@Nullable String step) {
        String wanted = step == null ? "" : step.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(DesignStep.values())
                .filter(s -> s.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(
                        "step",
                        "No step '" + (step == null ? "" : step.strip()) + "': the steps are "
                                + Arrays.stream(DesignStep.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))
                                + "."));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Initiative initiative(WorkspaceContext context, long initiativeId) {
        return initiatives
                .findByIdAndWorkspaceId(initiativeId, context.id())
                .orElseThrow(() -> new InitiativeNotFound(initiativeId));
    }

    private static void takesChecklist(Initiative initiative) {
        if (!ItReviewRules.takesChecklist(initiative.kind())) {
            throw new ChecklistNotNeeded("Only a feature takes the information-design checklist; this is "
                    + initiative.kind().label().toLowerCase(Locale.ROOT) + " work.");
        }
    }

    private static void text(@Nullable String text, int max, String field, String what) {
        if (text != null && text.strip().length() > max) {
            throw new InvalidInput(field, what + " has at most " + max + " characters.");
        }
    }

    private DesignChecklist checklist(WorkspaceContext context, long initiativeId) {
        Map<DesignStep, DesignStepAnswer> answers = steps.findByInitiativeId(initiativeId).stream()
                .collect(Collectors.toMap(DesignStepAnswer::step, Function.identity()));
        List<Long> goalIds = answers.values().stream()
                .map(DesignStepAnswer::userGoalId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, UserGoalView> goals = personas.userGoals(context, goalIds).stream()
                .collect(Collectors.toMap(UserGoalView::id, Function.identity()));
        InitiativeDirectory.Snapshot names = directory.of(context);
        names.knowing(
                answers.values().stream().map(DesignStepAnswer::answeredBy).toList());
        List<DesignChecklist.Step> views = Stream.of(DesignStep.values())
                .map(s -> {
                    DesignStepAnswer a = answers.get(s);
                    if (a == null) {
                        return new DesignChecklist.Step(
                                s, s.label(), s.question(), false, null, null, null, null, null);
                    }
                    UserGoalView goal = a.userGoalId() == null ? null : goals.get(a.userGoalId());
                    return new DesignChecklist.Step(
                            s,
                            s.label(),
                            s.question(),
                            true,
                            a.answer(),
                            goal == null
                                    ? null
                                    : new DesignChecklist.UserGoalRef(goal.id(), goal.sentence(), goal.personaName()),
                            names.person(a.answeredBy()),
                            a.answeredAt(),
                            a.version());
                })
                .toList();
        int done = (int) views.stream().filter(DesignChecklist.Step::done).count();
        return new DesignChecklist(initiativeId, done, views.size(), views);
    }

    private ItReviewView view(InitiativeDirectory.Snapshot names, ItReview review) {
        names.knowing(List.of(review.reviewerId(), review.recordedBy()));
        return new ItReviewView(
                review.initiativeId(),
                review.technicalRequirements(),
                review.hostingNeeds(),
                review.readiness(),
                names.person(review.reviewerId()),
                review.reviewedOn(),
                review.note(),
                names.person(review.recordedBy()),
                review.recordedAt(),
                review.version());
    }
}

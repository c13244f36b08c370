package app.tandem.review.internal;

import app.tandem.initiative.InitiativeFilter;
import app.tandem.initiative.InitiativeSummary;
import app.tandem.initiative.Initiatives;
import app.tandem.review.ReviewInput;
import app.tandem.review.ReviewKind;
import app.tandem.review.Reviews;
import app.tandem.review.Verdict;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Budgetly's reviews (DESIGN.md, "Demo workspace"; "a marketer in a design review"): Design asks for a
 * review of the savings-goals discoverability fix, with Jonas from Marketing invited, who commented
 * and has concerns (and Rui from Support, who has not said yet); and Marketing's brainstorm for the
 * savings-goals campaign, with Aiko from Design invited. Everything goes through {@link Reviews}, as the
 * people would. Runs after the initiatives (40) and the plan (50), so the reviews name the demo's
 * initiatives when they exist.
 */
@Component
class DemoReviews {

    static final String DESIGN_REVIEW = "Savings goals on the home screen: design review";
    static final String BRAINSTORM = "\"Save for slow months\": campaign brainstorm";

    private final Reviews reviews;
    private final Workspaces workspaces;
    private final Initiatives initiatives;

    DemoReviews(Reviews reviews, Workspaces workspaces, Initiatives initiatives) {
        this.reviews = reviews;
        this.workspaces = workspaces;
        this.initiatives = initiatives;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Order(70)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        seed(event.slug(), event.creatorUserId());
    }

    void seed(String slug, long admin) {
        WorkspaceContext context = workspaces.access(slug, admin);
        Map<String, Long> teams =
                workspaces.allTeams(context).stream().collect(Collectors.toMap(TeamView::name, TeamView::id));
        Map<String, Long> people = workspaces.members(slug, admin, Pageable.unpaged()).getContent().stream()
                .collect(Collectors.toMap(MemberView::displayName, MemberView::userId, (a, b) -> a));
        Map<String, Long> work =
                initiatives.list(slug, admin, InitiativeFilter.NONE, PageRequest.of(0, 100)).getContent().stream()
                        .collect(Collectors.toMap(InitiativeSummary::title, InitiativeSummary::id, (a, b) -> a));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Long design = teams.get("Design");
        Long marketing = teams.get("Marketing");
        Long aiko = people.get("Aiko Tanaka");
        Long jonas = people.get("Jonas Berg");
        Long rui = people.get("Rui Costa");
        Long maya = people.get("Maya Ortiz");
        if (design == null || marketing == null || aiko == null || jonas == null || rui == null || maya == null) {
            return;
        }

        long review = reviews.request(
                        slug,
                        aiko,
                        new ReviewInput(
                                DESIGN_REVIEW,
                                "Savings goals move to the home screen and into the first-week checklist. Does the"
                                        + " new card read well to someone who is anxious about money, and does it"
                                        + " fit what the e-mails promise?",
                                ReviewKind.DESIGN_REVIEW,
                                design,
                                initiative(work, "Savings-goals discoverability fix"),
                                "https://www.figma.example/budgetly/savings-goals-home",
                                today.plusDays(5)))
                .id();
        reviews.invite(slug, aiko, review, jonas);
        reviews.invite(slug, aiko, review, rui);
        reviews.comment(
                slug,
                jonas,
                review,
                "The card says \"allocate surplus\": our campaign e-mails say \"put a little aside\". New users read"
                        + " both in the same week.");
        reviews.giveVerdict(
                slug,
                jonas,
                review,
                Verdict.CONCERNS,
                "Use the words of the e-mails on the card, or the e-mails and the app promise two different things.");
        reviews.comment(
                slug, aiko, review, "Good catch: we will take the e-mails' words. Rui, do support's tickets agree?");

        long brainstorm = reviews.request(
                        slug,
                        maya,
                        new ReviewInput(
                                BRAINSTORM,
                                "Ideas for the savings-goals campaign to trial users, once the goals are easy to find."
                                        + " Which picture of a slow month would a gig worker recognise?",
                                ReviewKind.CAMPAIGN_BRAINSTORM,
                                marketing,
                                initiative(work, "Savings-goals campaign"),
                                null,
                                today.plusDays(14)))
                .id();
        reviews.invite(slug, maya, brainstorm, aiko);
    }

    private static @Nullable Long initiative(Map<String, Long> work, String title) {
        return work.get(title);
    }
}

package app.tandem.insight.internal;

import app.tandem.insight.EvidenceTarget;
import app.tandem.insight.EvidenceTarget.Kind;
import app.tandem.insight.InsightEvidence;
import app.tandem.journey.Journeys;
import app.tandem.persona.PersonaKind;
import app.tandem.persona.PersonaRef;
import app.tandem.persona.Personas;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Links the demo's insights to what they prove, once the demo personas (order 10) and journey map
 * (order 20) exist: the onboarding-email results prove the jargon pain point at "Onboard", the
 * usability tests prove "cannot find savings goals", the jargon tickets prove "Explain money words in
 * plain language", and the shared persona's page shows the evidence behind her.
 */
@Component
class DemoEvidence {

    private final Workspaces workspaces;
    private final Personas personas;
    private final Journeys journeys;
    private final InsightRepository insights;
    private final InsightEvidence evidence;

    DemoEvidence(
            Workspaces workspaces,
            Personas personas,
            Journeys journeys,
            InsightRepository insights,
            InsightEvidence evidence) {
        this.workspaces = workspaces;
        this.personas = personas;
        this.journeys = journeys;
        this.insights = insights;
        this.evidence = evidence;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Order(30)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        WorkspaceContext context = workspaces.access(event.slug(), event.creatorUserId());
        Optional<EvidenceTarget> shared = personas.refs(context).stream()
                .filter(p -> p.kind() == PersonaKind.SHARED)
                .map(PersonaRef::id)
                .findFirst()
                .map(id -> new EvidenceTarget(Kind.PERSONA, id));
        Optional<EvidenceTarget> emailJargon = painPoint(context, "second onboarding email");
        Optional<EvidenceTarget> onboard = stage(context, "Onboard");
        Optional<EvidenceTarget> savings = painPoint(context, "savings-goal feature");
        Optional<EvidenceTarget> spreadsheet = painPoint(context, "looks like a spreadsheet");
        Optional<EvidenceTarget> plainWords = userGoal(context, "plain language");
        Optional<EvidenceTarget> slowMonths = userGoal(context, "slow months");
        Optional<EvidenceTarget> noSpreadsheets = userGoal(context, "spreadsheet");

        link(context, event, "Users drop off after the second onboarding email", shared, emailJargon, onboard);
        link(context, event, "Week-1 retention fell after the email sequence change", emailJargon, onboard);
        link(context, event, "Second onboarding email lands on Monday 7am", emailJargon);
        link(context, event, "Testers cannot find the new savings-goal feature", shared, savings, slowMonths);
        link(context, event, "Users confuse 'goals' and 'budgets'", savings, plainWords);
        link(context, event, "Savings goal progress bar motivates", slowMonths);
        link(context, event, "Tickets ask what 'envelope allocation' means", shared, plainWords, emailJargon);
        link(context, event, "'Accrual' in the reports confuses freelancers", plainWords);
        link(context, event, "Support macro for 'rollover' reduces repeat tickets", plainWords);
        link(context, event, "Jargon-free copy test improves setup completion", shared, plainWords, onboard);
        link(context, event, "Spreadsheet-style budget grid causes anxiety", shared, spreadsheet, noSpreadsheets);
        link(context, event, "Users with ADHD want fewer decisions at setup", shared);
        link(context, event, "Anxiety spikes at month-end", shared);
    }

    @SafeVarargs
    private void link(
            WorkspaceContext context, WorkspaceCreated event, String title, Optional<EvidenceTarget>... targets) {
        List<EvidenceTarget> present = new ArrayList<>();
        for (Optional<EvidenceTarget> target : targets) {
            target.ifPresent(present::add);
        }
        insights.findFirstByWorkspaceIdAndTitle(context.id(), title)
                .ifPresent(insight -> present.forEach(
                        target -> evidence.link(event.slug(), event.creatorUserId(), insight.id(), target)));
    }

    private Optional<EvidenceTarget> painPoint(WorkspaceContext context, String words) {
        return journeys.findPainPoints(context, words, 1).stream()
                .findFirst()
                .map(p -> new EvidenceTarget(Kind.PAIN_POINT, p.id()));
    }

    private Optional<EvidenceTarget> stage(WorkspaceContext context, String name) {
        return journeys.findStages(context, name, 5).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .map(s -> new EvidenceTarget(Kind.JOURNEY_STAGE, s.id()));
    }

    private Optional<EvidenceTarget> userGoal(WorkspaceContext context, String words) {
        return personas.findUserGoals(context, words, 1).stream()
                .findFirst()
                .map(g -> new EvidenceTarget(Kind.USER_GOAL, g.id()));
    }
}

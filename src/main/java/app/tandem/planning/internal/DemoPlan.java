package app.tandem.planning.internal;

import app.tandem.goal.GoalView;
import app.tandem.planning.PlanSettingsInput;
import app.tandem.planning.Plans;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceCreated;
import app.tandem.workspace.Workspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Budgetly's plan settings: the conversion goal weighs 5 (what the business lives on), keeping new
 * users past their first week 4, the landing page 3; each team's weekly capacity in person-weeks
 * (the size of the team, less meetings and support). With the demo's initiatives this tells the
 * plan's story: the onboarding e-mail rewrite ranks near the top because week-1 retention is off
 * track, the premium tier is flagged against a user goal, and the landing page waits on IT's form
 * endpoint.
 */
@Component
class DemoPlan {

    static final Map<String, Integer> WEIGHTS =
            Map.of("Grow trial-to-paid", 5, "Keep new users", 4, "A landing page", 3);

    static final Map<String, Double> CAPACITIES =
            Map.of("Marketing", 4.0, "Design", 3.0, "IT", 2.5, "Sales", 2.0, "Support", 1.5);

    private final Plans plans;
    private final PlanSources sources;
    private final Workspaces workspaces;

    DemoPlan(Plans plans, PlanSources sources, Workspaces workspaces) {
        this.plans = plans;
        this.sources = sources;
        this.workspaces = workspaces;
    }

    /** After the goals (25) and the initiatives (40). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Order(50)
    void on(WorkspaceCreated event) {
        if (!event.demo()) {
            return;
        }
        WorkspaceContext context = workspaces.access(event.slug(), event.creatorUserId());
        List<PlanSettingsInput.GoalWeight> weights = new ArrayList<>();
        for (GoalView goal : sources.goals(context)) {
            WEIGHTS.forEach((prefix, weight) -> {
                if (goal.title().startsWith(prefix)) {
                    weights.add(new PlanSettingsInput.GoalWeight(goal.id(), weight));
                }
            });
        }
        List<PlanSettingsInput.TeamCapacity> capacities = new ArrayList<>();
        for (TeamView team : workspaces.allTeams(context)) {
            Double capacity = CAPACITIES.get(team.name());
            if (capacity != null) {
                capacities.add(new PlanSettingsInput.TeamCapacity(team.id(), capacity));
            }
        }
        plans.updateSettings(
                event.slug(),
                event.creatorUserId(),
                new PlanSettingsInput(null, null, null, weights, capacities, null, 0L));
    }
}

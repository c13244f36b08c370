package app.tandem.planning.internal;

import app.tandem.initiative.PlannedDates;
import app.tandem.planning.Plans;
import app.tandem.planning.core.DependencyCycle;
import app.tandem.planning.core.FormulaInvalid;
import app.tandem.workspace.WorkspaceContext;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The roadmap's planned dates: those today's plan gives, under the workspace's model and settings. */
@Component
class PlannedDatesFromPlan implements PlannedDates {

    private final Plans plans;

    PlannedDatesFromPlan(Plans plans) {
        this.plans = plans;
    }

    /** None when the plan cannot be made (a custom formula refused since it was saved): the roadmap still shows. */
    @Override
    public Map<Long, Planned> of(WorkspaceContext context) {
        Map<Long, Planned> planned = new HashMap<>();
        try {
            plans.plannedDates(context)
                    .forEach((id, dates) -> planned.put(id, new Planned(dates.start(), dates.end())));
        } catch (DependencyCycle | FormulaInvalid unplannable) {
            return Map.of();
        }
        return planned;
    }
}

package app.tandem.planning.core;

import static app.tandem.planning.core.Plans.TODAY;
import static app.tandem.planning.core.Plans.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import app.tandem.planning.core.ValueEffortMatrix.Placement;
import app.tandem.planning.core.ValueEffortMatrix.Quadrant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueEffortMatrixTest {

    private static final Goal REVENUE = new Goal(1, "Grow revenue", 5);
    private static final Goal BRAND = new Goal(2, "Be known for budgeting", 2);
    private static final Kpi RETENTION = new Kpi(10, "week-1 retention", true, 10, Kpi.Health.OFF_TRACK, false);
    private static final Kpi COMPLAINTS = new Kpi(11, "complaints a week", false, 4, Kpi.Health.AT_RISK, true);
    private static final UserGoal NO_SURPRISES = new UserGoal(20, "Never be surprised by a charge", 5);
    private static final UserGoal NICE = new UserGoal(21, "Nice colours", 3);

    private static ValueEffortMatrix matrix(Item... items) {
        return ValueEffortMatrix.of(new PlanInput(
                List.of(items),
                List.of(),
                List.of(REVENUE, BRAND),
                List.of(RETENTION, COMPLAINTS),
                List.of(NO_SURPRISES, NICE),
                List.of(),
                TODAY));
    }

    @Test
    void placesEachOpenInitiativeOnFixedThresholds() {
        // value 5 × 0.4 × 2 = 4 (high), 2 person-weeks (low)
        Item quick = item(1, "Quick").goal(1, 10, 4).effort(100, 2).build();
        // value 4 (high), 8 person-weeks (high)
        Item bet = item(2, "Bet").goal(1, 10, 4).effort(100, 8).build();
        // value 2 × 0.25 = 0.5 (low), 1 person-week (low)
        Item fill = item(3, "Fill").goal(2).effort(100, 1).build();
        // value 0.5 + 0.1 × 3 × 3 = 1.4 (low), 10 person-weeks (high)
        Item pit = item(4, "Pit").goal(2).helps(21, 3).effort(100, 10).build();
        // on the thresholds: 2 × 0.5 × 2 = 2.0 is high value, 4 person-weeks is not yet high effort
        Item edge = item(5, "Edge").goal(2, 10, 5).effort(100, 4).build();
        Item done = item(6, "Done").goal(1, 10, 4).status(Item.Status.DONE).build();

        ValueEffortMatrix matrix = matrix(quick, bet, fill, pit, edge, done);

        assertThat(matrix.placements())
                .extracting(Placement::itemId, Placement::quadrant)
                .containsExactly(
                        tuple(1L, Quadrant.QUICK_WIN),
                        tuple(2L, Quadrant.BIG_BET),
                        tuple(3L, Quadrant.FILL_IN),
                        tuple(4L, Quadrant.MONEY_PIT),
                        tuple(5L, Quadrant.QUICK_WIN));
        Placement pitPlacement = matrix.placements().get(3);
        assertThat(pitPlacement.businessValue()).isEqualTo(0.5);
        assertThat(pitPlacement.userValue()).isCloseTo(0.9, within(1e-9));
        assertThat(pitPlacement.effort()).isEqualTo(10);
        assertThat(pitPlacement.flag()).isNull();
    }

    @Test
    void monetisationHurtingAnImportantUserGoalIsFlaggedWithTheGuardrailsItTouches() {
        Item surcharge = item(1, "Card surcharge")
                .kind(Item.Kind.MONETISATION)
                .goal(1, 10, 2)
                .goal(1, 11, 1) // a guardrail
                .hurts(20, 2) // importance 5
                .hurts(21, 3) // importance 3: not important enough to name
                .build();
        Item noGuardrail = item(2, "Premium tier")
                .kind(Item.Kind.MONETISATION)
                .goal(1, 10, 1)
                .hurts(20, 1)
                .build();
        Item gentle =
                item(3, "Tip jar").kind(Item.Kind.MONETISATION).hurts(21, 3).build();
        Item notMoney = item(4, "Hide fees").hurts(20, 3).build();

        List<Placement> placements =
                matrix(surcharge, noGuardrail, gentle, notMoney).placements();

        ValueEffortMatrix.Flag flag = placements.get(0).flag();
        assertThat(flag).isNotNull();
        assertThat(flag.hurtUserGoals()).containsExactly(NO_SURPRISES);
        assertThat(flag.guardrails()).containsExactly(COMPLAINTS);
        assertThat(flag.sentence())
                .isEqualTo("Makes money but hurts “Never be surprised by a charge” (importance 5);"
                        + " watch the guardrail KPI “complaints a week” (at risk).");
        assertThat(placements.get(1).flag()).isNotNull();
        assertThat(placements.get(1).flag().sentence())
                .isEqualTo("Makes money but hurts “Never be surprised by a charge” (importance 5);"
                        + " it touches no guardrail KPI.");
        assertThat(placements.get(2).flag()).isNull();
        assertThat(placements.get(3).flag()).isNull();
    }
}

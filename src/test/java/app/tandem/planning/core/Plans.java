package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Test fixtures: an initiative built step by step, and a plan input around it. */
final class Plans {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2); // a Wednesday
    static final LocalDate FIRST_WEEK = LocalDate.of(2026, 12, 7);

    private Plans() {}

    static ItemBuilder item(long id, String title) {
        return new ItemBuilder(id, title);
    }

    static PlanInput input(List<Item> items) {
        return new PlanInput(items, List.of(), List.of(), List.of(), List.of(), List.of(), TODAY);
    }

    static final class ItemBuilder {
        private final long id;
        private final String title;
        private Item.Kind kind = Item.Kind.FEATURE;
        private Item.Status status = Item.Status.PROPOSED;
        private @Nullable LocalDate start;
        private @Nullable LocalDate due;
        private Item.Confidence confidence = Item.Confidence.HIGH;
        private final Map<Long, Double> effort = new HashMap<>();
        private final List<Item.GoalLink> goals = new ArrayList<>();
        private final List<Item.UserGoalLink> userGoals = new ArrayList<>();
        private Item.Evidence evidence = Item.Evidence.NONE;
        private Item.ItReview itReview = Item.ItReview.NOT_NEEDED;
        private final List<Long> stages = new ArrayList<>();

        private ItemBuilder(long id, String title) {
            this.id = id;
            this.title = title;
        }

        ItemBuilder kind(Item.Kind kind) {
            this.kind = kind;
            return this;
        }

        ItemBuilder status(Item.Status status) {
            this.status = status;
            return this;
        }

        ItemBuilder dates(LocalDate start, LocalDate due) {
            this.start = start;
            this.due = due;
            return this;
        }

        ItemBuilder confidence(Item.Confidence confidence) {
            this.confidence = confidence;
            return this;
        }

        ItemBuilder effort(long teamId, double personWeeks) {
            effort.put(teamId, personWeeks);
            return this;
        }

        ItemBuilder goal(long goalId) {
            goals.add(new Item.GoalLink(goalId, null, null));
            return this;
        }

        ItemBuilder goal(long goalId, long kpiId, double expectedChange) {
            goals.add(new Item.GoalLink(goalId, kpiId, expectedChange));
            return this;
        }

        ItemBuilder helps(long userGoalId, int strength) {
            userGoals.add(new Item.UserGoalLink(userGoalId, true, strength));
            return this;
        }

        ItemBuilder hurts(long userGoalId, int strength) {
            userGoals.add(new Item.UserGoalLink(userGoalId, false, strength));
            return this;
        }

        ItemBuilder evidence(int insights, long reach) {
            this.evidence = new Item.Evidence(insights, reach);
            return this;
        }

        ItemBuilder itReview(Item.ItReview itReview) {
            this.itReview = itReview;
            return this;
        }

        ItemBuilder stages(long... stageIds) {
            for (long stageId : stageIds) {
                stages.add(stageId);
            }
            return this;
        }

        Item build() {
            return new Item(
                    id,
                    title,
                    kind,
                    status,
                    start,
                    due,
                    confidence,
                    effort,
                    goals,
                    userGoals,
                    evidence,
                    itReview,
                    stages);
        }
    }
}

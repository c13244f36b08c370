package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The plan input's initiatives, immutable, with what the schedule and the conflicts read of each
 * packed into arrays (id, title, status, kind, IT review, confidence, dates as epoch days, efforts per team
 * and their total, goal links and user-goal links as compressed rows) and an index from ids to positions: made once with the input, read by every plan computed from it (a what-if or a
 * comparison of models computes several) without visiting each initiative's objects again. To
 * everyone else it is a read-only {@code List<Item>}; a null initiative is refused.
 */
final class Initiatives extends AbstractList<Item> implements RandomAccess {

    /** An epoch day standing for "no date". */
    static final long NO_DATE = Long.MIN_VALUE;

    private final Item[] all;
    private final long[] ids;
    private final String[] titles;
    private final Item.Status[] statuses;
    private final Item.Kind[] kinds;
    private final Item.ItReview[] reviews;
    private final Item.Confidence[] confidences;
    private final int[] goalStart; // the goal links of position p: goalStart[p]..goalStart[p + 1]
    private final long[] goalLinks; // packed as GoalLinks packs them
    private final long[] starts;
    private final long[] dues;
    private final int[] effortStart; // the efforts of position p: effortStart[p]..effortStart[p + 1]
    private final long[] effortTeam;
    private final double[] effortAmount;
    private final double[] totalEfforts;
    private final int[] userGoalStart; // the user-goal links of position p: userGoalStart[p]..userGoalStart[p + 1]
    private final long[] userGoalIds;
    private final boolean[] userGoalHelps;
    private final int[] userGoalStrengths;
    private final IdIndex positions;

    private Initiatives(List<Item> given) {
        all = given.toArray(new Item[0]);
        int n = all.length;
        ids = new long[n];
        titles = new String[n];
        statuses = new Item.Status[n];
        kinds = new Item.Kind[n];
        reviews = new Item.ItReview[n];
        confidences = new Item.Confidence[n];
        totalEfforts = new double[n];
        userGoalStart = new int[n + 1];
        goalStart = new int[n + 1];
        starts = new long[n];
        dues = new long[n];
        effortStart = new int[n + 1];
        for (int p = 0; p < n; p++) {
            Item item = Objects.requireNonNull(all[p], "an initiative");
            ids[p] = item.id();
            titles[p] = item.title();
            statuses[p] = item.status();
            kinds[p] = item.kind();
            reviews[p] = item.itReview();
            confidences[p] = item.confidence();
            totalEfforts[p] = item.totalEffort();
            userGoalStart[p + 1] = userGoalStart[p] + item.userGoals().size();
            goalStart[p + 1] = goalStart[p] + item.goalLinks().count();
            starts[p] = day(item.start());
            dues[p] = day(item.due());
            effortStart[p + 1] = effortStart[p] + item.efforts().count();
        }
        effortTeam = new long[effortStart[n]];
        effortAmount = new double[effortStart[n]];
        for (int p = 0; p < n; p++) {
            Efforts efforts = all[p].efforts();
            for (int e = 0; e < efforts.count(); e++) {
                effortTeam[effortStart[p] + e] = efforts.team(e);
                effortAmount[effortStart[p] + e] = efforts.amount(e);
            }
        }
        userGoalIds = new long[userGoalStart[n]];
        userGoalHelps = new boolean[userGoalStart[n]];
        userGoalStrengths = new int[userGoalStart[n]];
        for (int p = 0; p < n; p++) {
            List<Item.UserGoalLink> links = all[p].userGoals();
            for (int u = 0; u < links.size(); u++) {
                Item.UserGoalLink link = links.get(u);
                userGoalIds[userGoalStart[p] + u] = link.userGoalId();
                userGoalHelps[userGoalStart[p] + u] = link.helps();
                userGoalStrengths[userGoalStart[p] + u] = link.strength();
            }
        }
        goalLinks = new long[goalStart[n] * GoalLinks.STRIDE];
        for (int p = 0; p < n; p++) {
            all[p].goalLinks().copyTo(goalLinks, goalStart[p]);
        }
        positions = IdIndex.of(ids); // a later initiative with the same id replaces an earlier one
    }

    static Initiatives of(List<Item> given) {
        return given instanceof Initiatives initiatives ? initiatives : new Initiatives(given);
    }

    private static long day(@Nullable LocalDate date) {
        return date == null ? NO_DATE : date.toEpochDay();
    }

    long id(int p) {
        return ids[p];
    }

    String title(int p) {
        return titles[p];
    }

    Item.Status status(int p) {
        return statuses[p];
    }

    Item.Kind kind(int p) {
        return kinds[p];
    }

    Item.ItReview itReview(int p) {
        return reviews[p];
    }

    Item.Confidence confidence(int p) {
        return confidences[p];
    }

    /** The total effort in person-weeks, as {@link Item#totalEffort()}. */
    double totalEffort(int p) {
        return totalEfforts[p];
    }

    /** The first of position {@code p}'s user-goal links, numbered over all initiatives. */
    int userGoalFirst(int p) {
        return userGoalStart[p];
    }

    int userGoalEnd(int p) {
        return userGoalStart[p + 1];
    }

    long userGoalId(int u) {
        return userGoalIds[u];
    }

    boolean userGoalHelps(int u) {
        return userGoalHelps[u];
    }

    int userGoalStrength(int u) {
        return userGoalStrengths[u];
    }

    /** All initiatives' goal links, packed as {@link GoalLinks} packs them; position {@code p}'s from {@link #goalFirst}. */
    long[] goalLinks() {
        return goalLinks;
    }

    /** The first of position {@code p}'s goal links, numbered over all initiatives. */
    int goalFirst(int p) {
        return goalStart[p];
    }

    int goalEnd(int p) {
        return goalStart[p + 1];
    }

    long goalId(int g) {
        return GoalLinks.goalId(goalLinks, g);
    }

    boolean hasKpi(int g) {
        return GoalLinks.hasKpi(goalLinks, g);
    }

    /** The KPI of goal link {@code g}; meaningful only when {@link #hasKpi}. */
    long kpiId(int g) {
        return GoalLinks.kpiId(goalLinks, g);
    }

    boolean hasChange(int g) {
        return GoalLinks.hasChange(goalLinks, g);
    }

    /** The expected change of goal link {@code g}; meaningful only when {@link #hasChange}. */
    double change(int g) {
        return GoalLinks.change(goalLinks, g);
    }

    /** The start as an epoch day, or {@link #NO_DATE}. */
    long start(int p) {
        return starts[p];
    }

    /** The due date as an epoch day, or {@link #NO_DATE}. */
    long due(int p) {
        return dues[p];
    }

    int effortFirst(int p) {
        return effortStart[p];
    }

    int effortEnd(int p) {
        return effortStart[p + 1];
    }

    long effortTeam(int e) {
        return effortTeam[e];
    }

    double effortAmount(int e) {
        return effortAmount[e];
    }

    /** Ids to positions; an id given twice has its last position. */
    IdIndex positions() {
        return positions;
    }

    @Override
    public Item get(int index) {
        return all[index];
    }

    @Override
    public int size() {
        return all.length;
    }
}

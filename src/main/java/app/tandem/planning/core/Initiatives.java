package app.tandem.planning.core;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
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
        starts = new long[n];
        dues = new long[n];
        userGoalStart = new int[n + 1];
        goalStart = new int[n + 1];
        effortStart = new int[n + 1];
        // One pass, each initiative's objects read once (they lie all over the heap: a pass per row
        // kind read them again), its rows appended to arrays that grow as needed.
        Rows rows = new Rows(n);
        for (int p = 0; p < n; p++) {
            Item item = Objects.requireNonNull(all[p], "an initiative");
            ids[p] = item.id();
            titles[p] = item.title();
            statuses[p] = item.status();
            kinds[p] = item.kind();
            reviews[p] = item.itReview();
            confidences[p] = item.confidence();
            starts[p] = day(item.start());
            dues[p] = day(item.due());
            Efforts efforts = item.efforts();
            totalEfforts[p] = efforts.total();
            effortStart[p + 1] = rows.efforts(efforts);
            goalStart[p + 1] = rows.goalLinks(item.goalLinks());
            userGoalStart[p + 1] = rows.userGoals(item.userGoals());
        }
        effortTeam = Arrays.copyOf(rows.effortTeam, effortStart[n]);
        effortAmount = Arrays.copyOf(rows.effortAmount, effortStart[n]);
        goalLinks = Arrays.copyOf(rows.goalLinks, goalStart[n] * GoalLinks.STRIDE);
        userGoalIds = Arrays.copyOf(rows.userGoalIds, userGoalStart[n]);
        userGoalHelps = Arrays.copyOf(rows.userGoalHelps, userGoalStart[n]);
        userGoalStrengths = Arrays.copyOf(rows.userGoalStrengths, userGoalStart[n]);
        positions = IdIndex.of(ids); // a later initiative with the same id replaces an earlier one
    }

    /** The compressed rows while they are read: efforts, goal links and user-goal links, appended. */
    private static final class Rows {
        long[] effortTeam;
        double[] effortAmount;
        int efforts;
        long[] goalLinks;
        int links;
        long[] userGoalIds;
        boolean[] userGoalHelps;
        int[] userGoalStrengths;
        int userGoals;

        Rows(int initiatives) {
            int guess = Math.max(16, initiatives * 2);
            effortTeam = new long[guess];
            effortAmount = new double[guess];
            goalLinks = new long[guess * GoalLinks.STRIDE];
            userGoalIds = new long[guess];
            userGoalHelps = new boolean[guess];
            userGoalStrengths = new int[guess];
        }

        /** Appends an initiative's efforts; returns the end of its row. */
        int efforts(Efforts given) {
            int count = given.count();
            if (efforts + count > effortTeam.length) {
                int bigger = Math.max(effortTeam.length * 2, efforts + count);
                effortTeam = Arrays.copyOf(effortTeam, bigger);
                effortAmount = Arrays.copyOf(effortAmount, bigger);
            }
            for (int e = 0; e < count; e++) {
                effortTeam[efforts] = given.team(e);
                effortAmount[efforts] = given.amount(e);
                efforts++;
            }
            return efforts;
        }

        int goalLinks(GoalLinks given) {
            int count = given.count();
            if ((links + count) * GoalLinks.STRIDE > goalLinks.length) {
                goalLinks =
                        Arrays.copyOf(goalLinks, Math.max(goalLinks.length * 2, (links + count) * GoalLinks.STRIDE));
            }
            given.copyTo(goalLinks, links);
            links += count;
            return links;
        }

        int userGoals(List<Item.UserGoalLink> given) {
            int count = given.size();
            if (userGoals + count > userGoalIds.length) {
                int bigger = Math.max(userGoalIds.length * 2, userGoals + count);
                userGoalIds = Arrays.copyOf(userGoalIds, bigger);
                userGoalHelps = Arrays.copyOf(userGoalHelps, bigger);
                userGoalStrengths = Arrays.copyOf(userGoalStrengths, bigger);
            }
            for (int u = 0; u < count; u++) {
                Item.UserGoalLink link = given.get(u);
                userGoalIds[userGoals] = link.userGoalId();
                userGoalHelps[userGoals] = link.helps();
                userGoalStrengths[userGoals] = link.strength();
                userGoals++;
            }
            return userGoals;
        }
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

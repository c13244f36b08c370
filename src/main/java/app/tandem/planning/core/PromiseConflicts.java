package app.tandem.planning.core;

import app.tandem.support.DayWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a campaign promises that the product does not yet deliver. A campaign (an open initiative of
 * kind {@link Item.Kind#CAMPAIGN}) promotes the features it depends on through a dependency marked
 * {@link Dependency#feature()}.
 *
 * <ul>
 *   <li>{@link Conflict.Kind#PROMISE_BEFORE_FEATURE}: the campaign's planned start is on or before the
 *       planned end of a feature it promotes (so the feature is not ready on the day the campaign
 *       starts); a feature that is done or whose hand-off was delivered is ready.
 *   <li>{@link Conflict.Kind#PROMISE_ON_PAIN}: a journey stage the campaign addresses, or one its
 *       promoted (open) features address, has a pain point of severity {@link PainPoint#SEVERE} or
 *       more that is not addressed; one conflict per campaign and pain point, naming the feature when
 *       the stage is the feature's.
 * </ul>
 */
final class PromiseConflicts {

    private PromiseConflicts() {}

    static List<Conflict> of(PlanInput input, Schedule schedule) {
        List<Item> all = input.initiatives();
        // the dependencies by which an open campaign promotes a feature, as rows per campaign position
        // (compressed), found through the input's index of positions: no map of every initiative
        Initiatives table = input.initiativeTable();
        IdIndex positions = table.positions();
        Dependencies dependencies = input.dependencyTable();
        int[] campaignOf = new int[dependencies.featureCount()]; // per dependency on a feature
        int[] rowStart = null;
        int promotions = 0;
        for (int k = 0; k < campaignOf.length; k++) { // only the dependencies on a feature
            int p = dependencies.dependantAt(dependencies.feature(k));
            campaignOf[k] = p >= 0 && isOpenCampaign(all.get(p)) ? p : -1;
            if (campaignOf[k] >= 0) {
                if (rowStart == null) {
                    rowStart = new int[all.size() + 1];
                }
                rowStart[campaignOf[k] + 1]++;
                promotions++;
            }
        }
        int[] promoted = new int[promotions];
        if (rowStart != null) {
            for (int p = 0; p < all.size(); p++) {
                rowStart[p + 1] += rowStart[p];
            }
            int[] fill = Arrays.copyOf(rowStart, all.size());
            for (int k = 0; k < campaignOf.length; k++) {
                if (campaignOf[k] >= 0) {
                    promoted[fill[campaignOf[k]]++] = dependencies.feature(k);
                }
            }
        }
        Map<Long, List<PainPoint>> severe = new HashMap<>();
        for (PainPoint pain : input.painPoints()) {
            if (pain.severity() >= PainPoint.SEVERE && !pain.addressed()) {
                severe.computeIfAbsent(pain.stageId(), k -> new ArrayList<>()).add(pain);
            }
        }
        if (promotions == 0 && severe.isEmpty()) {
            return List.of();
        }
        Slots slots = Slots.of(schedule);

        List<Conflict> conflicts = new ArrayList<>();
        for (int c = 0; c < all.size(); c++) {
            if (table.kind(c) != Item.Kind.CAMPAIGN || table.status(c).isFinal() || positions.get(table.id(c)) != c) {
                continue; // not an open campaign, or an earlier copy of an id given twice
            }
            Item campaign = all.get(c);
            int first = rowStart == null ? 0 : rowStart[c];
            int last = rowStart == null ? 0 : rowStart[c + 1];
            for (int k = first; k < last; k++) {
                Dependency d = dependencies.get(promoted[k]);
                int f = dependencies.providerAt(promoted[k]);
                Item feature = f < 0 ? null : all.get(f);
                if (feature == null || feature.status().isFinal() || d.delivered()) {
                    continue;
                }
                Schedule.Slot campaignSlot = slots.of(campaign.id());
                Schedule.Slot featureSlot = slots.of(feature.id());
                if (campaignSlot == null
                        || featureSlot == null
                        || featureSlot.end().isBefore(campaignSlot.start())) {
                    continue;
                }
                conflicts.add(new Conflict(
                        Conflict.Kind.PROMISE_BEFORE_FEATURE,
                        List.of(campaign.id(), feature.id()),
                        "“" + campaign.title() + "” starts on " + DayWords.of(campaignSlot.start()) + " but promotes “"
                                + feature.title() + "”, planned to be finished only on "
                                + DayWords.of(featureSlot.end())
                                + "."));
            }
            if (severe.isEmpty()) {
                continue;
            }
            Set<Long> reported = new HashSet<>();
            for (long stage : campaign.stages()) {
                for (PainPoint pain : severe.getOrDefault(stage, List.of())) {
                    if (reported.add(pain.id())) {
                        conflicts.add(new Conflict(
                                Conflict.Kind.PROMISE_ON_PAIN,
                                List.of(campaign.id()),
                                "“" + campaign.title() + "” promotes an experience where users still meet the"
                                        + " severe pain point “" + pain.text() + "”.",
                                pain.id()));
                    }
                }
            }
            for (int k = first; k < last; k++) {
                Dependency d = dependencies.get(promoted[k]);
                int f = dependencies.providerAt(promoted[k]);
                Item feature = f < 0 ? null : all.get(f);
                if (feature == null || feature.status().isFinal()) {
                    continue;
                }
                for (long stage : feature.stages()) {
                    for (PainPoint pain : severe.getOrDefault(stage, List.of())) {
                        if (reported.add(pain.id())) {
                            conflicts.add(new Conflict(
                                    Conflict.Kind.PROMISE_ON_PAIN,
                                    List.of(campaign.id(), feature.id()),
                                    "“" + campaign.title() + "” promotes “" + feature.title()
                                            + "”, where users still meet the severe pain point “" + pain.text()
                                            + "”.",
                                    pain.id()));
                        }
                    }
                }
            }
        }
        return conflicts;
    }

    /** The slot of an initiative: from the scheduler's arrays, or a map of a schedule given as a list. */
    private interface Slots {
        Schedule.@Nullable Slot of(long itemId);

        static Slots of(Schedule schedule) {
            if (schedule.slots() instanceof ScheduledSlots computed) {
                return itemId -> {
                    int i = computed.indexOf(itemId);
                    return i < 0 ? null : computed.get(i);
                };
            }
            Map<Long, Schedule.Slot> byId = new HashMap<>();
            schedule.slots().forEach(s -> byId.put(s.itemId(), s));
            return byId::get;
        }
    }

    private static boolean isOpenCampaign(Item item) {
        return item.kind() == Item.Kind.CAMPAIGN && !item.status().isFinal();
    }
}

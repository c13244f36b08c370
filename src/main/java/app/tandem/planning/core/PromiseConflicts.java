package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Map<Long, Item> items = new HashMap<>();
        input.initiatives().forEach(i -> items.put(i.id(), i));
        Map<Long, Schedule.Slot> slots = new HashMap<>();
        schedule.slots().forEach(s -> slots.put(s.itemId(), s));
        Map<Long, List<PainPoint>> severe = new HashMap<>();
        for (PainPoint pain : input.painPoints()) {
            if (pain.severity() >= PainPoint.SEVERE && !pain.addressed()) {
                severe.computeIfAbsent(pain.stageId(), k -> new ArrayList<>()).add(pain);
            }
        }
        Map<Long, List<Dependency>> promoted = new HashMap<>();
        for (Dependency d : input.dependencies()) {
            Item campaign = items.get(d.dependantId());
            if (d.feature() && campaign != null && isOpenCampaign(campaign)) {
                promoted.computeIfAbsent(campaign.id(), k -> new ArrayList<>()).add(d);
            }
        }

        List<Conflict> conflicts = new ArrayList<>();
        for (Item campaign : input.initiatives()) {
            if (!isOpenCampaign(campaign)) {
                continue;
            }
            List<Dependency> features = promoted.getOrDefault(campaign.id(), List.of());
            Schedule.Slot campaignSlot = slots.get(campaign.id());
            for (Dependency d : features) {
                Item feature = items.get(d.providerId());
                Schedule.Slot featureSlot = slots.get(d.providerId());
                if (feature == null
                        || feature.status().isFinal()
                        || d.delivered()
                        || campaignSlot == null
                        || featureSlot == null
                        || featureSlot.end().isBefore(campaignSlot.start())) {
                    continue;
                }
                conflicts.add(new Conflict(
                        Conflict.Kind.PROMISE_BEFORE_FEATURE,
                        List.of(campaign.id(), feature.id()),
                        "“" + campaign.title() + "” starts on " + campaignSlot.start() + " but promotes “"
                                + feature.title() + "”, planned to be finished only on " + featureSlot.end()
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
                                        + " severe pain point “" + pain.text() + "”."));
                    }
                }
            }
            for (Dependency d : features) {
                Item feature = items.get(d.providerId());
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
                                            + "”."));
                        }
                    }
                }
            }
        }
        return conflicts;
    }

    private static boolean isOpenCampaign(Item item) {
        return item.kind() == Item.Kind.CAMPAIGN && !item.status().isFinal();
    }
}

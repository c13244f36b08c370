package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open initiatives' ranks under several scoring models side by side, and those the models
 * disagree on: an initiative whose best and worst ranks are {@value #RANK_SPREAD} or more apart, or
 * that is in the top {@value #TOP} under one model and not under another.
 *
 * @param rows one per open initiative, in the order of the first model's ranking; {@code ranks} in
 *     the order of {@code models}
 * @param disagreements widest spread first, then best rank, then id
 */
public record ModelComparison(List<ScoringModel> models, List<Row> rows, List<Disagreement> disagreements) {

    /** Ranks this far apart (or more) are a disagreement. */
    public static final int RANK_SPREAD = 3;
    /** Being in the top this many under one model and not another is a disagreement. */
    public static final int TOP = 5;

    public ModelComparison {
        models = List.copyOf(models);
        rows = List.copyOf(rows);
        disagreements = List.copyOf(disagreements);
    }

    /** One initiative's rank under each model. */
    public record Row(long itemId, String title, List<Integer> ranks) {
        public Row {
            ranks = List.copyOf(ranks);
        }
    }

    /** An initiative the models rank far apart, with its best and worst rank and a sentence. */
    public record Disagreement(
            long itemId,
            String title,
            int bestRank,
            ScoringModel best,
            int worstRank,
            ScoringModel worst,
            String sentence) {}

    /**
     * Ranks the input under each model.
     *
     * @throws IllegalArgumentException when no model is given
     * @throws FormulaInvalid when a custom formula is refused
     */
    public static ModelComparison of(PlanInput input, List<ScoringModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("Compare at least one scoring model");
        }
        List<Ranking> rankings = new ArrayList<>(models.size());
        List<Map<Long, Integer>> ranks = new ArrayList<>(models.size());
        for (ScoringModel model : models) {
            Ranking ranking = Ranking.of(input, model);
            rankings.add(ranking);
            Map<Long, Integer> byId = new HashMap<>();
            ranking.items().forEach(r -> byId.put(r.itemId(), r.rank()));
            ranks.add(byId);
        }
        List<Row> rows = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Ranking.Ranked first : rankings.getFirst().items()) {
            List<Integer> itemRanks = new ArrayList<>(models.size());
            int best = 0;
            int worst = 0;
            for (int m = 0; m < models.size(); m++) {
                int rank = ranks.get(m).get(first.itemId());
                itemRanks.add(rank);
                if (rank < itemRanks.get(best)) {
                    best = m;
                }
                if (rank > itemRanks.get(worst)) {
                    worst = m;
                }
            }
            rows.add(new Row(first.itemId(), first.title(), itemRanks));
            int bestRank = itemRanks.get(best);
            int worstRank = itemRanks.get(worst);
            if (worstRank - bestRank >= RANK_SPREAD || (bestRank <= TOP && worstRank > TOP)) {
                String sentence = "“" + first.title() + "” ranks " + ordinal(bestRank) + " under "
                        + models.get(best).label() + " but " + ordinal(worstRank) + " under "
                        + models.get(worst).label() + ".";
                disagreements.add(new Disagreement(
                        first.itemId(),
                        first.title(),
                        bestRank,
                        models.get(best),
                        worstRank,
                        models.get(worst),
                        sentence));
            }
        }
        disagreements.sort(Comparator.comparingInt((Disagreement d) -> d.bestRank() - d.worstRank())
                .thenComparingInt(Disagreement::bestRank)
                .thenComparingLong(Disagreement::itemId));
        return new ModelComparison(models, rows, disagreements);
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ... */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}

package app.tandem.planning.core;

import java.util.Arrays;
import java.util.List;

/**
 * The open initiatives ordered by score, highest first, ties by id; done and dropped ones are left
 * out. Ranks run 1..n.
 */
public record Ranking(Scoring.Method method, List<Ranked> items) {

    public Ranking {
        items = List.copyOf(items);
    }

    /** One ranked initiative with its score, breakdown and sentence. */
    public record Ranked(int rank, long itemId, String title, Score score) {}

    public static Ranking of(PlanInput input, Scoring.Method method) {
        return of(input, ScoringModel.of(method));
    }

    /**
     * The ranking under a workspace's scoring model.
     *
     * @throws FormulaInvalid when the model's custom formula is refused
     */
    public static Ranking of(PlanInput input, ScoringModel model) {
        Scoring scoring = new Scoring(input);
        List<Item> all = input.initiatives();
        Item[] items = new Item[all.size()];
        Score[] scores = new Score[all.size()];
        double[] values = new double[all.size()];
        long[] ids = new long[all.size()];
        int n = 0;
        for (Item item : all) {
            if (!item.status().isFinal()) {
                Score score = scoring.score(item, model);
                items[n] = item;
                scores[n] = score;
                values[n] = score.value();
                ids[n] = item.id();
                n++;
            }
        }
        int[] order = ScoreOrder.sort(values, ids, n);
        Ranked[] ranked = new Ranked[n];
        for (int r = 0; r < n; r++) {
            int i = order[r];
            ranked[r] = new Ranked(r + 1, ids[i], items[i].title(), scores[i]);
        }
        return new Ranking(model.method(), Arrays.asList(ranked));
    }

    /** The item ids in rank order. */
    public List<Long> ids() {
        return items.stream().map(Ranked::itemId).toList();
    }
}

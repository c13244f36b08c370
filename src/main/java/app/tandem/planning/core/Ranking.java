package app.tandem.planning.core;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

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
        return of(input, model, Parallel.parts(input.initiatives().size()));
    }

    /** The ranking, its scores computed in {@code parts} parts on the common pool's threads (1: this thread alone). */
    static Ranking of(PlanInput input, ScoringModel model, int parts) {
        Scoring scoring = new Scoring(input);
        List<Item> all = input.initiatives();
        Initiatives table = input.initiativeTable();
        int[] open = new int[all.size()]; // the input positions of the open initiatives
        int n = 0;
        for (int p = 0; p < open.length; p++) {
            if (!table.status(p).isFinal()) {
                open[n++] = p;
            }
        }
        String[] titles = new String[n]; // read from the table in input order: the ranked order visits them all over
        Score[] scores = new Score[n];
        double[] values = new double[n];
        long[] ids = new long[n];
        if (parts <= 1 || n < parts) {
            score(scoring, model, table, open, 0, n, titles, scores, values, ids);
        } else {
            // each part has its own scoring (made here, so a refused formula is thrown in this thread)
            Scoring[] scorings = new Scoring[parts];
            for (int part = 0; part < parts; part++) {
                scorings[part] = scoring.forAnotherThread(model);
            }
            int count = n;
            IntStream.range(0, parts)
                    .parallel()
                    .forEach(part -> score(
                            scorings[part],
                            model,
                            table,
                            open,
                            (int) ((long) count * part / parts),
                            (int) ((long) count * (part + 1) / parts),
                            titles,
                            scores,
                            values,
                            ids));
        }
        int[] order = ScoreOrder.sort(values, ids, n);
        Ranked[] ranked = new Ranked[n];
        for (int r = 0; r < n; r++) {
            int i = order[r];
            ranked[r] = new Ranked(r + 1, ids[i], titles[i], scores[i]);
        }
        return new Ranking(model.method(), Arrays.asList(ranked));
    }

    /** Scores the open initiatives {@code from..to} of {@code open} into the same places of the arrays. */
    private static void score(
            Scoring scoring,
            ScoringModel model,
            Initiatives table,
            int[] open,
            int from,
            int to,
            String[] titles,
            Score[] scores,
            double[] values,
            long[] ids) {
        for (int i = from; i < to; i++) {
            int p = open[i];
            Score score = scoring.score(table, p, table.get(p), model);
            titles[i] = table.title(p);
            scores[i] = score;
            values[i] = score.computed() ? score.value() : Double.NEGATIVE_INFINITY; // ranked last
            ids[i] = table.id(p);
        }
    }

    /** The item ids in rank order. */
    public List<Long> ids() {
        return items.stream().map(Ranked::itemId).toList();
    }
}

package app.tandem.planning.core;

import java.util.ArrayList;
import java.util.Comparator;
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
        record Scored(Item item, Score score) {}
        List<Scored> scored = new ArrayList<>();
        for (Item item : input.initiatives()) {
            if (!item.status().isFinal()) {
                scored.add(new Scored(item, scoring.score(item, model)));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score().value())
                .thenComparingLong(s -> s.item().id()));
        List<Ranked> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranked.add(new Ranked(i + 1, s.item().id(), s.item().title(), s.score()));
        }
        return new Ranking(model.method(), ranked);
    }

    /** The item ids in rank order. */
    public List<Long> ids() {
        return items.stream().map(Ranked::itemId).toList();
    }
}

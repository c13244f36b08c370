package app.tandem.persona;

import app.tandem.support.InvalidInput;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lays two or more team personas side by side to build a shared persona: their motivations,
 * frustrations and goals become rows, lines that say the same thing (ignoring case, punctuation
 * and spacing) share one row and are marked as in common. The team then decides per row to keep
 * it, merge it into another row of the same section, or drop it; nothing is dropped unless the
 * team says so, and every input line is accounted for in the result. Pure Java, no Spring.
 */
final class SharedPersonaBuilder {

    private SharedPersonaBuilder() {}

    /** A team persona as the builder sees it. */
    record Source(
            long personaId, String name, List<String> motivations, List<String> frustrations, List<String> goals) {

        public List<String> lines(Section section) {
            return switch (section) {
                case MOTIVATIONS -> motivations;
                case FRUSTRATIONS -> frustrations;
                case GOALS -> goals;
            };
        }
    }

    enum Section {
        MOTIVATIONS("m", "Motivations"),
        FRUSTRATIONS("f", "Frustrations"),
        GOALS("g", "Goals");

        private final String prefix;
        private final String label;

        Section(String prefix, String label) {
            this.prefix = prefix;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line of one team persona: whose, which section, where. */
    record Origin(long personaId, String personaName, Section section, int index, String text) {}

    /** A row of the draft: one line, or several that say the same, from one or more personas. */
    record Row(String key, Section section, String text, List<Origin> origins) {

        /** Said by at least two of the personas. */
        public boolean common() {
            return origins.stream().map(Origin::personaId).distinct().count() >= 2;
        }

        /** The line as {@code personaId} says it, or null when that persona does not say it. */
        public @Nullable String textOf(long personaId) {
            return origins.stream()
                    .filter(o -> o.personaId() == personaId)
                    .map(Origin::text)
                    .findFirst()
                    .orElse(null);
        }
    }

    record Draft(List<Source> sources, List<Row> rows) {

        public List<Row> rows(Section section) {
            return rows.stream().filter(r -> r.section() == section).toList();
        }

        public long commonCount() {
            return rows.stream().filter(Row::common).count();
        }

        public int inputLines() {
            return rows.stream().mapToInt(r -> r.origins().size()).sum();
        }
    }

    enum Action {
        KEEP,
        MERGE,
        DROP
    }

    /**
     * What the team decided for a row: keep it (optionally reworded), merge it into the row
     * {@code into} of the same section, or drop it.
     */
    record Decision(
            Action action, @Nullable String into, @Nullable String text) {

        static Decision keep() {
            return new Decision(Action.KEEP, null, null);
        }

        static Decision keep(String reworded) {
            return new Decision(Action.KEEP, null, reworded);
        }

        static Decision mergeInto(String rowKey) {
            return new Decision(Action.MERGE, rowKey, null);
        }

        static Decision drop() {
            return new Decision(Action.DROP, null, null);
        }
    }

    /** What became of one input line: kept or merged into {@code finalLine}, or dropped (null). */
    record Outcome(Origin origin, Action action, @Nullable String finalLine) {}

    record Result(List<String> motivations, List<String> frustrations, List<String> goals, List<Outcome> outcomes) {

        public List<Outcome> dropped() {
            return outcomes.stream().filter(o -> o.action() == Action.DROP).toList();
        }
    }

    /** The draft for {@code sources}: at least two different team personas. */
    static Draft draft(List<Source> sources) {
        if (sources.stream().map(Source::personaId).distinct().count() < 2) {
            throw new InvalidInput(
                    "sourcePersonaIds", "Choose at least two team personas to build a shared persona from.");
        }
        List<Row> rows = new ArrayList<>();
        for (Section section : Section.values()) {
            Map<String, List<Origin>> byLine = new LinkedHashMap<>();
            Map<String, String> firstText = new LinkedHashMap<>();
            for (Source source : sources) {
                List<String> lines = source.lines(section);
                for (int i = 0; i < lines.size(); i++) {
                    String text = lines.get(i).strip();
                    String normal = normalise(text);
                    if (normal.isEmpty()) {
                        normal = "#" + source.personaId() + ":" + i;
                    }
                    byLine.computeIfAbsent(normal, k -> new ArrayList<>())
                            .add(new Origin(source.personaId(), source.name(), section, i, text));
                    firstText.putIfAbsent(normal, text);
                }
            }
            int n = 0;
            for (Map.Entry<String, List<Origin>> entry : byLine.entrySet()) {
                rows.add(new Row(
                        section.prefix + n++, section, firstText.get(entry.getKey()), List.copyOf(entry.getValue())));
            }
        }
        return new Draft(List.copyOf(sources), List.copyOf(rows));
    }

    /**
     * Applies the team's decisions. Every row needs one; a merge must point at a kept row of the
     * same section. Refuses (naming the row) instead of guessing.
     */
    static Result resolve(Draft draft, Map<String, Decision> decisions) {
        Map<String, Row> rowsByKey = new LinkedHashMap<>();
        draft.rows().forEach(r -> rowsByKey.put(r.key(), r));
        for (String key : decisions.keySet()) {
            // a decision for no row (a typing mistake in a client, or a draft whose sources changed since)
            // is refused rather than ignored: its row would otherwise go its own way unseen
            if (!rowsByKey.containsKey(key)) {
                throw new InvalidInput(
                        "decisions[" + key + "]",
                        "The draft has no row '" + (key.length() > 40 ? key.substring(0, 40) + "…" : key)
                                + "': decide for the rows of the draft as it is now (get it again).");
            }
        }
        Map<String, String> finalText = new LinkedHashMap<>();
        for (Row row : draft.rows()) {
            Decision decision = decisions.get(row.key());
            if (decision == null) {
                throw new InvalidInput(
                        "decisions[" + row.key() + "]",
                        "Decide whether to keep, merge or drop \"" + row.text() + "\".");
            }
            if (decision.action() == Action.KEEP) {
                String text = decision.text() == null || decision.text().isBlank()
                        ? row.text()
                        : decision.text().strip();
                if (text.length() > Persona.MAX_LINE) {
                    throw new InvalidInput(
                            "decisions[" + row.key() + "]",
                            "The wording for \"" + row.text() + "\" has " + text.length()
                                    + " characters; a line has at most " + Persona.MAX_LINE + ".");
                }
                finalText.put(row.key(), text);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<Section, List<String>> lines = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            lines.put(section, new ArrayList<>());
        }
        for (Row row : draft.rows()) {
            Decision decision = decisions.get(row.key());
            switch (decision.action()) {
                case KEEP -> {
                    String text = finalText.get(row.key());
                    lines.get(row.section()).add(text);
                    for (int i = 0; i < row.origins().size(); i++) {
                        // Lines that say the same are merged into the one kept line.
                        outcomes.add(new Outcome(row.origins().get(i), i == 0 ? Action.KEEP : Action.MERGE, text));
                    }
                }
                case MERGE -> {
                    Row target = decision.into() == null ? null : rowsByKey.get(decision.into());
                    if (target == null || target.section() != row.section() || !finalText.containsKey(target.key())) {
                        throw new InvalidInput(
                                "decisions[" + row.key() + "]",
                                "Merge \"" + row.text() + "\" into a kept line of the same section.");
                    }
                    row.origins().forEach(o -> outcomes.add(new Outcome(o, Action.MERGE, finalText.get(target.key()))));
                }
                case DROP -> row.origins().forEach(o -> outcomes.add(new Outcome(o, Action.DROP, null)));
            }
        }
        if (outcomes.size() != draft.inputLines()) {
            throw new IllegalStateException("Every input line must be accounted for");
        }
        return new Result(
                List.copyOf(lines.get(Section.MOTIVATIONS)),
                List.copyOf(lines.get(Section.FRUSTRATIONS)),
                List.copyOf(lines.get(Section.GOALS)),
                List.copyOf(outcomes));
    }

    /** Lower case, no punctuation, single spaces: "Saves  money!" and "saves money" are the same line. */
    static String normalise(String line) {
        String folded = Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    }
}

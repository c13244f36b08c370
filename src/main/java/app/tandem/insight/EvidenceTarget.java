package app.tandem.insight;

import app.tandem.support.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an insight can be evidence for: a persona, a user goal, a journey stage or a pain point, by id.
 * The link is kept with the insight; pages of personas, user goals and journeys read it from the
 * other side ({@link InsightEvidence}).
 */
public record EvidenceTarget(Kind kind, long id) {

    /** The kinds of thing an insight proves, with how URLs and fields name them. */
    public enum Kind {
        PERSONA("persona", "personaIds", "persona"),
        USER_GOAL("user-goal", "userGoalIds", "user goal"),
        JOURNEY_STAGE("journey-stage", "journeyStageIds", "journey stage"),
        PAIN_POINT("pain-point", "painPointIds", "pain point");

        private final String segment;
        private final String field;
        private final String label;

        Kind(String segment, String field, String label) {
            this.segment = segment;
            this.field = field;
            this.label = label;
        }

        /** How a URL names the kind: {@code persona}, {@code user-goal}, {@code journey-stage}, {@code pain-point}. */
        public String segment() {
            return segment;
        }

        /** The field of an insight (form, JSON, search index) that holds links of this kind. */
        public String field() {
            return field;
        }

        /** How a sentence names it: "user goal". */
        public String label() {
            return label;
        }

        /** The kind a URL names, or a 400 naming {@code field} that lists the kinds there are. */
        public static Kind ofSegment(String segment, String field) {
            String wanted = segment.toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(k -> k.segment.equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput(
                            field,
                            "An insight proves one of: "
                                    + Arrays.stream(values()).map(Kind::segment).collect(Collectors.joining(", "))
                                    + "."));
        }
    }
}

package app.tandem.insight.routing;

import app.tandem.insight.InsightView;
import app.tandem.insight.SourceType;
import app.tandem.insight.internal.Insight;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A team's rule: new insights that match every criterion it sets (source type, tag, persona, user
 * goal, journey stage, words in the title or text) go to that team's inbox.
 */
@Entity
@Table(name = "routing_rules")
public class RoutingRule {

    /** The longest list of words a rule looks for, in characters (the column's length). */
    public static final int MAX_WORDS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_rules_seq")
    @SequenceGenerator(name = "routing_rules_seq", sequenceName = "routing_rules_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "team_id")
    private long teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    private @Nullable SourceType sourceType;

    private @Nullable String tag;

    @Column(name = "persona_id")
    private @Nullable Long personaId;

    @Column(name = "user_goal_id")
    private @Nullable Long userGoalId;

    @Column(name = "journey_stage_id")
    private @Nullable Long journeyStageId;

    private @Nullable String words;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected RoutingRule() {
        this.createdAt = Instant.EPOCH;
    }

    RoutingRule(long workspaceId, long teamId, RuleCriteria criteria) {
        RuleCriteria checked = checked(criteria);
        this.workspaceId = workspaceId;
        this.teamId = teamId;
        this.sourceType = checked.sourceType();
        this.tag = checked.tag();
        this.personaId = checked.personaId();
        this.userGoalId = checked.userGoalId();
        this.journeyStageId = checked.journeyStageId();
        this.words = checked.words();
        this.createdAt = Instant.now();
    }

    /**
     * The criteria as a rule keeps them (the tag normalised as insights' tags are, words without
     * surrounding blanks, blanks as none), or refused: every wrong field at once, and a rule without
     * any criterion.
     */
    static RuleCriteria checked(RuleCriteria criteria) {
        InvalidInputs.checks()
                .check(() -> tagOf(criteria.tag()))
                .check(() -> wordsOf(criteria.words()))
                .done();
        String tag = tagOf(criteria.tag());
        String words = wordsOf(criteria.words());
        if (criteria.sourceType() == null
                && tag == null
                && criteria.personaId() == null
                && criteria.userGoalId() == null
                && criteria.journeyStageId() == null
                && words == null) {
            throw new InvalidInput(
                    "sourceType",
                    "A rule needs at least one criterion: a source type, a tag, a persona, a user goal, a journey stage or words.");
        }
        return new RuleCriteria(
                criteria.sourceType(),
                tag,
                criteria.personaId(),
                criteria.userGoalId(),
                criteria.journeyStageId(),
                words);
    }

    private static @Nullable String tagOf(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        try {
            return Insight.normalizeTags(List.of(tag)).iterator().next();
        } catch (InvalidInput e) {
            throw new InvalidInput("tag", String.valueOf(e.getMessage()));
        }
    }

    private static @Nullable String wordsOf(@Nullable String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String stripped = words.strip();
        if (stripped.length() > MAX_WORDS) {
            throw new InvalidInput(
                    "words", "At most " + MAX_WORDS + " characters of words; these are " + stripped.length() + ".");
        }
        return stripped;
    }

    /** What a rule looks for; unset criteria match anything. */
    public record RuleCriteria(
            @Nullable SourceType sourceType,
            @Nullable String tag,
            @Nullable Long personaId,
            @Nullable Long userGoalId,
            @Nullable Long journeyStageId,
            @Nullable String words) {}

    boolean matches(InsightView insight) {
        if (sourceType != null && insight.sourceType() != sourceType) {
            return false;
        }
        if (tag != null && !insight.tags().contains(tag)) {
            return false;
        }
        if (personaId != null && !insight.personaIds().contains(personaId)) {
            return false;
        }
        if (userGoalId != null && !insight.userGoalIds().contains(userGoalId)) {
            return false;
        }
        if (journeyStageId != null && !insight.journeyStageIds().contains(journeyStageId)) {
            return false;
        }
        if (words != null) {
            String text = (insight.title() + " " + insight.body()).toLowerCase(Locale.ROOT);
            return Arrays.stream(words.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                    .filter(w -> !w.isEmpty())
                    .anyMatch(text::contains);
        }
        return true;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Rule is not saved yet");
        }
        return id;
    }

    long teamId() {
        return teamId;
    }

    /** Whether the other rule fills the same team's inbox on the same criteria (as saved: tags and words as kept). */
    boolean sameAs(RoutingRule other) {
        return teamId == other.teamId
                && sourceType == other.sourceType
                && java.util.Objects.equals(tag, other.tag)
                && java.util.Objects.equals(personaId, other.personaId)
                && java.util.Objects.equals(userGoalId, other.userGoalId)
                && java.util.Objects.equals(journeyStageId, other.journeyStageId)
                && java.util.Objects.equals(words, other.words);
    }

    RuleView toView() {
        return new RuleView(id(), teamId, sourceType, tag, personaId, userGoalId, journeyStageId, words);
    }
}

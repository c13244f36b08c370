package app.tandem.insight.internal;

import app.tandem.insight.EvidenceStrength;
import app.tandem.insight.EvidenceTarget;
import app.tandem.insight.InsightDraft;
import app.tandem.insight.InsightView;
import app.tandem.insight.SourceType;
import app.tandem.insight.search.InsightCounts;
import app.tandem.insight.search.InsightHighlighter;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/** A piece of evidence about users, found by one team, for every team. */
@Entity
@Table(name = "insights")
@Indexed(index = "insight")
public class Insight {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insights_seq")
    @SequenceGenerator(name = "insights_seq", sequenceName = "insights_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    @GenericField(searchable = Searchable.YES)
    private long workspaceId;

    // title and body are indexed together, as the field "text" (see getText())
    private String title;

    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    @KeywordField(aggregable = Aggregable.YES)
    private SourceType sourceType;

    @Column(name = "team_id")
    @GenericField(aggregable = Aggregable.YES)
    private @Nullable Long teamId;

    @Column(name = "observed_on")
    @GenericField(sortable = Sortable.YES)
    private LocalDate observedOn;

    @Column(name = "external_ref")
    @KeywordField
    private @Nullable String externalRef;

    @GenericField(aggregable = Aggregable.YES)
    private int sentiment;

    @GenericField(sortable = Sortable.YES)
    private int reach;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_strength")
    @KeywordField(aggregable = Aggregable.YES)
    private EvidenceStrength evidenceStrength;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "created_by")
    private @Nullable Long createdBy;

    @Column(name = "created_at")
    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    @Convert(converter = InsightTags.class) // in the insight's own row (V35)
    @Column(name = "tags")
    @KeywordField(name = "tags", aggregable = Aggregable.YES)
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100) // a page of search hits loads each link table in one query, not one per insight
    @CollectionTable(name = "insight_personas", joinColumns = @JoinColumn(name = "insight_id"))
    @Column(name = "persona_id")
    @GenericField(name = "personaIds")
    private Set<Long> personaIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100) // a page of search hits loads each link table in one query, not one per insight
    @CollectionTable(name = "user_goal_evidence", joinColumns = @JoinColumn(name = "insight_id"))
    @Column(name = "user_goal_id")
    @GenericField(name = "userGoalIds")
    private Set<Long> userGoalIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100) // a page of search hits loads each link table in one query, not one per insight
    @CollectionTable(name = "insight_journey_stages", joinColumns = @JoinColumn(name = "insight_id"))
    @Column(name = "journey_stage_id")
    @GenericField(name = "journeyStageIds")
    private Set<Long> journeyStageIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100) // a page of search hits loads each link table in one query, not one per insight
    @CollectionTable(name = "pain_point_evidence", joinColumns = @JoinColumn(name = "insight_id"))
    @Column(name = "pain_point_id")
    @GenericField(name = "painPointIds")
    private Set<Long> painPointIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Insight() {
        this.title = "";
        this.body = "";
        this.sourceType = SourceType.OTHER;
        this.observedOn = LocalDate.EPOCH;
        this.evidenceStrength = EvidenceStrength.ANECDOTE;
        this.contentHash = "";
        this.createdAt = Instant.EPOCH;
    }

    public Insight(long workspaceId, @Nullable Long createdBy, InsightDraft draft) {
        this();
        this.workspaceId = workspaceId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        apply(draft);
    }

    /** The team that found this insight was deleted. */
    public void leaveTeam() {
        this.teamId = null;
    }

    /** Replaces every field with the draft's, checking each: every wrong field is refused at once. */
    public void apply(InsightDraft draft) {
        String t = draft.title() == null ? "" : draft.title().strip();
        String b = draft.body() == null ? "" : draft.body().strip();
        String ref = draft.externalRef() == null || draft.externalRef().isBlank()
                ? null
                : draft.externalRef().strip();
        InvalidInputs.Checks checks = InvalidInputs.checks();
        checks.check(() -> {
            if (t.isEmpty() || t.length() > InsightDraft.MAX_TITLE) {
                throw new InvalidInput("title", "A title has 1 to " + InsightDraft.MAX_TITLE + " characters.");
            }
        });
        checks.check(() -> {
            if (b.length() > InsightDraft.MAX_BODY) {
                throw new InvalidInput("body", "The text has at most " + InsightDraft.MAX_BODY + " characters.");
            }
        });
        checks.check(() -> {
            if (draft.sentiment() < -2 || draft.sentiment() > 2) {
                throw new InvalidInput("sentiment", "Sentiment is from -2 (very negative) to +2 (very positive).");
            }
        });
        checks.check(() -> {
            if (draft.reach() < 0) {
                throw new InvalidInput("reach", "Reach is the number of users the insight speaks for: 0 or more.");
            }
        });
        checks.check(() -> {
            if (draft.observedOn() != null
                    && draft.observedOn().isAfter(LocalDate.now().plusDays(1))) {
                throw new InvalidInput("observedOn", "The observed date cannot be in the future.");
            }
            if (draft.observedOn() != null && draft.observedOn().getYear() < 1900) {
                // (a year typed short: 0202 for 2026)
                throw new InvalidInput(
                        "observedOn", "The observed date " + draft.observedOn() + " is before 1900: check its year.");
            }
        });
        checks.check(() -> {
            if (ref != null && ref.length() > InsightDraft.MAX_EXTERNAL_REF) {
                throw new InvalidInput(
                        "externalRef",
                        "The external reference has at most " + InsightDraft.MAX_EXTERNAL_REF + " characters.");
            }
        });
        checks.check(() -> normalizeTags(draft.tags()));
        checks.check(() -> checkLinkCount(draft.personaIds(), "personaIds"));
        checks.check(() -> checkLinkCount(draft.userGoalIds(), "userGoalIds"));
        checks.check(() -> checkLinkCount(draft.journeyStageIds(), "journeyStageIds"));
        checks.check(() -> checkLinkCount(draft.painPointIds(), "painPointIds"));
        checks.done();
        this.title = t;
        this.body = b;
        this.sourceType = draft.sourceType() == null ? SourceType.OTHER : draft.sourceType();
        this.teamId = draft.teamId();
        this.observedOn = draft.observedOn() == null ? LocalDate.now() : draft.observedOn();
        this.externalRef = ref;
        this.sentiment = draft.sentiment();
        this.reach = draft.reach();
        this.evidenceStrength = draft.evidenceStrength() == null ? EvidenceStrength.ANECDOTE : draft.evidenceStrength();
        this.tags = normalizeTags(draft.tags());
        this.personaIds = new LinkedHashSet<>(draft.personaIds());
        this.userGoalIds = new LinkedHashSet<>(draft.userGoalIds());
        this.journeyStageIds = new LinkedHashSet<>(draft.journeyStageIds());
        this.painPointIds = new LinkedHashSet<>(draft.painPointIds());
        this.contentHash = hash(t, b);
    }

    public static Set<String> normalizeTags(Iterable<String> raw) {
        Set<String> result = new LinkedHashSet<>();
        for (String tag : raw) {
            String normalized = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
            if (normalized.isEmpty()) {
                continue;
            }
            if (normalized.indexOf(',') >= 0) {
                // the insight form writes tags with commas between them: saving it would split this one
                throw new InvalidInput(
                        "tags",
                        "A tag cannot hold a comma, which separates tags: give '"
                                + normalized.substring(0, Math.min(normalized.length(), 40))
                                + "' as tags of their own.");
            }
            if (normalized.length() > InsightDraft.MAX_TAG) {
                throw new InvalidInput(
                        "tags",
                        "A tag has at most " + InsightDraft.MAX_TAG + " characters: " + normalized.substring(0, 20)
                                + "…");
            }
            result.add(normalized);
        }
        if (result.size() > InsightDraft.MAX_TAGS) {
            throw new InvalidInput("tags", "An insight has at most " + InsightDraft.MAX_TAGS + " tags.");
        }
        return result;
    }

    /** Identifies the same content on re-import when there is no external reference. */
    static String hash(String title, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String canonical =
                    title.strip().toLowerCase(Locale.ROOT) + "\n" + body.strip().toLowerCase(Locale.ROOT);
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The title and the text as one indexed field, what a search's words match: one list of insights
     * per word to score rather than one per word and field, which halves the time of a search matching
     * most insights. The title is in it twice, so that a word of the title weighs more than a word of
     * the text, as a boosted title field would. Not stored: {@link InsightHighlighter} marks the words
     * in the loaded insight.
     */
    @FullTextField(name = "text", analyzer = "english")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    String getText() {
        return title + "\n" + title + "\n" + body;
    }

    /**
     * One of {@link InsightCounts#SAMPLE_EVERY} fixed groups, from a hash of the id: searches that match
     * very many insights count their facets over one group (a random-like sample of the insights).
     */
    @GenericField(name = "sample")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "id")))
    int getSample() {
        return sampleOf(id());
    }

    public static int sampleOf(long id) {
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> 32) & (InsightCounts.SAMPLE_EVERY - 1);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Insight is not saved yet");
        }
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    /** Gives a new insight the id its row was inserted with (bulk imports write rows without persisting the entity). */
    public void assignId(long id) {
        if (this.id != null) {
            throw new IllegalStateException("Insight " + this.id + " has its id already");
        }
        this.id = id;
    }

    public @Nullable Long teamId() {
        return teamId;
    }

    public @Nullable String externalRef() {
        return externalRef;
    }

    public String contentHash() {
        return contentHash;
    }

    public @Nullable Long createdBy() {
        return createdBy;
    }

    /** The tags in the order they were given. */
    public List<String> tagList() {
        return List.copyOf(tags);
    }

    /** Links the insight to what it proves; false when it was linked already. */
    public boolean link(EvidenceTarget target) {
        Set<Long> links = links(target.kind());
        if (!links.contains(target.id()) && links.size() >= InsightDraft.MAX_LINKS) {
            throw new InvalidInput(target.kind().field(), tooManyLinks());
        }
        return links.add(target.id());
    }

    private static void checkLinkCount(List<Long> ids, String field) {
        if (new LinkedHashSet<>(ids).size() > InsightDraft.MAX_LINKS) {
            throw new InvalidInput(field, tooManyLinks());
        }
    }

    private static String tooManyLinks() {
        return "An insight proves at most " + InsightDraft.MAX_LINKS
                + " things of each kind; link a theme or a tag instead of more.";
    }

    /** Takes the link away; false when there was none. */
    public boolean unlink(EvidenceTarget target) {
        return links(target.kind()).remove(target.id());
    }

    private Set<Long> links(EvidenceTarget.Kind kind) {
        return switch (kind) {
            case PERSONA -> personaIds;
            case USER_GOAL -> userGoalIds;
            case JOURNEY_STAGE -> journeyStageIds;
            case PAIN_POINT -> painPointIds;
        };
    }

    public InsightView toView() {
        return new InsightView(
                id(),
                title,
                body,
                sourceType,
                teamId,
                observedOn,
                externalRef,
                sentiment,
                reach,
                evidenceStrength,
                Set.copyOf(tags),
                Set.copyOf(personaIds),
                Set.copyOf(userGoalIds),
                Set.copyOf(journeyStageIds),
                Set.copyOf(painPointIds),
                createdAt,
                version);
    }
}

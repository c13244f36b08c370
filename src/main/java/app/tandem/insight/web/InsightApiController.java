package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.EvidenceStrength;
import app.tandem.insight.InsightDraft;
import app.tandem.insight.InsightSearch;
import app.tandem.insight.InsightView;
import app.tandem.insight.Insights;
import app.tandem.insight.SourceType;
import app.tandem.support.IfMatch;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidRequest;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{slug}/insights")
@Tag(name = "Insights", description = "The joint research repository: evidence from every team")
class InsightApiController {

    private final Insights insights;
    private final Paging paging;

    InsightApiController(Insights insights, Paging paging) {
        this.insights = insights;
        this.paging = paging;
    }

    record InsightRequest(
            @NotBlank @Size(max = InsightDraft.MAX_TITLE) String title,
            @Size(max = InsightDraft.MAX_BODY) @Nullable String body,
            @Nullable SourceType sourceType,
            @Nullable Long teamId,
            @Nullable LocalDate observedOn,

            @Size(max = InsightDraft.MAX_EXTERNAL_REF) @Nullable String externalRef,

            @Min(-2) @Max(2) @Nullable Integer sentiment,
            @Min(0) @Nullable Integer reach,
            @Nullable EvidenceStrength evidenceStrength,

            @ArraySchema(maxItems = InsightDraft.MAX_TAGS, schema = @Schema(maxLength = InsightDraft.MAX_TAG)) @Nullable List<String> tags,

            @Size(max = InsightDraft.MAX_LINKS) @Nullable List<Long> personaIds,
            @Size(max = InsightDraft.MAX_LINKS) @Nullable List<Long> userGoalIds,
            @Size(max = InsightDraft.MAX_LINKS) @Nullable List<Long> journeyStageIds,
            @Size(max = InsightDraft.MAX_LINKS) @Nullable List<Long> painPointIds) {

        InsightDraft draft() {
            return new InsightDraft(
                    title,
                    body,
                    sourceType,
                    teamId,
                    observedOn,
                    externalRef,
                    sentiment == null ? 0 : sentiment,
                    reach == null ? 1 : reach,
                    evidenceStrength,
                    tags == null ? List.of() : tags,
                    personaIds == null ? List.of() : personaIds,
                    userGoalIds == null ? List.of() : userGoalIds,
                    journeyStageIds == null ? List.of() : journeyStageIds,
                    painPointIds == null ? List.of() : painPointIds);
        }
    }

    @Schema(description = "A whole insight, and the version it was read at (GET answers it)")
    record ReplaceInsightRequest(
            @NotBlank @Size(max = InsightDraft.MAX_TITLE) String title,
            @Size(max = InsightDraft.MAX_BODY) @Nullable String body,
            @Nullable SourceType sourceType,
            @Nullable Long teamId,
            @Nullable LocalDate observedOn,

            @Size(max = InsightDraft.MAX_EXTERNAL_REF) @Nullable String externalRef,

            @Min(-2) @Max(2) @Nullable Integer sentiment,
            @Min(0) @Nullable Integer reach,
            @Nullable EvidenceStrength evidenceStrength,

            @ArraySchema(maxItems = InsightDraft.MAX_TAGS, schema = @Schema(maxLength = InsightDraft.MAX_TAG)) @Nullable List<String> tags,

            @Size(max = InsightDraft.MAX_LINKS) @Nullable List<Long> personaIds,
            @Size(max = InsightDraft.MAX_LINKS) @Nullable List<Long> userGoalIds,
            @Size(max = InsightDraft.MAX_LINKS) @Nullable List<Long> journeyStageIds,
            @Size(max = InsightDraft.MAX_LINKS) @Nullable List<Long> painPointIds,

            @Schema(description = "the version the change was made on; 409 when the insight changed since") @NotNull Long version) {

        InsightDraft draft() {
            return new InsightRequest(
                            title,
                            body,
                            sourceType,
                            teamId,
                            observedOn,
                            externalRef,
                            sentiment,
                            reach,
                            evidenceStrength,
                            tags,
                            personaIds,
                            userGoalIds,
                            journeyStageIds,
                            painPointIds)
                    .draft();
        }
    }

    /** A result of a search: the insight, and title and snippet as HTML with matches in {@code <mark>}. */
    record HitResponse(InsightView insight, String titleHtml, String snippetHtml) {}

    /**
     * A page of results and the counts beside them. {@code totalExact} and {@code countsExact} are
     * false when the search matches more than 20,000 insights: the total and the counts are then
     * estimated from a sample of one in sixteen of them.
     */
    record SearchResponse(
            List<HitResponse> items,
            int page,
            int size,
            long totalItems,
            int totalPages,
            boolean totalExact,
            Map<SourceType, Long> sourceTypeCounts,
            Map<Long, Long> teamCounts,
            Map<String, Long> tagCounts,
            boolean countsExact) {}

    @GetMapping
    @Operation(summary = "Search insights: full text (q) and filters, with counts per source type, team and tag")
    SearchResponse search(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable SourceType sourceType,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable Long persona,
            @RequestParam(required = false) @Nullable Long userGoal,
            @RequestParam(required = false) @Nullable Long journeyStage,
            @RequestParam(required = false) @Nullable Long painPoint,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer sentiment,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        if (sentiment != null && (sentiment < -2 || sentiment > 2)) {
            throw new InvalidInput("sentiment", "Sentiment goes from -2 (very negative) to 2 (very positive).");
        }
        Pageable pageable = paging.of(page, size, Sort.unsorted());
        InsightSearch.Results results = insights.search(
                slug,
                me.id(),
                new InsightSearch(
                        q, sourceType, team, tag, persona, userGoal, journeyStage, painPoint, from, to, sentiment),
                pageable.getPageNumber(),
                pageable.getPageSize());
        return new SearchResponse(
                results.hits().stream()
                        .map(h -> new HitResponse(h.insight(), h.titleHtml(), h.snippetHtml()))
                        .toList(),
                results.page(),
                results.size(),
                results.total(),
                results.totalPages(),
                results.totalExact(),
                results.bySourceType(),
                results.byTeam(),
                results.byTag(),
                results.countsExact());
    }

    /** Insights found by one team since a day. */
    record TeamInsights(long teamId, String teamName, List<InsightView> insights) {}

    /** Insights of one theme since a day; {@code themeId} null and the name "Unthemed" for those in no theme. */
    record ThemeInsights(@Nullable Long themeId, String themeName, List<InsightView> insights) {}

    record NewSinceResponse(LocalDate since, long total, List<TeamInsights> teams, List<ThemeInsights> themes) {}

    @GetMapping("/new-since")
    @Operation(
            summary =
                    "Insights captured since a day (default: 14 days ago; at most a year ago, an earlier day is moved up and "
                            + "since says the day used), grouped by the team that found them (teamId 0: no team) and by theme "
                            + "(themeId null: in no theme), from the newest 2,000 of them; total counts them all")
    NewSinceResponse newSince(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate since) {
        LocalDate from = since == null ? LocalDate.now().minusDays(14) : since;
        Insights.NewSince result = insights.newSince(slug, me.id(), from, paging.maxSize());
        Map<Long, String> names = insights.teamNames(slug, me.id());
        return new NewSinceResponse(
                result.since(),
                result.total(),
                result.byTeam().entrySet().stream()
                        .map(e -> new TeamInsights(e.getKey(), names.getOrDefault(e.getKey(), "No team"), e.getValue()))
                        .toList(),
                result.byTheme().entrySet().stream()
                        .map(e -> e.getKey() == 0L
                                ? new ThemeInsights(null, "Unthemed", e.getValue())
                                : new ThemeInsights(
                                        e.getKey(), String.valueOf(result.themeName(e.getKey())), e.getValue()))
                        .toList());
    }

    @GetMapping("/{id}/similar")
    @Operation(summary = "Insights most like this one (Lucene relevance on its title and tags)")
    List<InsightView> similar(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit) {
        return insights.similar(slug, me.id(), id, limit);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Capture an insight")
    ResponseEntity<InsightView> create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody InsightRequest request,
            BindingResult result) {
        InvalidRequest.check(result, () -> Insights.check(request.draft()));
        InsightView created = insights.capture(slug, me.id(), request.draft());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/insights/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an insight")
    InsightView get(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        return insights.get(slug, me.id(), id);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace an insight's fields, with the version it was read at",
            description = "409 concurrent-change (currentVersion, yourVersion) when it was changed since that version;"
                    + " nothing is saved.")
    InsightView replace(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @RequestBody ReplaceInsightRequest request,
            BindingResult result) {
        InvalidRequest.check(result, () -> Insights.check(request.draft()));
        return insights.update(slug, me.id(), id, request.draft(), request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an insight", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        insights.delete(slug, me.id(), id, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

package app.tandem.journey;

import app.tandem.identity.TandemPrincipal;
import app.tandem.journey.JourneyView.StageView;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
@RequestMapping("/api/v1/workspaces/{slug}/journeys")
@Tag(name = "Journey maps", description = "Journey maps with nested stages, touchpoints, pain points and opportunities")
class JourneyApiController {

    private final Journeys journeys;
    private final Paging paging;

    JourneyApiController(Journeys journeys, Paging paging) {
        this.journeys = journeys;
        this.paging = paging;
    }

    record TouchpointRequest(
            @NotBlank @Size(max = 80) String channel,
            @Nullable Long teamId) {
        Journeys.TouchpointChange change() {
            return new Journeys.TouchpointChange(channel, teamId);
        }
    }

    record PainPointRequest(
            @Nullable Long id,
            @NotBlank @Size(max = 300) String text,
            @NotNull @Min(1) @Max(3) Integer severity,
            @Nullable Long userGoalId,
            @Nullable Long teamId) {
        Stage.PainPointChange change() {
            return new Stage.PainPointChange(id, text, severity, userGoalId, teamId);
        }
    }

    /**
     * An opportunity: {@code {"text": "...", "teamId": 3}}, or a plain string (no owning team), as the
     * API took them before opportunities had owners.
     */
    record OpportunityRequest(
            @NotBlank @Size(max = 300) String text,
            @Nullable Long teamId) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        OpportunityRequest {}

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static OpportunityRequest of(String text) {
            return new OpportunityRequest(text, null);
        }

        Stage.OpportunityChange change() {
            return new Stage.OpportunityChange(text, teamId);
        }
    }

    record StageRequest(
            @Nullable Long id,
            @NotBlank @Size(max = 80) String name,
            @Size(max = 500) @Nullable String doing,
            @Size(max = 500) @Nullable String thinking,
            @NotNull @Min(-2) @Max(2) Integer emotion,
            @Size(max = 12) @Nullable List<@Valid TouchpointRequest> touchpoints,
            @Size(max = 12) @Nullable List<@Valid PainPointRequest> painPoints,
            @Size(max = 12) @Nullable List<@Valid OpportunityRequest> opportunities,
            @Min(0) @Nullable Integer position) {

        Journeys.StageChange change() {
            return new Journeys.StageChange(
                    id,
                    name,
                    doing,
                    thinking,
                    emotion,
                    touchpoints == null
                            ? List.of()
                            : touchpoints.stream()
                                    .map(TouchpointRequest::change)
                                    .toList(),
                    painPoints == null
                            ? List.of()
                            : painPoints.stream().map(PainPointRequest::change).toList(),
                    opportunities == null
                            ? List.of()
                            : opportunities.stream()
                                    .map(OpportunityRequest::change)
                                    .toList());
        }
    }

    record StagePatchRequest(
            @Size(min = 1, max = 80) @Nullable String name,
            @Size(max = 500) @Nullable String doing,
            @Size(max = 500) @Nullable String thinking,
            @Min(-2) @Max(2) @Nullable Integer emotion,
            @Size(max = 12) @Nullable List<@Valid TouchpointRequest> touchpoints,
            @Size(max = 12) @Nullable List<@Valid PainPointRequest> painPoints,
            @Size(max = 12) @Nullable List<@Valid OpportunityRequest> opportunities,
            @Min(0) @Nullable Integer position,

            @Schema(description = "the stage's version: " + IfMatch.VERSION_DOC) @Nullable Long version) {}

    record JourneyRequest(
            @NotNull Long personaId,
            @NotBlank @Size(max = 120) String name,
            @Size(max = 300) @Nullable String scenario,
            @Size(max = 20) @Nullable List<@Valid StageRequest> stages) {

        List<Journeys.StageChange> stageChanges() {
            return stages == null
                    ? List.of()
                    : stages.stream().map(StageRequest::change).toList();
        }
    }

    @Schema(description = "A whole journey map, and the version it was read at (GET answers it)")
    record ReplaceJourneyRequest(
            @NotNull Long personaId,
            @NotBlank @Size(max = 120) String name,
            @Size(max = 300) @Nullable String scenario,
            @Size(max = 20) @Nullable List<@Valid StageRequest> stages,

            @Schema(
                    description = "the map's version (it moves on with any change to one of its stages too): "
                            + IfMatch.VERSION_DOC)
            @Nullable Long version) {

        List<Journeys.StageChange> stageChanges() {
            return new JourneyRequest(personaId, name, scenario, stages).stageChanges();
        }
    }

    @Schema(
            name = "JourneyRenameRequest",
            description = "A journey map's name and scenario, and the map's version they were read at")
    record RenameRequest(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 300) @Nullable String scenario,

            @Schema(
                    description = "the map's version (it moves on with any change to one of its stages too): "
                            + IfMatch.VERSION_DOC)
            @Nullable Long version) {}

    @GetMapping
    @Operation(summary = "List journey maps, optionally of one persona")
    PageResponse<JourneySummary> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long persona,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(journeys.list(slug, me.id(), persona, paging.of(page, size, Sort.unsorted())), j -> j);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Create a journey map with its stages")
    ResponseEntity<JourneyView> create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody JourneyRequest request) {
        JourneyView journey = journeys.create(
                slug, me.id(), request.personaId(), request.name(), request.scenario(), request.stageChanges());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/journeys/" + journey.id()))
                .body(journey);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a journey map with stages, touchpoints, pain points and opportunities")
    JourneyView get(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        return journeys.journey(slug, me.id(), id);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace the whole map, from the version it was read at; stages and pain points given with their"
                    + " id stay the same records",
            description = "The map's version moves on with any change to it or to one of its stages, so a replace"
                    + " made from an older version is refused." + IfMatch.EDIT_DOC)
    JourneyView replace(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody ReplaceJourneyRequest request) {
        long version = IfMatch.version(request.version(), ifMatch);
        return journeys.replace(
                slug,
                me.id(),
                id,
                request.personaId(),
                request.name(),
                request.scenario(),
                request.stageChanges(),
                version);
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Rename a journey map and set its scenario, from the version it was read at",
            description = "The stages stay as they are; no scenario empties it." + IfMatch.EDIT_DOC)
    JourneyView rename(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody RenameRequest request) {
        long version = IfMatch.version(request.version(), ifMatch);
        return journeys.rename(slug, me.id(), id, request.name(), request.scenario(), version);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a journey map", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        journeys.delete(slug, me.id(), id, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/stages")
    @Operation(summary = "Add a stage, at the end or at position (0 is first)")
    ResponseEntity<StageView> addStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @RequestBody StageRequest request) {
        StageView stage = journeys.addStage(slug, me.id(), id, request.change(), request.position());
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + slug + "/journeys/" + id + "/stages/" + stage.id()))
                .body(stage);
    }

    @GetMapping("/{id}/stages/{stageId}")
    @Operation(summary = "One stage of a journey map, with its own version (the address a new one is given)")
    StageView getStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long stageId) {
        return journeys.stage(slug, me.id(), id, stageId);
    }

    @PatchMapping("/{id}/stages/{stageId}")
    @Operation(
            summary = "Change a stage, from the stage's version it was read at; position moves it; lists given replace"
                    + " the whole list",
            description = "Parts left out stay as they are. The version is the stage's (each stage in the map's GET"
                    + " has its own)." + IfMatch.EDIT_DOC)
    StageView updateStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long stageId,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody StagePatchRequest request) {
        long version = IfMatch.version(request.version(), ifMatch);
        return journeys.updateStage(
                slug,
                me.id(),
                id,
                stageId,
                new Journeys.StagePatch(
                        request.name(),
                        request.doing(),
                        request.thinking(),
                        request.emotion(),
                        request.touchpoints() == null
                                ? null
                                : request.touchpoints().stream()
                                        .map(TouchpointRequest::change)
                                        .toList(),
                        request.painPoints() == null
                                ? null
                                : request.painPoints().stream()
                                        .map(PainPointRequest::change)
                                        .toList(),
                        request.opportunities() == null
                                ? null
                                : request.opportunities().stream()
                                        .map(OpportunityRequest::change)
                                        .toList(),
                        request.position()),
                version);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}/stages/{stageId}")
    @Operation(summary = "Delete a stage", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> deleteStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long stageId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        journeys.deleteStage(slug, me.id(), id, stageId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

package app.tandem.persona;

import app.tandem.identity.TandemPrincipal;
import app.tandem.persona.SharedPersonaBuilder.Action;
import app.tandem.persona.SharedPersonaBuilder.Decision;
import app.tandem.persona.SharedPersonaBuilder.Draft;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import app.tandem.workspace.ViewerMay;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
@RequestMapping("/api/v1/workspaces/{slug}")
@Tag(name = "Personas", description = "Team and shared personas, and the user goals they hold")
class PersonaApiController {

    private final Personas personas;
    private final Paging paging;

    PersonaApiController(Personas personas, Paging paging) {
        this.personas = personas;
        this.paging = paging;
    }

    record FactRequest(
            @NotBlank @Size(max = Persona.MAX_FACT_LABEL) String label,
            @NotBlank @Size(max = Persona.MAX_FACT_VALUE) String value) {
        Fact fact() {
            return new Fact(label, value);
        }
    }

    record CreatePersonaRequest(
            @NotBlank @Size(max = Persona.MAX_NAME) String name,
            @Size(max = Persona.MAX_SUMMARY) @Nullable String summary,
            @NotNull PersonaKind kind,
            @Nullable Long teamId,
            @Size(max = Persona.MAX_QUOTE) @Nullable String quote,
            @Size(max = Persona.MAX_FACTS) @Nullable List<@Valid FactRequest> demographics,
            @Size(max = Persona.MAX_LINES) @Nullable List<@NotBlank @Size(max = Persona.MAX_LINE) String> motivations,
            @Size(max = Persona.MAX_LINES) @Nullable List<@NotBlank @Size(max = Persona.MAX_LINE) String> frustrations,
            @Size(max = Persona.MAX_LINES) @Nullable List<@NotBlank @Size(max = Persona.MAX_LINE) String> goals,
            @Nullable List<Long> sourcePersonaIds) {}

    record UpdatePersonaRequest(
            @Size(min = 1, max = Persona.MAX_NAME) @Nullable String name,
            @Size(max = Persona.MAX_SUMMARY) @Nullable String summary,
            @Nullable Long teamId,
            @Size(max = Persona.MAX_QUOTE) @Nullable String quote,
            @Size(max = Persona.MAX_FACTS) @Nullable List<@Valid FactRequest> demographics,
            @Size(max = Persona.MAX_LINES) @Nullable List<@NotBlank @Size(max = Persona.MAX_LINE) String> motivations,
            @Size(max = Persona.MAX_LINES) @Nullable List<@NotBlank @Size(max = Persona.MAX_LINE) String> frustrations,
            @Size(max = Persona.MAX_LINES) @Nullable List<@NotBlank @Size(max = Persona.MAX_LINE) String> goals,

            @Schema(description = IfMatch.VERSION_DOC) @Nullable Long version) {}

    record DraftRequest(@NotEmpty List<Long> sourcePersonaIds) {}

    record OriginResponse(long personaId, String personaName, String text) {}

    record RowResponse(String key, String section, String text, boolean common, List<OriginResponse> origins) {}

    record DraftResponse(List<PersonaRef> sources, List<RowResponse> rows) {
        static DraftResponse of(Draft draft) {
            return new DraftResponse(
                    draft.sources().stream()
                            .map(s -> new PersonaRef(s.personaId(), s.name(), PersonaKind.TEAM))
                            .toList(),
                    draft.rows().stream()
                            .map(r -> new RowResponse(
                                    r.key(),
                                    r.section().name(),
                                    r.text(),
                                    r.common(),
                                    r.origins().stream()
                                            .map(o -> new OriginResponse(o.personaId(), o.personaName(), o.text()))
                                            .toList()))
                            .toList());
        }
    }

    @Schema(name = "PersonaDecisionRequest")
    record DecisionRequest(
            @NotNull Action action,
            @Nullable String into,
            @Size(max = Persona.MAX_LINE) @Nullable String text) {}

    record BuildSharedRequest(
            @NotEmpty List<Long> sourcePersonaIds,
            @NotBlank @Size(max = Persona.MAX_NAME) String name,
            @Size(max = Persona.MAX_SUMMARY) @Nullable String summary,
            @Size(max = Persona.MAX_QUOTE) @Nullable String quote,
            @Size(max = Persona.MAX_FACTS) @Nullable List<@Valid FactRequest> demographics,
            @NotNull Map<String, @Valid DecisionRequest> decisions) {}

    record UserGoalRequest(
            @NotNull Long personaId,
            @NotBlank @Size(max = UserGoal.MAX_SENTENCE) String sentence,
            @NotNull @Min(1) @Max(5) Integer importance,
            @Size(max = UserGoal.MAX_HOW_WE_KNOW) @Nullable String howWeKnow) {}

    record PersonaUserGoalRequest(
            @NotBlank @Size(max = UserGoal.MAX_SENTENCE) String sentence,
            @NotNull @Min(1) @Max(5) Integer importance,
            @Size(max = UserGoal.MAX_HOW_WE_KNOW) @Nullable String howWeKnow) {}

    /** A partial change, and the {@code version} it was made on: a goal changed since is refused (409). */
    record UpdateUserGoalRequest(
            @Nullable Long personaId,

            @Size(min = 1, max = UserGoal.MAX_SENTENCE) @Nullable String sentence,

            @Min(1) @Max(5) @Nullable Integer importance,
            @Size(max = UserGoal.MAX_HOW_WE_KNOW) @Nullable String howWeKnow,

            @Schema(description = IfMatch.VERSION_DOC) @Nullable Long version) {}

    /** The whole user goal, and the {@code version} it was read at (GET answers it). */
    record ReplaceUserGoalRequest(
            @NotNull Long personaId,
            @NotBlank @Size(max = UserGoal.MAX_SENTENCE) String sentence,
            @NotNull @Min(1) @Max(5) Integer importance,
            @Size(max = UserGoal.MAX_HOW_WE_KNOW) @Nullable String howWeKnow,

            @Schema(description = IfMatch.VERSION_DOC) @Nullable Long version) {}

    private static @Nullable List<Fact> facts(@Nullable List<FactRequest> requests) {
        return requests == null
                ? null
                : requests.stream().map(FactRequest::fact).toList();
    }

    // ---- personas -----------------------------------------------------------------------------

    @GetMapping("/personas")
    @Operation(summary = "List personas, optionally only one kind (TEAM, SHARED) or one team's")
    PageResponse<PersonaView> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable PersonaKind kind,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(
                personas.list(slug, me.id(), kind, team, paging.of(page, size, Sort.unsorted())), p -> p);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/personas")
    @Operation(
            summary =
                    "Create a team persona (teamId) or a shared persona (sourcePersonaIds: two or more team personas)")
    ResponseEntity<PersonaView> create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody CreatePersonaRequest request) {
        Personas.PersonaData data = new Personas.PersonaData(
                request.name(),
                request.summary(),
                request.teamId(),
                request.quote(),
                facts(request.demographics()),
                request.motivations(),
                request.frustrations(),
                request.goals());
        PersonaView created = request.kind() == PersonaKind.SHARED
                ? personas.createSharedPersona(
                        slug,
                        me.id(),
                        data,
                        request.sourcePersonaIds() == null ? List.of() : request.sourcePersonaIds())
                : personas.createTeamPersona(slug, me.id(), data);
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/personas/" + created.id()))
                .body(created);
    }

    @ViewerMay
    @PostMapping("/personas/shared-drafts")
    @Operation(
            summary =
                    "Lay team personas side by side: rows of motivations, frustrations and goals, common lines marked")
    DraftResponse draft(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody DraftRequest request) {
        return DraftResponse.of(personas.draft(slug, me.id(), request.sourcePersonaIds()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/personas/shared")
    @Operation(
            summary =
                    "Build a shared persona from a draft: a decision (KEEP, MERGE into a row key, DROP) for every row key")
    ResponseEntity<PersonaView> buildShared(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody BuildSharedRequest request) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        request.decisions().forEach((key, d) -> decisions.put(key, new Decision(d.action(), d.into(), d.text())));
        PersonaView created = personas.buildSharedPersona(
                slug,
                me.id(),
                request.sourcePersonaIds(),
                new Personas.PersonaData(
                        request.name(),
                        request.summary(),
                        null,
                        request.quote(),
                        facts(request.demographics()),
                        null,
                        null,
                        null),
                decisions);
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/personas/" + created.id()))
                .body(created);
    }

    @GetMapping("/personas/{id}")
    @Operation(summary = "Get a persona")
    PersonaView get(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        return personas.persona(slug, me.id(), id);
    }

    @PatchMapping("/personas/{id}")
    @Operation(
            summary = "Change a persona, from the version it was read at; lists given replace the whole list",
            description = "Parts left out stay as they are." + IfMatch.EDIT_DOC)
    PersonaView update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody UpdatePersonaRequest request) {
        long version = IfMatch.version(request.version(), ifMatch);
        return personas.update(
                slug,
                me.id(),
                id,
                new Personas.PersonaData(
                        request.name(),
                        request.summary(),
                        request.teamId(),
                        request.quote(),
                        facts(request.demographics()),
                        request.motivations(),
                        request.frustrations(),
                        request.goals()),
                version);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/personas/{id}")
    @Operation(
            summary =
                    "Delete a persona; refused (409, listing them) while shared personas, user goals or journeys depend on it",
            description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        personas.delete(slug, me.id(), id, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    // ---- user goals ---------------------------------------------------------------------------

    @GetMapping("/personas/{id}/user-goals")
    @Operation(summary = "The user goals of a persona, most important first")
    PageResponse<UserGoalView> goalsOf(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        personas.persona(slug, me.id(), id);
        return PageResponse.of(
                personas.userGoals(slug, me.id(), id, null, paging.of(page, size, Sort.unsorted())), g -> g);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/personas/{id}/user-goals")
    @Operation(summary = "Add a user goal to a persona")
    ResponseEntity<UserGoalView> addTo(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @RequestBody PersonaUserGoalRequest request) {
        personas.persona(slug, me.id(), id);
        UserGoalView goal =
                personas.addUserGoal(slug, me.id(), id, request.sentence(), request.importance(), request.howWeKnow());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/user-goals/" + goal.id()))
                .body(goal);
    }

    @GetMapping("/user-goals")
    @Operation(summary = "List user goals, optionally of one persona or one importance (1-5)")
    PageResponse<UserGoalView> goals(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long persona,
            @RequestParam(required = false) @Nullable Integer importance,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(
                personas.userGoals(slug, me.id(), persona, importance, paging.of(page, size, Sort.unsorted())), g -> g);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/user-goals")
    @Operation(summary = "Add a user goal")
    ResponseEntity<UserGoalView> addGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody UserGoalRequest request) {
        UserGoalView goal = personas.addUserGoal(
                slug, me.id(), request.personaId(), request.sentence(), request.importance(), request.howWeKnow());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/user-goals/" + goal.id()))
                .body(goal);
    }

    @GetMapping("/user-goals/{id}")
    @Operation(summary = "Get a user goal")
    UserGoalView goal(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        return personas.userGoal(slug, me.id(), id);
    }

    @PutMapping("/user-goals/{id}")
    @Operation(
            summary =
                    "Replace a user goal: persona, sentence, importance, how we know, from the version it was read at",
            description = "Parts left out are emptied (how we know) or refused (the others)." + IfMatch.EDIT_DOC)
    UserGoalView replaceGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody ReplaceUserGoalRequest request) {
        long version = IfMatch.version(request.version(), ifMatch);
        return personas.updateUserGoal(
                slug,
                me.id(),
                id,
                request.personaId(),
                request.sentence(),
                request.importance(),
                request.howWeKnow() == null ? "" : request.howWeKnow(),
                version);
    }

    @PatchMapping("/user-goals/{id}")
    @Operation(
            summary = "Reword, re-rate or move a user goal, from the version it was read at",
            description = "Parts left out stay as they are." + IfMatch.EDIT_DOC)
    UserGoalView updateGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody UpdateUserGoalRequest request) {
        long version = IfMatch.version(request.version(), ifMatch);
        return personas.updateUserGoal(
                slug,
                me.id(),
                id,
                request.personaId(),
                request.sentence(),
                request.importance(),
                request.howWeKnow(),
                version);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/user-goals/{id}")
    @Operation(summary = "Delete a user goal", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> deleteGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        personas.deleteUserGoal(slug, me.id(), id, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

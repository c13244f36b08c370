package app.tandem.meeting.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.meeting.ActionItemInput;
import app.tandem.meeting.ActionItemState;
import app.tandem.meeting.ActionItemView;
import app.tandem.meeting.AgendaItemView;
import app.tandem.meeting.CadenceInput;
import app.tandem.meeting.CadenceView;
import app.tandem.meeting.CheckInEdit;
import app.tandem.meeting.CheckInSummary;
import app.tandem.meeting.CheckInView;
import app.tandem.meeting.CheckIns;
import app.tandem.meeting.DecisionInput;
import app.tandem.meeting.DecisionState;
import app.tandem.meeting.DecisionView;
import app.tandem.meeting.Frequency;
import app.tandem.meeting.Minutes;
import app.tandem.meeting.Ref;
import app.tandem.support.IfMatch;
import app.tandem.support.InvalidInput;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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

/**
 * Check-ins over the REST API: cadences and their generated check-ins, each moved or cancelled from
 * the version it was read at, the agenda (generated, reordered, trimmed, added to) and the minutes
 * (attendance, decisions, action items, each changed from its version or deleted). Every wrong field is answered at once, naming it; nothing is
 * saved then.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/check-ins")
@Tag(name = "Check-ins", description = "Regular check-ins with a generated agenda, minutes, decisions and action items")
class CheckInApiController {

    private final CheckIns checkIns;
    private final Minutes minutes;
    private final Paging paging;

    CheckInApiController(CheckIns checkIns, Minutes minutes, Paging paging) {
        this.checkIns = checkIns;
        this.minutes = minutes;
        this.paging = paging;
    }

    @Schema(description = "A cadence of check-ins; frequency, firstDate and goalId are kept when it is changed")
    record CadenceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = CadenceInput.TITLE_MAX) @Nullable String title,

            @Schema(description = "a business goal of the workspace, for a check-in per goal") @Nullable Long goalId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Frequency frequency,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate firstDate,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "10:00") @Nullable LocalTime startTime,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "1440") @Nullable Integer durationMinutes,

            @Schema(description = "a room or a meeting link", maxLength = CadenceInput.PLACE_MAX) @Nullable String place,

            @Schema(description = "an IANA time zone; UTC when not given", example = "Europe/Berlin") @Nullable String timeZone,

            @Schema(description = "when changing: the version it was read at; 409 when it changed since") @Nullable Long version) {

        CadenceInput input() {
            return new CadenceInput(title, goalId, frequency, firstDate, startTime, durationMinutes, place, timeZone);
        }
    }

    @Schema(description = "A check-in moved: its day, start and end in its cadence's time zone, its place")
    record CheckInRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate date,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "10:00") @Nullable LocalTime startTime,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    example = "11:00",
                    description = "after startTime")
            @Nullable LocalTime endTime,

            @Schema(description = "a room or a meeting link", maxLength = CadenceInput.PLACE_MAX) @Nullable String place,

            @Schema(description = "the version it was read at; 409 when it changed since") @NotNull Long version) {}

    @Schema(description = "The version the check-in was read at; the header If-Match may say it instead")
    record VersionRequest(
            @Schema(description = "the check-in's version: " + IfMatch.VERSION_DOC) @Nullable Long version) {}

    @Schema(description = "The agenda: when it was generated, the period it covers, its items in order")
    record AgendaResponse(
            @Nullable Instant generatedAt, Instant since, boolean nothingChanged, List<AgendaItemView> items) {}

    record AgendaItemRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) @Nullable String title,

            @Schema(maxLength = 1000) @Nullable String detail) {}

    @Schema(description = "Either the new order (every item id once) or the ids of items to remove")
    record AgendaPatch(@Nullable List<Long> order, @Nullable List<Long> remove) {}

    record NotesRequest(
            @Schema(maxLength = 4000) @Nullable String notes,

            @Schema(
                    description = "the notesVersion of the item the notes were started from (GET the agenda),"
                            + " here or as the header If-Match: \"3\"; required (400 naming notesVersion"
                            + " without either); 409 concurrent-change when other notes were saved since")
            @Nullable Long notesVersion) {}

    @Schema(name = "CheckInAttendanceRequest")
    record AttendanceRequest(
            @Schema(description = "members' user ids") @Nullable List<@Nullable Long> attendeeIds,

            @Schema(description = "the check-in's version") @NotNull Long version) {}

    @Schema(name = "CheckInDecisionRequest")
    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = DecisionInput.WHAT_MAX) @Nullable String what,

            @Schema(maxLength = DecisionInput.WHY_MAX) @Nullable String why,

            @Schema(description = "what it re-prioritised, in words", maxLength = DecisionInput.REPRIORITISED_MAX)
            @Nullable String reprioritised,

            @ArraySchema(
                    maxItems = DecisionInput.LINKS_MAX,
                    arraySchema = @Schema(description = "initiatives of the workspace"))
            @Nullable List<@Nullable Long> initiativeIds,

            @ArraySchema(
                    maxItems = DecisionInput.LINKS_MAX,
                    arraySchema = @Schema(description = "business goals of the workspace"))
            @Nullable List<@Nullable Long> goalIds,

            @Schema(description = "required when state is DUE") @Nullable LocalDate due,

            @Schema(description = "MADE when not given") @Nullable DecisionState state,

            @Schema(description = "when changing: the version it was read at") @Nullable Long version) {

        DecisionInput input() {
            return new DecisionInput(what, why, reprioritised, initiativeIds, goalIds, due, state);
        }
    }

    record ActionItemRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ActionItemInput.TEXT_MAX) @Nullable String text,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "a member's user id, not a viewer's")
            @Nullable Long ownerId,

            @Nullable LocalDate due,

            @Schema(description = "OPEN when not given") @Nullable ActionItemState state,

            @Schema(description = "when changing: the version it was read at") @Nullable Long version) {

        ActionItemInput input() {
            return new ActionItemInput(text, ownerId, due, state);
        }
    }

    // ---- cadences and check-ins ----------------------------------------------------------------

    @GetMapping("/cadences")
    @Operation(summary = "List the workspace's cadences of check-ins")
    List<CadenceView> cadences(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        return checkIns.cadences(slug, me.id());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping({"", "/cadences"})
    @Operation(
            summary = "Set up check-ins: a cadence, with its dates generated",
            description = "Creates the cadence and its next six check-ins: MONTHLY on firstDate's day of each month"
                    + " (the last day of a shorter month), a Saturday or Sunday moved to the nearest weekday of that"
                    + " month; EVERY_TWO_WEEKS 14 days apart. The first check-in is one to come: a firstDate that has"
                    + " passed (or today at a startTime that has) is refused, and a MONTHLY firstDate on a weekend"
                    + " too, naming the nearest weekday. 400 names every wrong field: durationMinutes 0 or less, a goal"
                    + " of another workspace, an unknown time zone...")
    ResponseEntity<CadenceView> createCadence(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestBody CadenceRequest request) {
        CadenceView cadence = checkIns.createCadence(slug, me.id(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/check-ins/cadences/" + cadence.id()))
                .body(cadence);
    }

    @GetMapping("/cadences/{cadenceId}")
    CadenceView cadence(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long cadenceId) {
        return checkIns.cadence(slug, me.id(), cadenceId);
    }

    @PutMapping("/cadences/{cadenceId}")
    @Operation(
            summary = "Change a cadence: title, time, duration, place, time zone, goal and rhythm, with its version",
            description = "Its check-ins to come that were not moved one by one follow (SEQUENCE raised when their"
                    + " start, duration or place changed: a new timeZone keeps their time of day, at another"
                    + " instant); those moved one by one, and those held, keep their instant, their day and time"
                    + " said in the new time zone. goalId null: the whole workspace. A new frequency or firstDate starts"
                    + " a new rhythm on that date, which must be today or later (400 naming firstDate otherwise):"
                    + " the check-ins to come that were not moved are cancelled and new ones made; frequency or"
                    + " firstDate left out keeps the one there.")
    CadenceView updateCadence(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long cadenceId,
            @RequestBody CadenceRequest request) {
        if (request.version() == null) {
            throw new InvalidInput("version", "Send the version the cadence was read at.");
        }
        return checkIns.updateCadence(slug, me.id(), cadenceId, request.input(), request.version());
    }

    @GetMapping
    @Operation(summary = "List the check-ins by start, cancelled ones too; from a moment on when given")
    PageResponse<CheckInSummary> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "only those starting at or after this instant")
                    @RequestParam(required = false)
                    @Nullable Instant from,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(checkIns.list(slug, me.id(), from, paging.of(page, size, Sort.unsorted())), c -> c);
    }

    @GetMapping("/{checkInId}")
    @Operation(summary = "Get a check-in with its agenda and minutes")
    CheckInView get(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long checkInId) {
        return checkIns.get(slug, me.id(), checkInId);
    }

    @PutMapping("/{checkInId}")
    @Operation(
            summary = "Move a check-in (day, start, end, place), with its version",
            description = "400 when it ends before it starts, when it would start at a time that has passed (naming"
                    + " date), or at a start or end the clocks skip that day (naming startTime or endTime); 409 when"
                    + " it changed since that version, was cancelled or took place (a check-in held stays on its"
                    + " day). Its UID stays; its SEQUENCE is raised when the time or place changed.")
    CheckInSummary edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @Valid @RequestBody CheckInRequest request) {
        return checkIns.edit(
                slug,
                me.id(),
                checkInId,
                new CheckInEdit(request.date(), request.startTime(), request.endTime(), request.place()),
                request.version());
    }

    @PostMapping("/{checkInId}/cancel")
    @Operation(
            summary = "Cancel a check-in: it stays listed as cancelled, SEQUENCE raised",
            description = "409 check-in-held when it took place (it stays in calendars with its minutes, as it is"
                    + " not moved); cancelling one cancelled already changes nothing. The body may be left out"
                    + " when If-Match says the version." + IfMatch.EDIT_DOC)
    CheckInSummary cancel(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable VersionRequest request) {
        return checkIns.cancel(
                slug, me.id(), checkInId, IfMatch.version(request == null ? null : request.version(), ifMatch));
    }

    // ---- agenda --------------------------------------------------------------------------------

    @GetMapping("/{checkInId}/agenda")
    @Operation(summary = "The check-in's agenda in order; nothingChanged when it was generated and is empty")
    AgendaResponse agenda(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long checkInId) {
        return agenda(checkIns.get(slug, me.id(), checkInId));
    }

    @PostMapping("/{checkInId}/agenda")
    @Operation(
            summary = "Generate the agenda again from what changed since the check-in before",
            description = "Items people added stay; items they removed stay removed.")
    AgendaResponse generate(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long checkInId) {
        return agenda(checkIns.generateAgenda(slug, me.id(), checkInId));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{checkInId}/agenda/items")
    @Operation(summary = "Add an item of one's own at the end of the agenda")
    ResponseEntity<AgendaItemView> addItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @RequestBody AgendaItemRequest request) {
        AgendaItemView item = checkIns.addAgendaItem(slug, me.id(), checkInId, request.title(), request.detail());
        return ResponseEntity.created(URI.create(
                        "/api/v1/workspaces/" + slug + "/check-ins/" + checkInId + "/agenda/items/" + item.id()))
                .body(item);
    }

    @GetMapping("/{checkInId}/agenda/items/{itemId}")
    @Operation(summary = "One item of the agenda, with its notes and their notesVersion (a removed one: 404)")
    AgendaItemView agendaItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long itemId) {
        return checkIns.agendaItem(slug, me.id(), checkInId, itemId);
    }

    @PatchMapping("/{checkInId}/agenda")
    @Operation(
            summary = "Reorder the agenda (order: every item id once) and/or remove items (remove: item ids)",
            description = "All or nothing: an id of another agenda answers 400 naming order, or 404 for remove, "
                    + "and nothing is changed.")
    AgendaResponse patchAgenda(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @RequestBody AgendaPatch request) {
        checkIns.changeAgenda(slug, me.id(), checkInId, request.order(), request.remove());
        return agenda(checkIns.get(slug, me.id(), checkInId));
    }

    @PatchMapping("/{checkInId}/agenda/items/{itemId}")
    @Operation(
            summary = "Keep the notes taken on an agenda item, with the notesVersion they were started from",
            description = "The notesVersion as notesVersion in the body or as the header If-Match: \"3\" (400"
                    + " naming notesVersion without either, or when they differ); 409 concurrent-change when"
                    + " someone else saved other notes on the item since; a new agenda or a move does not count.")
    AgendaItemView note(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long itemId,
            @Parameter(description = "the item's notesVersion, in quotes (\"3\"), instead of notesVersion in the body")
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @RequestBody NotesRequest request) {
        return checkIns.note(
                slug,
                me.id(),
                checkInId,
                itemId,
                request.notes(),
                IfMatch.version(request.notesVersion(), ifMatch, "notesVersion"));
    }

    private static AgendaResponse agenda(CheckInView view) {
        return new AgendaResponse(
                view.agendaGeneratedAt(),
                view.agendaSince(),
                view.agendaGeneratedAt() != null && view.agenda().isEmpty(),
                view.agenda());
    }

    // ---- minutes -------------------------------------------------------------------------------

    @PutMapping("/{checkInId}/attendance")
    @Operation(summary = "Record who attended (members only), with the check-in's version")
    List<Ref> attend(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @Valid @RequestBody AttendanceRequest request) {
        return minutes.attend(slug, me.id(), checkInId, request.attendeeIds(), request.version());
    }

    @GetMapping("/{checkInId}/decisions")
    List<DecisionView> decisions(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long checkInId) {
        return minutes.decisions(slug, me.id(), checkInId);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{checkInId}/decisions")
    @Operation(summary = "Record a decision: what, why, what it re-prioritised, what it concerns")
    ResponseEntity<DecisionView> decide(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @RequestBody DecisionRequest request) {
        DecisionView decision = minutes.addDecision(slug, me.id(), checkInId, request.input());
        return ResponseEntity.created(URI.create(
                        "/api/v1/workspaces/" + slug + "/check-ins/" + checkInId + "/decisions/" + decision.id()))
                .body(decision);
    }

    @GetMapping("/{checkInId}/decisions/{decisionId}")
    @Operation(summary = "One decision of the check-in", description = "404 for a decision of another check-in.")
    DecisionView decision(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long decisionId) {
        return minutes.decision(slug, me.id(), checkInId, decisionId);
    }

    @PutMapping("/{checkInId}/decisions/{decisionId}")
    @Operation(summary = "Change a decision, with its version")
    DecisionView updateDecision(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long decisionId,
            @RequestBody DecisionRequest request) {
        if (request.version() == null) {
            throw new InvalidInput("version", "Send the version the decision was read at.");
        }
        return minutes.updateDecision(slug, me.id(), checkInId, decisionId, request.input(), request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{checkInId}/decisions/{decisionId}")
    @Operation(
            summary = "Delete a decision recorded by mistake",
            description = "It leaves the minutes and the next agenda. 404 for a decision of another check-in;"
                    + " 409 when the check-in was cancelled (its minutes stay as they were). " + IfMatch.DELETE_DOC)
    ResponseEntity<Void> deleteDecision(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long decisionId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        minutes.deleteDecision(slug, me.id(), checkInId, decisionId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{checkInId}/action-items")
    List<ActionItemView> actionItems(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long checkInId) {
        return minutes.actionItems(slug, me.id(), checkInId);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{checkInId}/action-items")
    @Operation(summary = "Record an action item: what, its owner (a member, required), by when")
    ResponseEntity<ActionItemView> addActionItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @RequestBody ActionItemRequest request) {
        ActionItemView item = minutes.addActionItem(slug, me.id(), checkInId, request.input());
        return ResponseEntity.created(URI.create(
                        "/api/v1/workspaces/" + slug + "/check-ins/" + checkInId + "/action-items/" + item.id()))
                .body(item);
    }

    @GetMapping("/{checkInId}/action-items/{actionItemId}")
    @Operation(summary = "One action item of the check-in", description = "404 for an action item of another check-in.")
    ActionItemView actionItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long actionItemId) {
        return minutes.actionItem(slug, me.id(), checkInId, actionItemId);
    }

    @PutMapping("/{checkInId}/action-items/{actionItemId}")
    @Operation(summary = "Change an action item (text, owner, due date, state), with its version")
    ActionItemView updateActionItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long actionItemId,
            @RequestBody ActionItemRequest request) {
        if (request.version() == null) {
            throw new InvalidInput("version", "Send the version the action item was read at.");
        }
        return minutes.updateActionItem(slug, me.id(), checkInId, actionItemId, request.input(), request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{checkInId}/action-items/{actionItemId}")
    @Operation(
            summary = "Delete an action item recorded by mistake",
            description = "It leaves the minutes, its owner's work and the next agenda. 404 for an action item of"
                    + " another check-in; 409 when the check-in was cancelled (its minutes stay as they were). "
                    + IfMatch.DELETE_DOC)
    ResponseEntity<Void> deleteActionItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long actionItemId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        minutes.deleteActionItem(slug, me.id(), checkInId, actionItemId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}

package app.tandem.discovery.web;

import app.tandem.discovery.DecisionInput;
import app.tandem.discovery.DiscoverySessions;
import app.tandem.discovery.RecordedOutcome;
import app.tandem.discovery.SessionInput;
import app.tandem.discovery.SessionSummary;
import app.tandem.discovery.SessionView;
import app.tandem.discovery.StatementInput;
import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.Confidence;
import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Discovery sessions over the REST API. The workspace and the role are checked before a body is read
 * (the workspace module's check of every request under {@code /api/v1/workspaces/{slug}}); every wrong field is named at once ({@code errors}).
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/discovery-sessions")
@Tag(
        name = "Discovery sessions",
        description = "A topic, when, the business goals in question and the people invited; each team's goals side"
                + " by side with their overlaps, conflicts and trade-offs; attendance, warnings and outcomes")
class DiscoveryApiController {

    private final DiscoverySessions sessions;
    private final Paging paging;

    DiscoveryApiController(DiscoverySessions sessions, Paging paging) {
        this.sessions = sessions;
        this.paging = paging;
    }

    @Schema(
            description = "A discovery session as planned or replaced; times are UTC (2027-03-01T10:00:00Z; without an"
                    + " offset, UTC), timeZone only says where its pages show them")
    record SessionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = SessionInput.TOPIC_MAX) @Nullable String topic,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "to the minute (seconds are left out)")
            @JsonDeserialize(using = UtcDateTime.class)
            @Nullable LocalDateTime startsAt,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "after startsAt, to the minute (seconds are left out)")
            @JsonDeserialize(using = UtcDateTime.class)
            @Nullable LocalDateTime endsAt,

            @Schema(description = "a team of the workspace, optional") @Nullable Long hostTeamId,

            @Schema(description = "business goals of the workspace") @Size(max = SessionInput.GOALS_MAX) @Nullable List<@Nullable Long> goalIds,

            @Schema(description = "members of the workspace (user ids)")
            @Size(max = SessionInput.INVITEES_MAX) @Nullable List<@Nullable Long> inviteeIds,

            @Schema(
                    description = "the IANA time zone its pages show it in, such as Europe/Berlin (any case; blank is"
                            + " UTC); startsAt and endsAt stay UTC. Without it, UTC.",
                    maxLength = 64)
            @Nullable String timeZone) {

        SessionInput input() {
            return new SessionInput(
                    topic, startsAt, endsAt, hostTeamId, goalIds, inviteeIds, timeZone, SessionInput.TimesIn.UTC);
        }
    }

    @Schema(
            name = "DiscoverySessionReplaceRequest",
            description = "A whole session, and the version it was read at (GET answers it)")
    record ReplaceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = SessionInput.TOPIC_MAX) @Nullable String topic,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "to the minute (seconds are left out)")
            @JsonDeserialize(using = UtcDateTime.class)
            @Nullable LocalDateTime startsAt,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "after startsAt, to the minute (seconds are left out)")
            @JsonDeserialize(using = UtcDateTime.class)
            @Nullable LocalDateTime endsAt,

            @Nullable Long hostTeamId,
            @Size(max = SessionInput.GOALS_MAX) @Nullable List<@Nullable Long> goalIds,
            @Size(max = SessionInput.INVITEES_MAX) @Nullable List<@Nullable Long> inviteeIds,

            @Schema(
                    description = "the IANA time zone its pages show it in, such as Europe/Berlin (any case; blank is"
                            + " UTC); startsAt and endsAt stay UTC. Without it, the session keeps its time zone.",
                    maxLength = 64)
            @Nullable String timeZone,

            @Schema(description = "the version the change was made on; 409 when the session changed since") @NotNull Long version) {}

    @Schema(description = "One team's goals for the topic")
    record StatementRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = StatementInput.AIM_MAX) @Nullable String aim,

            @Size(max = StatementInput.LINKS_MAX) @Nullable List<@Nullable Long> goalIds,
            @Size(max = StatementInput.LINKS_MAX) @Nullable List<@Nullable Long> userGoalIds,

            @Schema(description = "KPIs the team expects to RAISE, LOWER or GUARD (must not get worse)")
            @Size(max = StatementInput.LINKS_MAX) @Nullable List<StatementInput.@Nullable KpiInput> kpis,

            @Schema(description = "person-weeks the team can give for the topic, optional") @Nullable Double capacity,

            @Schema(description = "person-weeks of each team's capacity the statement would need")
            @Size(max = StatementInput.LINKS_MAX) @Nullable List<StatementInput.@Nullable NeedInput> needs,

            @Schema(description = "required when the team has stated its goals already: the version read") @Nullable Long version) {}

    @Schema(name = "DiscoveryAttendanceRequest", description = "Who attended, and the session's version read")
    record AttendanceRequest(
            @Schema(description = "invited people by user id; those not named did not attend")
            @Size(max = SessionInput.INVITEES_MAX) @Nullable List<DiscoverySessions.@Nullable Attendance> attendance,

            @NotNull Long version) {}

    @Schema(name = "DiscoveryDecisionRequest", description = "A decision taken in the session")
    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = DecisionInput.WHAT_MAX) @Nullable String what,

            @Schema(maxLength = DecisionInput.WHY_MAX) @Nullable String why,

            @Size(max = StatementInput.LINKS_MAX) @Nullable List<@Nullable Long> initiativeIds,
            @Size(max = StatementInput.LINKS_MAX) @Nullable List<@Nullable Long> goalIds) {}

    @Schema(
            name = "DiscoveryInitiativeRequest",
            description = "An initiative to propose from the session, as POST .../initiatives takes it")
    record InitiativeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = InitiativeInput.TITLE_MAX) @Nullable String title,

            @Schema(description = "Markdown", maxLength = InitiativeInput.DESCRIPTION_MAX) @Nullable String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable InitiativeKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "a team of the workspace") @Nullable Long proposingTeamId,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the accountable person: a member's user id")
            @Nullable Long ownerId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate startDate,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "not before startDate") @Nullable LocalDate dueDate,

            @Schema(description = "defaults to MEDIUM") @Nullable Confidence confidence,

            @Schema(description = "it has a landing page or form; default false") @Nullable Boolean needsWebForm) {}

    @Schema(description = "An existing initiative the session changed, and how")
    record ChangedInitiativeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long initiativeId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = DecisionInput.WHAT_MAX) @Nullable String change) {}

    @GetMapping
    @Operation(summary = "List the discovery sessions, the latest first")
    PageResponse<SessionSummary> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(sessions.list(slug, me.id(), paging.of(page, size, Sort.unsorted())), s -> s);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Plan a discovery session",
            description = "400 names every wrong field at once: no topic, endsAt not after startsAt, a timeZone that"
                    + " is none, an invitee who is not a member (inviteeIds[i]), a goal or team of another workspace.")
    ResponseEntity<SessionView> create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody SessionRequest request) {
        SessionView session = sessions.create(slug, me.id(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/discovery-sessions/" + session.id()))
                .body(session);
    }

    @GetMapping("/{sessionId}")
    @Operation(
            summary = "Get a session with its statements side by side, findings, warnings and outcomes",
            description = "findings: OVERLAP, CONFLICT, TRADE_OFF, each with its sentence and teams; warnings:"
                    + " ONLY_LEADS, IT_ABSENT, TEAM_ABSENT, from the invitations until attendance is recorded"
                    + " (warningsFrom).")
    SessionView get(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long sessionId) {
        return sessions.get(slug, me.id(), sessionId);
    }

    @PutMapping("/{sessionId}")
    @Operation(
            summary = "Replace a session, with the version it was read at",
            description = "409 concurrent-change when it changed since; invited people who stay keep their attendance;"
                    + " without timeZone the session keeps its own.")
    SessionView replace(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @Valid @RequestBody ReplaceRequest request) {
        return sessions.replace(
                slug,
                me.id(),
                sessionId,
                new SessionInput(
                        request.topic(),
                        request.startsAt(),
                        request.endsAt(),
                        request.hostTeamId(),
                        request.goalIds(),
                        request.inviteeIds(),
                        request.timeZone(),
                        SessionInput.TimesIn.UTC),
                request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{sessionId}")
    @Operation(
            summary = "Delete a session with its statements and outcomes (initiatives it created stay)",
            description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        sessions.delete(slug, me.id(), sessionId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{sessionId}/statements/{teamId}")
    @Operation(
            summary = "State or replace one team's goals for the topic",
            description = "Answers the whole session with the new findings. Replacing needs the statement's version"
                    + " (400 naming version when missing, 409 when it changed since).")
    SessionView putStatement(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @PathVariable long teamId,
            @Valid @RequestBody StatementRequest request) {
        return sessions.putStatement(
                slug,
                me.id(),
                sessionId,
                teamId,
                new StatementInput(
                        request.aim(),
                        request.goalIds(),
                        request.userGoalIds(),
                        request.kpis(),
                        request.capacity(),
                        request.needs()),
                request.version());
    }

    @DeleteMapping("/{sessionId}/statements/{teamId}")
    @Operation(
            summary = "Remove one team's statement",
            description = "Nothing changes when the team stated nothing; 400 naming teamId when the team is not of"
                    + " this workspace.")
    SessionView removeStatement(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @PathVariable long teamId) {
        return sessions.removeStatement(slug, me.id(), sessionId, teamId);
    }

    @PatchMapping("/{sessionId}/attendance")
    @Operation(
            summary = "Record who attended",
            description = "Invited people not named did not attend; someone not invited is refused naming"
                    + " attendance[i].userId; 409 when the session changed since version.")
    SessionView attendance(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @Valid @RequestBody AttendanceRequest request) {
        return sessions.recordAttendance(
                slug,
                me.id(),
                sessionId,
                request.attendance() == null ? List.of() : request.attendance(),
                request.version());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{sessionId}/decisions")
    @Operation(summary = "Record a decision taken in the session (what, why, linked initiatives and goals)")
    ResponseEntity<SessionView> decide(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @Valid @RequestBody DecisionRequest request) {
        return created(
                slug,
                sessions.recordDecision(
                        slug,
                        me.id(),
                        sessionId,
                        new DecisionInput(request.what(), request.why(), request.initiativeIds(), request.goalIds())));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{sessionId}/initiatives")
    @Operation(
            summary = "Propose an initiative from the session",
            description = "Refused naming the fields as POST .../initiatives refuses them; recorded as an outcome.")
    ResponseEntity<SessionView> createInitiative(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @RequestBody InitiativeRequest request) {
        RecordedOutcome recorded = sessions.createInitiative(
                slug,
                me.id(),
                sessionId,
                new InitiativeInput(
                        request.title(),
                        request.description(),
                        request.kind(),
                        request.proposingTeamId(),
                        request.ownerId(),
                        request.startDate(),
                        request.dueDate(),
                        request.confidence(),
                        null,
                        null,
                        request.needsWebForm()));
        // the Location of the initiative proposed, which its outcome names
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/initiatives/"
                        + recorded.outcome().initiatives().getFirst().id()))
                .body(recorded.session());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{sessionId}/changed-initiatives")
    @Operation(summary = "Record that the session changed an existing initiative, and how")
    ResponseEntity<SessionView> changedInitiative(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @RequestBody ChangedInitiativeRequest request) {
        return created(
                slug,
                sessions.linkChangedInitiative(slug, me.id(), sessionId, request.initiativeId(), request.change()));
    }

    @GetMapping("/{sessionId}/outcomes/{outcomeId}")
    @Operation(
            summary = "One outcome of the session: a decision, an initiative it created or changed",
            description = "The address a recorded decision's or change's Location gives; 404 for an outcome of"
                    + " another session.")
    SessionView.OutcomeView outcome(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @PathVariable long outcomeId) {
        return sessions.outcome(slug, me.id(), sessionId, outcomeId);
    }

    /** 201 with the session, and the outcome just recorded as its Location. */
    private static ResponseEntity<SessionView> created(String slug, RecordedOutcome recorded) {
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/discovery-sessions/"
                        + recorded.session().id() + "/outcomes/"
                        + recorded.outcome().id()))
                .body(recorded.session());
    }
}

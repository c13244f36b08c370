package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.Involvement;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.Role;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceNotFound;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.WorkspaceAdministration;
import app.tandem.workspace.internal.WorkspaceSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces")
@Tag(name = "Workspaces", description = "Workspaces, their members and teams")
class WorkspaceApiController {

    private final Workspaces workspaces;
    private final WorkspaceAdministration administration;
    private final Paging paging;

    WorkspaceApiController(Workspaces workspaces, WorkspaceAdministration administration, Paging paging) {
        this.workspaces = workspaces;
        this.administration = administration;
        this.paging = paging;
    }

    record WorkspaceResponse(long id, String slug, String name, Role role, Instant createdAt, long version) {
        static WorkspaceResponse of(WorkspaceSummary w) {
            return new WorkspaceResponse(w.id(), w.slug(), w.name(), w.role(), w.createdAt(), w.version());
        }
    }

    record CreateWorkspaceRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 40) @Nullable String slug) {}

    record UpdateWorkspaceRequest(
            @Size(min = 1, max = 100) @Nullable String name,
            @Size(min = 1, max = 40) @Nullable String slug,

            @Schema(description = "the workspace's version: " + IfMatch.VERSION_DOC) @Nullable Long version) {}

    record CreateTeamRequest(
            @NotBlank @Size(max = 80) String name,
            @Size(max = 500) @Nullable String description,

            @Schema(
                    description =
                            "Whether the team is IT: discovery sessions warn when nobody from it is there while an involved initiative needs infrastructure or an IT review. Left out: true for a team named IT or Information technology.")
            @Nullable Boolean itTeam) {}

    record UpdateTeamRequest(
            @Size(min = 1, max = 80) @Nullable String name,
            @Size(max = 500) @Nullable String description,

            @Schema(description = "Whether the team is IT; left out, unchanged.") @Nullable Boolean itTeam,

            @Schema(
                    description =
                            "the team's version (it moves on when people join or leave it too): " + IfMatch.VERSION_DOC)
            @Nullable Long version) {}

    record TeamMemberRequest(
            @NotNull @Positive Long userId, @NotNull Involvement involvement) {}

    record InviteRequest(
            @NotBlank @Email String email, @NotNull Role role) {}

    record RoleRequest(
            @NotNull Role role,

            @Schema(description = "the member's version: " + IfMatch.VERSION_DOC) @Nullable Long version) {}

    // ---- workspaces ---------------------------------------------------------------------------

    @GetMapping
    @Operation(summary = "List the workspaces I belong to")
    PageResponse<WorkspaceResponse> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(
                administration.mine(me.id(), paging.of(page, size, Sort.unsorted())), WorkspaceResponse::of);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Create a workspace; I become its admin")
    ResponseEntity<WorkspaceResponse> create(
            @AuthenticationPrincipal TandemPrincipal me, @Valid @RequestBody CreateWorkspaceRequest request) {
        WorkspaceSummary created = administration.create(me.id(), request.name(), request.slug());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + created.slug()))
                .body(WorkspaceResponse.of(created));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Get a workspace")
    WorkspaceResponse get(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        WorkspaceContext context = workspaces.access(slug, me.id());
        return administration.allMine(me.id()).stream()
                .filter(w -> w.id() == context.id())
                .findFirst()
                .map(WorkspaceResponse::of)
                .orElseThrow(() -> new WorkspaceNotFound(slug));
    }

    @AdminOnly
    @PatchMapping("/{slug}")
    @Operation(
            summary = "Rename a workspace or change its slug (admins), from the version it was read at",
            description = "What is left out stays as it is." + IfMatch.EDIT_DOC)
    WorkspaceResponse update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody UpdateWorkspaceRequest request) {
        return WorkspaceResponse.of(administration.update(
                slug, me.id(), request.name(), request.slug(), IfMatch.version(request.version(), ifMatch)));
    }

    @AdminOnly
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{slug}")
    @Operation(summary = "Delete a workspace and everything in it (admins)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        administration.delete(slug, me.id());
        return ResponseEntity.noContent().build();
    }

    // ---- teams --------------------------------------------------------------------------------

    @GetMapping("/{slug}/teams")
    @Operation(summary = "List the teams of a workspace")
    PageResponse<TeamView> teams(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(administration.teams(slug, me.id(), paging.of(page, size, Sort.unsorted())), t -> t);
    }

    @AdminOnly
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{slug}/teams")
    @Operation(summary = "Create a team (admins)")
    ResponseEntity<TeamView> createTeam(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody CreateTeamRequest request) {
        TeamView team =
                administration.createTeam(slug, me.id(), request.name(), request.description(), request.itTeam());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/teams/" + team.id()))
                .body(team);
    }

    @GetMapping("/{slug}/teams/{teamId}")
    @Operation(summary = "Get a team with its members")
    TeamView team(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long teamId) {
        return administration.team(slug, me.id(), teamId);
    }

    @AdminOnly
    @PatchMapping("/{slug}/teams/{teamId}")
    @Operation(
            summary = "Rename or describe a team, or say whether it is IT (admins), from the version it was read at",
            description = "What is left out stays as it is." + IfMatch.EDIT_DOC)
    TeamView updateTeam(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody UpdateTeamRequest request) {
        return administration.updateTeam(
                slug,
                me.id(),
                teamId,
                request.name(),
                request.description(),
                request.itTeam(),
                IfMatch.version(request.version(), ifMatch));
    }

    @AdminOnly
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{slug}/teams/{teamId}")
    @Operation(summary = "Delete a team (admins)", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> deleteTeam(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        administration.deleteTeam(slug, me.id(), teamId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @AdminOnly
    @PostMapping("/{slug}/teams/{teamId}/members")
    @Operation(summary = "Put a workspace member in a team, leading or executing the work (admins)")
    TeamView addToTeam(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            @Valid @RequestBody TeamMemberRequest request) {
        return administration.addToTeam(slug, me.id(), teamId, request.userId(), request.involvement());
    }

    @AdminOnly
    @DeleteMapping("/{slug}/teams/{teamId}/members/{userId}")
    @Operation(summary = "Take a person out of a team (admins)")
    TeamView removeFromTeam(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            @PathVariable long userId) {
        return administration.removeFromTeam(slug, me.id(), teamId, userId);
    }

    // ---- members ------------------------------------------------------------------------------

    @GetMapping("/{slug}/members")
    @Operation(summary = "List the members of a workspace with their roles and teams")
    PageResponse<MemberView> members(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(workspaces.members(slug, me.id(), paging.of(page, size, Sort.unsorted())), m -> m);
    }

    @AdminOnly
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{slug}/members")
    @Operation(summary = "Add a person who can sign in to the workspace, with a role (admins)")
    ResponseEntity<MemberView> invite(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody InviteRequest request) {
        MemberView member = administration.invite(slug, me.id(), request.email(), request.role());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/members/" + member.userId()))
                .body(member);
    }

    @GetMapping("/{slug}/members/{userId}")
    @Operation(summary = "Get one member")
    MemberView member(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long userId) {
        return administration.member(slug, me.id(), userId);
    }

    @AdminOnly
    @PatchMapping("/{slug}/members/{userId}")
    @Operation(
            summary = "Change a member's role (admins), from the version it was read at",
            description = "The last admin cannot stop being one." + IfMatch.EDIT_DOC)
    MemberView changeRole(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long userId,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody RoleRequest request) {
        return administration.changeRole(
                slug, me.id(), userId, request.role(), IfMatch.version(request.version(), ifMatch));
    }

    @AdminOnly
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{slug}/members/{userId}")
    @Operation(summary = "Remove a member from the workspace (admins)")
    ResponseEntity<Void> removeMember(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long userId) {
        administration.removeMember(slug, me.id(), userId);
        return ResponseEntity.noContent().build();
    }
}

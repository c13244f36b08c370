package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.InvalidInput;
import app.tandem.support.Paging;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.Involvement;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.WorkspaceAdministration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Teams of a workspace in the browser: list, create (htmx-enhanced), members, delete. */
@Controller
class TeamController {

    private final Workspaces workspaces;
    private final WorkspaceAdministration administration;
    private final Paging paging;

    TeamController(Workspaces workspaces, WorkspaceAdministration administration, Paging paging) {
        this.workspaces = workspaces;
        this.administration = administration;
        this.paging = paging;
    }

    record TeamForm(
            @NotBlank(message = "Give the team a name, such as Marketing or Support.") @Size(max = 80, message = "At most 80 characters.") String name,

            @Size(max = 500, message = "At most 500 characters.") String description,

            @Nullable Boolean itTeam) {}

    /** A team's name and description as its page edits them, with the version the page was opened at. */
    record TeamEditForm(
            @NotBlank(message = "Give the team a name, such as Marketing or Support.") @Size(max = 80, message = "At most 80 characters.") String name,

            @Size(max = 500, message = "At most 500 characters.") @Nullable String description,

            @Nullable Long version) {}

    record TeamMemberForm(
            @NotNull(message = "Choose a member.") Long userId,
            @NotNull Involvement involvement) {}

    @GetMapping("/w/{slug}/teams")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("teamForm", new TeamForm("", "", null));
        return listPage(me, slug, page, model);
    }

    @AdminOnly
    @PostMapping("/w/{slug}/teams")
    String create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("teamForm") TeamForm form,
            BindingResult result,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                TeamView team = administration.createTeam(
                        slug,
                        me.id(),
                        form.name(),
                        form.description(),
                        // unticked: read from the name, so a team called IT is IT unless its page says not
                        Boolean.TRUE.equals(form.itTeam()) ? Boolean.TRUE : null);
                if (htmx.isHtmxRequest()) {
                    model.addAttribute("teamForm", new TeamForm("", "", null));
                    model.addAttribute("teamFlash", "Team " + team.name() + " created.");
                    listPage(me, slug, null, model);
                    return "workspace/teams :: teams";
                }
                redirect.addFlashAttribute("flash", "Team " + team.name() + " created.");
                return "redirect:/w/" + slug + "/teams";
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        listPage(me, slug, null, model);
        return htmx.isHtmxRequest() ? "workspace/teams :: teams" : "workspace/teams";
    }

    @GetMapping("/w/{slug}/teams/{teamId}")
    String team(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            Model model) {
        return teamPage(me, slug, teamId, model);
    }

    /**
     * Renames the team or changes its description (a typo in a name could only be mended by
     * deleting the team, and what it owned with it; a browser walk, December 2026). The form comes
     * back with its errors and what was typed: a name another team has, a change made since.
     */
    @AdminOnly
    @PostMapping("/w/{slug}/teams/{teamId}")
    String edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            @Valid @ModelAttribute("editForm") TeamEditForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                TeamView team = administration.updateTeam(
                        slug,
                        me.id(),
                        teamId,
                        form.name(),
                        form.description() == null ? "" : form.description(),
                        null,
                        Forms.version(form.version()));
                redirect.addFlashAttribute("flash", "Team " + team.name() + " saved.");
                return "redirect:/w/" + slug + "/teams/" + teamId;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("editOpen", true);
        return teamPage(me, slug, teamId, model);
    }

    @AdminOnly
    @PostMapping("/w/{slug}/teams/{teamId}/members")
    String addMember(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            @Valid @ModelAttribute("memberForm") TeamMemberForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.addToTeam(slug, me.id(), teamId, form.userId(), form.involvement());
                redirect.addFlashAttribute("flash", "Team updated.");
                return "redirect:/w/" + slug + "/teams/" + teamId;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return teamPage(me, slug, teamId, model);
    }

    @AdminOnly
    @PostMapping("/w/{slug}/teams/{teamId}/members/{userId}/remove")
    String removeMember(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            @PathVariable long userId,
            RedirectAttributes redirect) {
        TeamView team = administration.removeFromTeam(slug, me.id(), teamId, userId);
        redirect.addFlashAttribute("flash", "Removed from " + team.name() + ".");
        return "redirect:/w/" + slug + "/teams/" + teamId;
    }

    @AdminOnly
    @PostMapping("/w/{slug}/teams/{teamId}/it")
    String markIt(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            @RequestParam boolean itTeam,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        try {
            TeamView team =
                    administration.updateTeam(slug, me.id(), teamId, null, null, itTeam, Forms.version(version));
            redirect.addFlashAttribute(
                    "flash", team.name() + (team.itTeam() ? " is an IT team." : " is no longer an IT team."));
        } catch (ConcurrentChange | InvalidInput e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/w/" + slug + "/teams/" + teamId;
    }

    @GetMapping("/w/{slug}/teams/{teamId}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToAdminister(slug, me.id()));
        model.addAttribute("team", administration.team(slug, me.id(), teamId));
        return "workspace/team-delete";
    }

    @AdminOnly
    @PostMapping("/w/{slug}/teams/{teamId}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long teamId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        TeamView team = administration.team(slug, me.id(), teamId);
        try {
            administration.deleteTeam(slug, me.id(), teamId, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "teams", teamId, "delete");
        }
        redirect.addFlashAttribute("flash", "Team " + team.name() + " is deleted.");
        return "redirect:/w/" + slug + "/teams";
    }

    private String listPage(TandemPrincipal me, String slug, @Nullable Integer page, Model model) {
        model.addAttribute("workspace", workspaces.access(slug, me.id()));
        model.addAttribute("teams", administration.teams(slug, me.id(), paging.of(page, null, Sort.unsorted())));
        return "workspace/teams";
    }

    private String teamPage(TandemPrincipal me, String slug, long teamId, Model model) {
        model.addAttribute("workspace", workspaces.access(slug, me.id()));
        TeamView team = administration.team(slug, me.id(), teamId);
        model.addAttribute("team", team);
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new TeamMemberForm(null, Involvement.EXECUTES));
        }
        if (!model.containsAttribute("editForm")) {
            model.addAttribute(
                    "editForm",
                    new TeamEditForm(
                            team.name(), team.description() == null ? "" : team.description(), team.version()));
        }
        model.addAttribute(
                "members",
                workspaces
                        .members(slug, me.id(), Pageable.ofSize(paging.maxSize() * 10))
                        .getContent());
        model.addAttribute("involvements", Involvement.values());
        return "workspace/team";
    }
}

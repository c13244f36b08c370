package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.InvalidInput;
import app.tandem.support.Paging;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.Role;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.LastAdmin;
import app.tandem.workspace.internal.WorkspaceAdministration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
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

/** Members of a workspace in the browser: list, invite, change role, remove. */
@Controller
class MemberController {

    private final Workspaces workspaces;
    private final WorkspaceAdministration administration;
    private final Paging paging;

    MemberController(Workspaces workspaces, WorkspaceAdministration administration, Paging paging) {
        this.workspaces = workspaces;
        this.administration = administration;
        this.paging = paging;
    }

    record InviteForm(
            @NotBlank(message = "Enter the email the person signs in with.") @Email(message = "Enter a valid email address.") String email,

            @NotNull Role role) {}

    @GetMapping("/w/{slug}/members")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("inviteForm", new InviteForm("", Role.MEMBER));
        return page(me, slug, page, model);
    }

    @AdminOnly
    @PostMapping("/w/{slug}/members")
    String invite(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                MemberView member = administration.invite(slug, me.id(), form.email(), form.role());
                redirect.addFlashAttribute(
                        "flash",
                        member.displayName() + " joined as "
                                + member.role().label().toLowerCase() + ".");
                return "redirect:/w/" + slug + "/members";
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return page(me, slug, null, model);
    }

    @AdminOnly
    @PostMapping("/w/{slug}/members/{userId}/role")
    String changeRole(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long userId,
            @RequestParam Role role,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        try {
            MemberView member = administration.changeRole(slug, me.id(), userId, role, Forms.version(version));
            redirect.addFlashAttribute(
                    "flash",
                    member.displayName() + " is now " + member.role().label().toLowerCase() + ".");
        } catch (LastAdmin | ConcurrentChange | InvalidInput e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/w/" + slug + "/members";
    }

    @GetMapping("/w/{slug}/members/{userId}/remove")
    String confirmRemove(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long userId,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToAdminister(slug, me.id()));
        model.addAttribute("member", administration.member(slug, me.id(), userId));
        return "workspace/member-remove";
    }

    @AdminOnly
    @PostMapping("/w/{slug}/members/{userId}/remove")
    String remove(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long userId,
            RedirectAttributes redirect) {
        MemberView member = administration.member(slug, me.id(), userId);
        try {
            administration.removeMember(slug, me.id(), userId);
            redirect.addFlashAttribute("flash", member.displayName() + " is no longer a member.");
        } catch (LastAdmin e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/w/" + slug + "/members";
    }

    private String page(TandemPrincipal me, String slug, @Nullable Integer page, Model model) {
        model.addAttribute("workspace", workspaces.access(slug, me.id()));
        model.addAttribute("members", workspaces.members(slug, me.id(), paging.of(page, null, Sort.unsorted())));
        model.addAttribute("roles", Role.values());
        return "workspace/members";
    }
}

package app.tandem.identity;

import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** Instance admins create the people who can sign in (guarded by the UI security chain). */
@Controller
class AdminUsersController {

    private final Users users;
    private final Paging paging;
    private final PasswordLinks links;
    private final PasswordLinkMail mail;
    private final IdentityProperties properties;

    AdminUsersController(
            Users users, Paging paging, PasswordLinks links, PasswordLinkMail mail, IdentityProperties properties) {
        this.users = users;
        this.paging = paging;
        this.links = links;
        this.mail = mail;
        this.properties = properties;
    }

    record UserForm(
            @NotBlank(message = "Enter an email address.") @Email(message = "Enter a valid email address.") @Size(max = 254) String email,

            @NotBlank(message = "Enter the person's name.") @Size(max = 120) String displayName,

            @NotBlank @Size(min = Users.MIN_PASSWORD_LENGTH, max = 200, message = "The password needs at least 10 characters.") String password,

            boolean instanceAdmin) {}

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("userForm", new UserForm("", "", "", false));
        return page(page, model);
    }

    @PostMapping("/admin/users")
    String create(
            @Valid @ModelAttribute("userForm") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UserSummary created =
                        users.create(form.email(), form.displayName(), form.password(), form.instanceAdmin());
                redirect.addFlashAttribute(
                        "flash", created.displayName() + " can now sign in as " + created.email() + ".");
                return "redirect:/admin/users";
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return page(null, model);
    }

    /** Asks before creating a password link for a person. */
    @GetMapping("/admin/users/{id}/password-link")
    String confirmPasswordLink(@PathVariable long id, Model model) {
        model.addAttribute(
                "person", users.findById(id).orElseThrow(() -> new UserNotFound("id", "No person " + id + ".")));
        model.addAttribute(
                "validFor", PasswordLinks.shown(properties.passwordLinks().validFor()));
        model.addAttribute("mailSetUp", mail.setUp());
        return "admin/password-link";
    }

    /** Creates the link and shows it once on the people page (and mails it when mail is set up). */
    @PostMapping("/admin/users/{id}/password-link")
    String createPasswordLink(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        PasswordLinks.Created created = links.create(me.id(), id);
        String url = PasswordLinkController.urlOf(created, properties);
        PasswordLinkMail.Outcome outcome = mail.send(created, url, me.displayName());
        redirect.addFlashAttribute("createdLink", url);
        redirect.addFlashAttribute("createdLinkFor", created.person().displayName());
        redirect.addFlashAttribute("createdLinkExpires", created.expiresShown());
        redirect.addFlashAttribute(
                "createdLinkMail",
                switch (outcome) {
                    case SENT -> "It was also mailed to " + created.person().email() + ".";
                    case NO_MAIL_SET_UP -> "Mail is not set up on this instance: pass the link on yourself.";
                    case FAILED ->
                        "Mailing it to " + created.person().email()
                                + " failed (see the log): pass the link on yourself.";
                });
        return "redirect:/admin/users";
    }

    /** Asks before deactivating an account, saying what it ends. */
    @GetMapping("/admin/users/{id}/deactivate")
    String confirmDeactivate(@PathVariable long id, Model model) {
        model.addAttribute("person", users.account(id));
        return "admin/deactivate";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        return changeActive(
                redirect,
                () -> users.deactivate(me.id(), id, Forms.version(version)),
                "is deactivated:"
                        + " they cannot sign in, their sessions end and their API tokens are refused until you reactivate them.");
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        return changeActive(
                redirect, () -> users.reactivate(id, Forms.version(version)), "can sign in again with their password.");
    }

    /** The reactivation's address, opened as a page (reloaded, bookmarked), leads to the people page. */
    @GetMapping("/admin/users/{id}/reactivate")
    String reactivateOpenedAsAPage(@PathVariable long id) {
        return "redirect:/admin/users";
    }

    /** Does the change and says on the people page what it did, or why it was refused. */
    private static String changeActive(
            RedirectAttributes redirect, java.util.function.Supplier<AccountView> change, String done) {
        try {
            AccountView person = change.get();
            redirect.addFlashAttribute("flash", person.displayName() + " " + done);
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    private String page(@Nullable Integer page, Model model) {
        model.addAttribute("users", users.accounts(paging.of(page, null, Sort.unsorted())));
        return "admin/users";
    }
}

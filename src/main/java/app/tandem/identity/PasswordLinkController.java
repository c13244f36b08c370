package app.tandem.identity;

import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page a password link opens (no sign-in needed, the link is the proof): the person chooses a
 * password and is sent to sign in with it. A link that does not work gets a page that says why.
 */
@Controller
class PasswordLinkController {

    private final PasswordLinks links;

    PasswordLinkController(PasswordLinks links) {
        this.links = links;
    }

    record ChooseForm(@Nullable String password, @Nullable String repeated) {}

    /**
     * The address of a new link: {@code tandem.base-url} when set, otherwise the address of the
     * current request (behind a proxy, as its forwarded headers say).
     */
    static String urlOf(PasswordLinks.Created created, IdentityProperties properties) {
        String base = properties.baseUrl().strip();
        if (base.isEmpty()) {
            base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + created.path();
    }

    @GetMapping(PasswordLinks.PATH + "{secret}")
    String open(@PathVariable String secret, Model model) {
        model.addAttribute("chooseForm", new ChooseForm("", ""));
        return page(secret, model);
    }

    @PostMapping(PasswordLinks.PATH + "{secret}")
    String choose(
            @PathVariable String secret,
            @ModelAttribute("chooseForm") ChooseForm form,
            BindingResult result,
            HttpSession session,
            Model model) {
        try {
            UserSummary person = links.use(secret, nonNull(form.password()), nonNull(form.repeated()));
            session.setAttribute(SecurityConfiguration.LAST_EMAIL, person.email());
            return "redirect:/login?passwordSet";
        } catch (PasswordLinkUnusable e) {
            throw e;
        } catch (DomainException e) {
            Forms.reject(result, e);
        }
        return page(secret, model);
    }

    @ExceptionHandler(PasswordLinkUnusable.class)
    String unusable(PasswordLinkUnusable e, HttpServletResponse response, Model model) {
        response.setStatus(e.reason() == PasswordLinkUnusable.Reason.UNKNOWN ? 404 : 410);
        model.addAttribute("message", e.getMessage());
        return "password-link-unusable";
    }

    private String page(String secret, Model model) {
        model.addAttribute("link", links.open(secret));
        model.addAttribute("secret", secret);
        return "password-link";
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}

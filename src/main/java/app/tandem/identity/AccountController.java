package app.tandem.identity;

import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own pages: profile, password, personal API tokens. */
@Controller
class AccountController {

    private final ApiTokens tokens;
    private final Users users;
    private final Paging paging;
    private final RateLimits limits;
    private final TrustedDevices devices;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountController(ApiTokens tokens, Users users, Paging paging, RateLimits limits, TrustedDevices devices) {
        this.tokens = tokens;
        this.users = users;
        this.paging = paging;
        this.limits = limits;
        this.devices = devices;
    }

    /**
     * A new token's name, how many days it works (none: until revoked), whether it only reads and
     * the one workspace it works in (none: all of the person's).
     */
    record TokenForm(
            @NotBlank(message = "Give the token a name, such as 'CI import'.") @Size(max = 100, message = ApiTokens.NAME_TOO_LONG) String name,

            @Nullable Integer expiresInDays,
            @Nullable Boolean readOnly,
            @Nullable String workspace) {}

    /** How long a token made on the page works: what the form offers, in days (none: until revoked). */
    static final List<Integer> LIFETIMES = List.of(7, 30, 90, 365);

    record PasswordForm(
            @NotBlank(message = "Enter your current password.") String currentPassword,

            @NotBlank @Size(
                    min = Users.MIN_PASSWORD_LENGTH,
                    max = 200,
                    message = "The new password needs at least 10 characters.")
            String newPassword) {}

    @GetMapping("/account")
    String account(@AuthenticationPrincipal TandemPrincipal me, Model model) {
        model.addAttribute("passwordForm", new PasswordForm("", ""));
        return profile(me, model);
    }

    /** The profile page, with how many browsers the account trusts ({@link TrustedDevices}). */
    private String profile(TandemPrincipal me, Model model) {
        model.addAttribute("trustedBrowsers", devices.count(me.id()));
        return "account/profile";
    }

    /**
     * Forgets every browser the account trusted (a lost laptop): wrong passwords typed for the account
     * elsewhere may lock it on them too, until each signs in again.
     */
    @PostMapping("/account/browsers/forget")
    String forgetBrowsers(@AuthenticationPrincipal TandemPrincipal me, RedirectAttributes redirect) {
        int forgotten = devices.forget(me.id());
        redirect.addFlashAttribute(
                "flash",
                forgotten == 1
                        ? "1 browser is forgotten: it is trusted again when you next sign in on it."
                        : forgotten + " browsers are forgotten: each is trusted again when you next sign in on it.");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal TandemPrincipal me,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return profile(me, model);
        }
        // the current password is a sign-in attempt: counted against the sign-in rate limits first
        String address = request.getRemoteAddr();
        RateLimits.Decision throttle = limits.signInAttempt(address, me.email());
        if (!throttle.allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttle.retryAfterSeconds()));
            Forms.reject(result, new SignInThrottled("currentPassword", throttle.retryAfterSeconds()));
            return profile(me, model);
        }
        try {
            TandemPrincipal signedIn = users.changePassword(me.id(), form.currentPassword(), form.newPassword());
            limits.signInSucceeded(address, me.email());
            staySignedIn(signedIn, request, response);
            redirect.addFlashAttribute(
                    "flash", "Your password is changed. Every other browser signed in as you is signed out.");
            return "redirect:/account";
        } catch (DomainException e) {
            if (!"currentPassword".equals(e.field())) {
                limits.signInSucceeded(address, me.email());
            }
            Forms.reject(result, e);
        }
        return profile(me, model);
    }

    /**
     * Keeps this browser signed in, now with the new password (every session signed in with the old
     * one ends: {@link SignedInWithCurrentPassword}), under a new session id.
     */
    private void staySignedIn(TandemPrincipal signedIn, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessions.saveContext(context, request, response);
    }

    @GetMapping("/account/tokens")
    String tokens(
            @AuthenticationPrincipal TandemPrincipal me,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        // (90 days unless the person chooses otherwise: a forgotten token stops working on its own)
        model.addAttribute("tokenForm", new TokenForm("", 90, false, null));
        return tokensPage(me, page, model);
    }

    @PostMapping("/account/tokens")
    String createToken(
            @AuthenticationPrincipal TandemPrincipal me,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result,
                () -> {
                    ApiTokens.Created created = tokens.create(
                            me.id(),
                            form.name(),
                            form.expiresInDays(),
                            Boolean.TRUE.equals(form.readOnly()),
                            form.workspace());
                    redirect.addFlashAttribute("createdToken", created.secret());
                    redirect.addFlashAttribute(
                            "createdTokenName", created.token().name());
                    return "redirect:/account/tokens";
                },
                () -> tokensPage(me, null, model));
    }

    @GetMapping("/account/tokens/{id}/revoke")
    String confirmRevoke(@AuthenticationPrincipal TandemPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("token", tokens.get(me.id(), id));
        return "account/revoke-token";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal TandemPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        TokenView revoked = tokens.revoke(me.id(), id);
        redirect.addFlashAttribute("flash", "Token '" + revoked.name() + "' is revoked: it no longer works.");
        return "redirect:/account/tokens";
    }

    private String tokensPage(TandemPrincipal me, @Nullable Integer page, Model model) {
        model.addAttribute("tokens", tokens.active(me.id(), paging.of(page, null, Sort.unsorted())));
        model.addAttribute("lifetimes", LIFETIMES);
        model.addAttribute("tokenWorkspaces", tokens.workspacesFor(me.id()));
        return "account/tokens";
    }
}

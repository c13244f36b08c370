package app.tandem.identity;

import app.tandem.support.Forms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rate limits in force, as a page for instance admins (guarded by the UI security chain): what
 * {@code /api/v1/admin/rate-limits} reads and changes.
 */
@Controller
class AdminRateLimitsController {

    private final RateLimits limits;

    AdminRateLimitsController(RateLimits limits) {
        this.limits = limits;
    }

    /** The limits as typed, with the version they started from. */
    record LimitsForm(
            @Nullable Long version,
            @Nullable Boolean enabled,

            @NotNull(message = "Give a number of calls, 1 or more.") @Nullable Integer apiPerToken,

            @NotNull(message = "Give a number of calls, 1 or more.") @Nullable Integer apiPerAddress,

            @NotNull(message = "Give a number of attempts, 1 or more.") @Nullable Integer signInPerAddress,

            @NotNull(message = "Give a number of attempts, 1 or more.") @Nullable Integer signInPerAccount) {

        static LimitsForm of(RateLimits.Settings settings) {
            return new LimitsForm(
                    settings.version(),
                    settings.enabled(),
                    settings.apiPerToken(),
                    settings.apiPerAddress(),
                    settings.signInPerAddress(),
                    settings.signInPerAccount());
        }
    }

    @GetMapping("/admin/rate-limits")
    String show(Model model) {
        model.addAttribute("limitsForm", LimitsForm.of(limits.settings()));
        return page(model);
    }

    @PostMapping("/admin/rate-limits")
    String change(
            @Valid @ModelAttribute("limitsForm") LimitsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result,
                () -> {
                    long version = Forms.version(form.version());
                    RateLimits.Settings changed = limits.change(
                            version,
                            new RateLimits.Settings(
                                    version,
                                    Boolean.TRUE.equals(form.enabled()),
                                    number(form.apiPerToken()),
                                    number(form.apiPerAddress()),
                                    number(form.signInPerAddress()),
                                    number(form.signInPerAccount())));
                    redirect.addFlashAttribute(
                            "flash",
                            changed.enabled()
                                    ? "The rate limits are saved: every count starts afresh."
                                    : "The rate limits are off: every call and sign-in attempt is taken.");
                    return "redirect:/admin/rate-limits";
                },
                () -> page(model));
    }

    /** (Bean Validation has refused a missing number before this runs.) */
    private static int number(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private String page(Model model) {
        model.addAttribute("everyNode", limits.keptForEveryNode());
        model.addAttribute("accountPeriod", PasswordLinks.shown(limits.accountPeriod()));
        model.addAttribute("maxLimit", RateLimits.MAX_LIMIT);
        return "admin/rate-limits";
    }
}

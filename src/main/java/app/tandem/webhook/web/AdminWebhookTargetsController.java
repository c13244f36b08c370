package app.tandem.webhook.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.ConcurrentChange;
import app.tandem.webhook.PrivateTargets;
import app.tandem.webhook.Webhooks;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whether webhooks may target loopback and private addresses, as a page for instance admins
 * (guarded by the UI security chain, and by {@link Webhooks#allowPrivateTargets(boolean, boolean,
 * long)}): what {@code /api/v1/admin/webhook-settings} reads and changes.
 */
@Controller
class AdminWebhookTargetsController {

    private final Webhooks webhooks;

    AdminWebhookTargetsController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/webhook-targets")
    String show(Model model) {
        model.addAttribute("targets", webhooks.privateTargets());
        return "admin/webhook-targets";
    }

    @PostMapping("/admin/webhook-targets")
    String change(
            @AuthenticationPrincipal TandemPrincipal me,
            @RequestParam(required = false) @Nullable Boolean allow,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        try {
            PrivateTargets changed = webhooks.allowPrivateTargets(
                    me.instanceAdmin(), Boolean.TRUE.equals(allow), version == null ? -1 : version);
            redirect.addFlashAttribute(
                    "flash",
                    changed.allowed()
                            ? "Webhooks may now target loopback and private addresses, in every workspace."
                            : "Webhooks may now target public addresses only, in every workspace.");
        } catch (ConcurrentChange e) {
            redirect.addFlashAttribute(
                    "flashError", "Someone changed this setting since you opened the page: here it is as it is now.");
        }
        return "redirect:/admin/webhook-targets";
    }
}

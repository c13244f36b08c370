package app.tandem.webhook.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DayWords;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import app.tandem.webhook.DeliveryLogEntry;
import app.tandem.webhook.SubscriptionInput;
import app.tandem.webhook.SubscriptionSecret;
import app.tandem.webhook.SubscriptionView;
import app.tandem.webhook.Webhooks;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.Workspaces;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
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

/**
 * A workspace's webhooks in the browser, for its admins: the subscriptions with their state, the
 * form to add one (errors beside the fields, what was typed kept), a subscription's page with its
 * secret shown once after it was created or rotated, the form to change its URL and events, the
 * delivery log, "Send test event", "Deliver again", switching it off and on, and deleting it after a
 * confirmation.
 */
@Controller
class WebhookController {

    private final Workspaces workspaces;
    private final Webhooks webhooks;
    private final Paging paging;

    WebhookController(Workspaces workspaces, Webhooks webhooks, Paging paging) {
        this.workspaces = workspaces;
        this.webhooks = webhooks;
        this.paging = paging;
    }

    /** What the add form holds. */
    record SubscriptionForm(@Nullable String url, @Nullable List<String> eventTypes) {}

    @GetMapping("/w/{slug}/webhooks")
    String list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("subscriptionForm", new SubscriptionForm("", List.of()));
        return listPage(me, slug, model);
    }

    @AdminOnly
    @PostMapping("/w/{slug}/webhooks")
    String create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("subscriptionForm") SubscriptionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result,
                () -> {
                    SubscriptionSecret created = webhooks.create(
                            slug,
                            me.id(),
                            new SubscriptionInput(
                                    form.url(), form.eventTypes() == null ? List.of() : form.eventTypes(), null));
                    redirect.addFlashAttribute(
                            "flash",
                            "Webhook added. It sends to "
                                    + created.subscription().url() + ".");
                    redirect.addFlashAttribute("secret", created.secret());
                    return Forms.redirect(
                            slug, "webhooks", created.subscription().id());
                },
                () -> listPage(me, slug, model));
    }

    /** What the change form on a subscription's page holds, with the version it was opened at. */
    record EditForm(
            @Nullable String url,
            @Nullable List<String> eventTypes,
            @Nullable Long version) {}

    @GetMapping("/w/{slug}/webhooks/{id}")
    String subscription(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        return subscriptionPage(me, slug, id, page, model);
    }

    @AdminOnly
    @PostMapping("/w/{slug}/webhooks/{id}")
    String update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @ModelAttribute("editForm") EditForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToAdminister(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    SubscriptionView saved = webhooks.update(
                            slug,
                            me.id(),
                            id,
                            new SubscriptionInput(
                                    form.url(), form.eventTypes() == null ? List.of() : form.eventTypes(), null),
                            Forms.version(form.version()));
                    redirect.addFlashAttribute(
                            "flash",
                            "Saved: it sends " + String.join(", ", saved.eventTypes()) + " to " + saved.url() + ".");
                    return Forms.redirect(slug, "webhooks", id);
                },
                () -> {
                    model.addAttribute("editOpen", true);
                    return subscriptionPage(me, slug, id, null, model);
                });
    }

    /** A subscription's page; the change form holds what was typed when it is shown again after an error. */
    private String subscriptionPage(TandemPrincipal me, String slug, long id, @Nullable Integer page, Model model) {
        model.addAttribute("workspace", workspaces.accessToAdminister(slug, me.id()));
        SubscriptionView subscription = webhooks.get(slug, me.id(), id);
        model.addAttribute("subscription", subscription);
        if (!model.containsAttribute("editForm")) {
            model.addAttribute(
                    "editForm", new EditForm(subscription.url(), subscription.eventTypes(), subscription.version()));
        }
        Page<DeliveryLogEntry> log = webhooks.deliveries(slug, me.id(), id, paging.of(page, null, Sort.unsorted()));
        model.addAttribute("log", log);
        // where a delivery stands now (its next attempt, or held) shows beside its latest attempt only
        Set<Long> deliveries = new HashSet<>();
        Set<Long> latestAttempts = new HashSet<>();
        for (DeliveryLogEntry entry : log) {
            if (deliveries.add(entry.deliveryId())) {
                latestAttempts.add(entry.id());
            }
        }
        model.addAttribute("latestAttempts", latestAttempts);
        model.addAttribute("eventTypes", webhooks.eventTypes());
        return "webhook/subscription";
    }

    @AdminOnly
    @PostMapping("/w/{slug}/webhooks/{id}/test")
    String test(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            RedirectAttributes redirect) {
        return act(redirect, slug, id, () -> {
            webhooks.sendTest(slug, me.id(), id);
            return "Test event queued; it shows in the delivery log once sent (reload in a moment).";
        });
    }

    @AdminOnly
    @PostMapping("/w/{slug}/webhooks/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long deliveryId,
            RedirectAttributes redirect) {
        return act(redirect, slug, id, () -> {
            webhooks.redeliver(slug, me.id(), id, deliveryId);
            return "Delivery queued again, with the same webhook-id.";
        });
    }

    @AdminOnly
    @PostMapping("/w/{slug}/webhooks/{id}/rotate-secret")
    String rotate(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            RedirectAttributes redirect) {
        SubscriptionSecret rotated = webhooks.rotateSecret(slug, me.id(), id);
        redirect.addFlashAttribute(
                "flash",
                "New secret made. The previous one signs too until "
                        + DayWords.time(Objects.requireNonNull(rotated.previousSecretValidUntil())) + ".");
        redirect.addFlashAttribute("secret", rotated.secret());
        return Forms.redirect(slug, "webhooks", id);
    }

    @AdminOnly
    @PostMapping("/w/{slug}/webhooks/{id}/active")
    String active(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam boolean active,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(redirect, slug, id, () -> {
            SubscriptionView now = webhooks.get(slug, me.id(), id);
            webhooks.update(slug, me.id(), id, new SubscriptionInput(now.url(), now.eventTypes(), active), version);
            return active ? "Switched on." : "Switched off: nothing is sent until it is switched on again.";
        });
    }

    @GetMapping("/w/{slug}/webhooks/{id}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToAdminister(slug, me.id()));
        model.addAttribute("subscription", webhooks.get(slug, me.id(), id));
        return "webhook/delete";
    }

    @AdminOnly
    @PostMapping("/w/{slug}/webhooks/{id}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        SubscriptionView subscription = webhooks.get(slug, me.id(), id);
        try {
            webhooks.delete(slug, me.id(), id, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "webhooks", id, "delete");
        }
        redirect.addFlashAttribute("flash", "Webhook to " + subscription.url() + " deleted.");
        return Forms.redirect(slug, "webhooks");
    }

    /** Runs an action on the subscription's page; a refusal (not about access) is shown there. */
    private static String act(RedirectAttributes redirect, String slug, long id, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return Forms.redirect(slug, "webhooks", id);
    }

    private String listPage(TandemPrincipal me, String slug, Model model) {
        model.addAttribute("workspace", workspaces.accessToAdminister(slug, me.id()));
        model.addAttribute("subscriptions", webhooks.list(slug, me.id()));
        model.addAttribute("eventTypes", webhooks.eventTypes());
        return "webhook/webhooks";
    }
}

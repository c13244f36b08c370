package app.tandem.webhook.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import app.tandem.webhook.DeliveryLogEntry;
import app.tandem.webhook.QueuedDelivery;
import app.tandem.webhook.SubscriptionInput;
import app.tandem.webhook.SubscriptionSecret;
import app.tandem.webhook.SubscriptionView;
import app.tandem.webhook.Webhooks;
import app.tandem.workspace.AdminOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's outgoing webhooks over the REST API, for its admins only (every endpoint is {@link
 * AdminOnly}: a member or viewer gets 403 before the body is read).
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/webhooks")
@Tag(name = "Webhooks", description = "Outgoing webhooks (Standard Webhooks): subscriptions, deliveries (admins)")
class WebhookApiController {

    private final Webhooks webhooks;
    private final Paging paging;

    WebhookApiController(Webhooks webhooks, Paging paging) {
        this.webhooks = webhooks;
        this.paging = paging;
    }

    @Schema(description = "A subscription: the URL to post to and the event types it wants")
    record SubscriptionRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = SubscriptionInput.URL_MAX,
                    example = "https://example.com/hooks/tandem")
            @Nullable String url,

            @ArraySchema(
                    arraySchema =
                            @Schema(
                                    requiredMode = Schema.RequiredMode.REQUIRED,
                                    example = "[\"insight.captured\", \"initiative.committed\"]"),
                    // every WebhookEventType's type (WebhookEventTypesDocumentedTest)
                    schema =
                            @Schema(
                                    allowableValues = {
                                        "insight.captured",
                                        "insight.routed",
                                        "kpi.health-changed",
                                        "initiative.proposed",
                                        "initiative.committed",
                                        "initiative.status-changed",
                                        "dependency.at-risk",
                                        "decision.recorded",
                                        "check-in.scheduled"
                                    }))
            @Nullable List<String> eventTypes,

            @Schema(description = "whether it sends; true when left out on create, unchanged on update") @Nullable Boolean active,

            @Schema(description = "on update: the version the change was made on; 409 when it changed since") @Nullable Long version) {

        SubscriptionInput input() {
            return new SubscriptionInput(url, eventTypes, active);
        }
    }

    @AdminOnly
    @GetMapping
    @Operation(summary = "List the workspace's webhook subscriptions (admins)")
    List<SubscriptionView> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        return webhooks.list(slug, me.id());
    }

    @AdminOnly
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Subscribe a URL to event types (admins)",
            description = "The answer holds the signing secret (whsec_...), shown only this once. 400 names the field:"
                    + " a URL that is not http(s), does not resolve, or is on a private address while the instance"
                    + " does not allow those; an unknown event type. 409 naming url: another subscription of the"
                    + " workspace already sends the same events to the same URL (each event would go twice).")
    ResponseEntity<SubscriptionSecret> create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestBody SubscriptionRequest request) {
        SubscriptionSecret created = webhooks.create(slug, me.id(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/webhooks/"
                        + created.subscription().id()))
                .body(created);
    }

    @AdminOnly
    @GetMapping("/{id}")
    @Operation(summary = "Read a webhook subscription (admins)")
    SubscriptionView get(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        return webhooks.get(slug, me.id(), id);
    }

    @AdminOnly
    @PutMapping("/{id}")
    @Operation(
            summary = "Change a subscription's URL, event types and whether it sends (admins)",
            description = "Send the version read; 409 when it changed since, or (naming url) when another"
                    + " subscription already sends the same events to the same URL. Switching it on again clears"
                    + " why Tandem switched it off; deliveries held while it was off are sent then.")
    SubscriptionView update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestBody SubscriptionRequest request) {
        return webhooks.update(slug, me.id(), id, request.input(), request.version());
    }

    @AdminOnly
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a subscription with its deliveries (admins)", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        webhooks.delete(slug, me.id(), id, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @AdminOnly
    @PostMapping("/{id}/rotate-secret")
    @Operation(
            summary = "Rotate the signing secret (admins)",
            description = "The new secret is shown only this once; the previous one signs too (a second signature)"
                    + " until previousSecretValidUntil (tandem.webhooks.rotation-overlap, 24 hours by default).")
    SubscriptionSecret rotate(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        return webhooks.rotateSecret(slug, me.id(), id);
    }

    @AdminOnly
    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The delivery log: each attempt, the latest first, a page at a time (admins)")
    PageResponse<DeliveryLogEntry> deliveries(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(webhooks.deliveries(slug, me.id(), id, paging.of(page, size, Sort.unsorted())), e -> e);
    }

    @AdminOnly
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/{id}/test")
    @Operation(summary = "Send a test event (webhook.test) to the subscription (admins)")
    ResponseEntity<QueuedDelivery> test(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        return ResponseEntity.accepted().body(webhooks.sendTest(slug, me.id(), id));
    }

    @AdminOnly
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Deliver again, with the same webhook-id and a fresh round of attempts (admins)")
    ResponseEntity<QueuedDelivery> redeliver(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long deliveryId) {
        return ResponseEntity.accepted().body(webhooks.redeliver(slug, me.id(), id, deliveryId));
    }
}

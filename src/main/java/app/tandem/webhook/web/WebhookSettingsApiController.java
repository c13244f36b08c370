package app.tandem.webhook.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.AccessDenied;
import app.tandem.support.IfMatch;
import app.tandem.support.InvalidInput;
import app.tandem.webhook.PrivateTargets;
import app.tandem.webhook.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The instance's webhook setting, for instance admins: whether webhooks may target private addresses. */
@RestController
@RequestMapping("/api/v1/admin/webhook-settings")
@Tag(name = "Instance settings", description = "Settings of the whole instance (instance admins only)")
class WebhookSettingsApiController {

    private final Webhooks webhooks;
    // the application's mapper, with its strict reading: 1 is not true
    private final JsonMapper json;

    WebhookSettingsApiController(Webhooks webhooks, JsonMapper json) {
        this.webhooks = webhooks;
        this.json = json;
    }

    /** The setting as it is, and its version. */
    record WebhookSettings(
            boolean allowPrivateTargets,

            @Schema(description = "The setting's version, to send back with a change (0 until someone chose)")
            long version) {

        static WebhookSettings of(PrivateTargets current) {
            return new WebhookSettings(current.allowed(), current.version());
        }
    }

    /** A change of the setting, from the version read. */
    record WebhookSettingsChange(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Boolean allowPrivateTargets,

            @Schema(description = "the setting's version: " + IfMatch.VERSION_DOC) @Nullable Long version) {}

    @GetMapping
    @Operation(summary = "Whether webhooks may target loopback and private addresses (instance admins)")
    WebhookSettings get(@AuthenticationPrincipal TandemPrincipal me) {
        if (!me.instanceAdmin()) {
            throw new AccessDenied("Only instance admins can read the instance's settings.");
        }
        return WebhookSettings.of(webhooks.privateTargets());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Allow or refuse webhook targets on loopback and private addresses (instance admins)",
            description = "Refused by default (server-side request forgery); checked when a subscription is saved"
                    + " and before each delivery. The default comes from tandem.webhooks.allow-private-targets."
                    + IfMatch.EDIT_DOC)
    WebhookSettings put(
            @AuthenticationPrincipal TandemPrincipal me,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = WebhookSettingsChange.class)))
                    @RequestBody
                    String body) {
        if (!me.instanceAdmin()) {
            throw new AccessDenied("Only instance admins can change the instance's settings.");
        }
        @Nullable WebhookSettingsChange settings;
        try {
            settings = json.readValue(body, WebhookSettingsChange.class);
        } catch (JacksonException e) {
            throw new InvalidInput(
                    "allowPrivateTargets", "Send {\"allowPrivateTargets\": true, \"version\": 3} or false.");
        }
        if (settings == null || settings.allowPrivateTargets() == null) {
            // (JSON null reads as no object at all)
            throw new InvalidInput("allowPrivateTargets", "Say true or false.");
        }
        long version = IfMatch.version(settings.version(), ifMatch);
        return WebhookSettings.of(webhooks.allowPrivateTargets(true, settings.allowPrivateTargets(), version));
    }
}

package app.tandem.webhook.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.webhook.WebhookEventType;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The API document lists the event types a subscription may ask for, so that a client generated from
 * it offers them: the list is written in an annotation, and this keeps it the enum's.
 */
class WebhookEventTypesDocumentedTest {

    @Test
    void theDocumentListsEveryEventTypeASubscriptionMayAskFor() throws Exception {
        ArraySchema documented = WebhookApiController.SubscriptionRequest.class
                .getDeclaredField("eventTypes")
                .getAnnotation(ArraySchema.class);
        assertThat(documented)
                .as("@ArraySchema on SubscriptionRequest.eventTypes")
                .isNotNull();
        assertThat(documented.schema().allowableValues())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(WebhookEventType.values())
                        .map(WebhookEventType::type)
                        .toList());
    }
}

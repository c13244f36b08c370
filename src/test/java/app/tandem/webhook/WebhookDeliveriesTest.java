package app.tandem.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookDeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertThat(WebhookDeliveries.retryAfter("120", NOW)).isEqualTo(Duration.ofMinutes(2));
        assertThat(WebhookDeliveries.retryAfter("Tue, 01 Dec 2026 10:05:00 GMT", NOW))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(WebhookDeliveries.retryAfter("Tue, 01 Dec 2026 09:00:00 GMT", NOW))
                .isEqualTo(Duration.ZERO);
        assertThat(WebhookDeliveries.retryAfter("soon", NOW)).isNull();
        assertThat(WebhookDeliveries.retryAfter("-3", NOW)).isNull();
    }

    @Test
    void aReasonWrittenWithAnIsoInstantReadsAsAPersonReadsIt() {
        assertThat(Webhooks.readable("The endpoint answered 410 Gone on 2026-12-07T00:11:23.882354791Z;"
                        + " Tandem switched it off."))
                .isEqualTo("The endpoint answered 410 Gone on 7 Dec 2026, 00:11 UTC; Tandem switched it off.");
        assertThat(Webhooks.readable("No time here.")).isEqualTo("No time here.");
        assertThat(Webhooks.readable(null)).isNull();
    }
}

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
}

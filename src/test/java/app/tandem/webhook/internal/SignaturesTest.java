package app.tandem.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void theSpecificationsExampleSignatureIsReproduced() throws Exception {
        // the example of the Standard Webhooks specification (and its reference libraries' tests)
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        assertThat(Signatures.header(List.of(secret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
                .isEqualTo(new Webhook(secret).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body));
    }

    @Test
    void twoSecretsGiveTwoSignaturesEachVerifiedByTheLibrary() throws Exception {
        String current = Signatures.newSecret();
        String previous = Signatures.newSecret();
        long now = Instant.now().getEpochSecond();
        String header = Signatures.header(List.of(current, previous), "msg_1", now, "{}");
        assertThat(header.split(" ")).hasSize(2);
        Map<String, List<String>> headers = Map.of(
                "webhook-id", List.of("msg_1"),
                "webhook-timestamp", List.of(Long.toString(now)),
                "webhook-signature", List.of(header));
        new Webhook(current).verify("{}", headers);
        new Webhook(previous).verify("{}", headers);
        assertThatThrownBy(() -> new Webhook(Signatures.newSecret()).verify("{}", headers))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(current).verify("{ }", headers))
                .isInstanceOf(WebhookVerificationException.class);
    }
}

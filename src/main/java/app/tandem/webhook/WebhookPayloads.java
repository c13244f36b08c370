package app.tandem.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a delivery, in the shape the Standard Webhooks specification recommends: {@code
 * {"type": "insight.captured", "timestamp": "2026-12-01T10:00:00Z", "data": {"workspace": "budgetly",
 * ...}}}; and the event ids ({@code msg_...}, the {@code webhook-id}).
 */
@Component
class WebhookPayloads {

    private final JsonMapper json = JsonMapper.builder().build();

    String payload(String type, String workspaceSlug, Instant at, Map<String, ?> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", at.toString());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("workspace", workspaceSlug);
        all.putAll(data);
        body.put("data", all);
        return json.writeValueAsString(body);
    }

    /** A new event id, for an event that may happen again with the same content. */
    static String randomId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * The event id of an event that happens once ({@code key}: what it happened to, such as the
     * insight's id), the same each time the event is handled: handled again after a crash, it is
     * queued once.
     */
    static String idOf(String type, String key) {
        return "msg_"
                + UUID.nameUUIDFromBytes((type + ":" + key).getBytes(StandardCharsets.UTF_8))
                        .toString()
                        .replace("-", "");
    }
}

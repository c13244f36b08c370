package app.tandem.webhook.internal;

import app.tandem.webhook.WebhookProperties;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The instance's webhook setting an instance admin changes at runtime, kept in the database so every
 * node reads the same: whether targets on private addresses are allowed. Until someone chose, {@code
 * tandem.webhooks.allow-private-targets}.
 */
@Component
public class InstanceSettings {

    private final JdbcClient jdbc;
    private final WebhookProperties properties;

    InstanceSettings(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public boolean allowPrivateTargets() {
        return jdbc.sql("select allow_private_targets from webhook_settings where id = 1")
                .query(Boolean.class)
                .optional()
                .orElse(properties.allowPrivateTargets());
    }

    public void allowPrivateTargets(boolean allow, Instant now) {
        int updated = jdbc.sql("update webhook_settings set allow_private_targets = ?, updated_at = ? where id = 1")
                .params(allow, Timestamp.from(now))
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into webhook_settings (id, allow_private_targets, updated_at) values (1, ?, ?)")
                        .params(allow, Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException chosenAtTheSameTime) {
                jdbc.sql("update webhook_settings set allow_private_targets = ?, updated_at = ? where id = 1")
                        .params(allow, Timestamp.from(now))
                        .update();
            }
        }
    }
}

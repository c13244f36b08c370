package app.tandem.webhook.internal;

import app.tandem.support.ConcurrentChange;
import app.tandem.webhook.PrivateTargets;
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
        return current().allowed();
    }

    public PrivateTargets current() {
        return jdbc.sql("select allow_private_targets, version from webhook_settings where id = 1")
                .query((rs, n) -> new PrivateTargets(rs.getBoolean(1), rs.getLong(2)))
                .optional()
                .orElse(new PrivateTargets(properties.allowPrivateTargets(), 0));
    }

    /**
     * Sets it, from {@code version} (the one read): a change made since is refused ({@link
     * ConcurrentChange}) rather than undone.
     */
    public PrivateTargets allowPrivateTargets(boolean allow, long version, Instant now) {
        int updated = jdbc.sql("update webhook_settings set allow_private_targets = ?, updated_at = ?,"
                        + " version = version + 1 where id = 1 and version = ?")
                .params(allow, Timestamp.from(now), version)
                .update();
        if (updated == 1) {
            return new PrivateTargets(allow, version + 1);
        }
        long current = current().version();
        if (current != version) {
            throw new ConcurrentChange("the instance's webhook setting", version, current);
        }
        try {
            jdbc.sql(
                            "insert into webhook_settings (id, allow_private_targets, updated_at, version) values (1, ?, ?, 1)")
                    .params(allow, Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException chosenAtTheSameTime) {
            throw new ConcurrentChange(
                    "the instance's webhook setting", version, current().version());
        }
        return new PrivateTargets(allow, 1);
    }
}

/**
 * Outgoing webhooks (M12): per workspace, its admins subscribe a URL to event types (an insight
 * captured or routed, a KPI's health changed, an initiative proposed, committed or moved, a
 * dependency at risk, a decision recorded, a check-in scheduled). Deliveries follow the Standard
 * Webhooks specification (signed {@code webhook-id}, {@code webhook-timestamp}, {@code
 * webhook-signature}; two signatures while a rotated secret overlaps) and wait in a queue kept in
 * the database, which any node claims a row of at a time with a lease, retried on the
 * specification's back-off; targets on private addresses are refused unless an instance admin
 * allows them. {@link app.tandem.webhook.Webhooks} is the module's API; nothing depends on this
 * module. {@code internal} holds the entities, the queue and the checks; {@code web} the pages and
 * the REST API.
 */
@ApplicationModule(
        allowedDependencies = {
            "insight",
            "goal",
            "initiative",
            "discovery",
            "meeting",
            "workspace",
            "identity",
            "support"
        })
@NullMarked
package app.tandem.webhook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

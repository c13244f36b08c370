/** The webhook module's insides: the subscription entity, the delivery queue, signatures and the target check. */
@NullMarked
package app.tandem.webhook.internal;

import org.jspecify.annotations.NullMarked;

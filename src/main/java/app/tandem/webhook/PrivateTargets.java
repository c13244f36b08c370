package app.tandem.webhook;

/**
 * The instance's webhook setting: whether targets on loopback and private addresses are allowed,
 * and its version (0 until someone chose), which a change sends back.
 */
public record PrivateTargets(boolean allowed, long version) {}

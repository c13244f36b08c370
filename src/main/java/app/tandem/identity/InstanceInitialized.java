package app.tandem.identity;

/**
 * Published once, in the transaction that created the first admin of a fresh instance: the
 * moment to add a demo workspace.
 */
public record InstanceInitialized(long adminUserId) {}

package app.tandem.initiative;

/** The provider handed off what the dependant needed. */
public record DependencyDelivered(
        long workspaceId,
        long dependencyId,
        long dependantId,
        long providerId,
        DependencyKind kind,
        long deliveredBy) {}

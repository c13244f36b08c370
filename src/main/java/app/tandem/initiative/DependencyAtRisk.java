package app.tandem.initiative;

import java.util.List;

/**
 * An open dependency became at risk through a change a person made: the dependant's or the
 * provider's dates moved, the provider was dropped, or a need was added that is at risk from the
 * start. {@code reasons} say why in words, as the pages show them. A dependency that was at risk
 * already is not announced again.
 */
public record DependencyAtRisk(
        long workspaceId,
        long dependencyId,
        long dependantId,
        String dependantTitle,
        long providerId,
        String providerTitle,
        DependencyKind kind,
        List<String> reasons) {

    public DependencyAtRisk {
        reasons = List.copyOf(reasons);
    }
}

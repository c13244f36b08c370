package app.tandem.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * A dependency: the dependant needs {@code kind} from the provider by {@code handoffDue}; whether it
 * is delivered, and while open, every reason it is at risk, in words (none when it is not).
 */
public record DependencyView(
        long id,
        InitiativeRef dependant,
        InitiativeRef provider,
        DependencyKind kind,
        LocalDate handoffDue,
        DependencyState state,
        boolean atRisk,
        List<String> riskReasons,
        long version) {}

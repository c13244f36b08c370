package app.tandem.initiative.internal;

import app.tandem.initiative.DependencyKind;
import app.tandem.initiative.DependencyState;
import app.tandem.initiative.InitiativeRef;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.rules.DependencyRisk;
import java.time.LocalDate;
import java.util.List;

/** A dependency read with both its initiatives in one query, as the risk rules and the views need it. */
public record DependencyRow(
        long id,
        DependencyKind kind,
        LocalDate handoffDue,
        DependencyState state,
        long version,
        InitiativeRef dependant,
        InitiativeRef provider) {

    /** The constructor JPQL calls ({@code select new ...}): both initiatives in columns. */
    public DependencyRow(
            long id,
            DependencyKind kind,
            LocalDate handoffDue,
            DependencyState state,
            long version,
            long dependantId,
            String dependantTitle,
            InitiativeStatus dependantStatus,
            LocalDate dependantStart,
            LocalDate dependantDue,
            long providerId,
            String providerTitle,
            InitiativeStatus providerStatus,
            LocalDate providerStart,
            LocalDate providerDue) {
        this(
                id,
                kind,
                handoffDue,
                state,
                version,
                new InitiativeRef(dependantId, dependantTitle, dependantStatus, dependantStart, dependantDue),
                new InitiativeRef(providerId, providerTitle, providerStatus, providerStart, providerDue));
    }

    /** Every reason it is at risk on {@code today}; none when it is not. */
    public List<String> riskReasons(LocalDate today) {
        return DependencyRisk.reasons(state, handoffDue, side(dependant), side(provider), today);
    }

    private static DependencyRisk.Side side(InitiativeRef ref) {
        return new DependencyRisk.Side(ref.title(), ref.status(), ref.startDate(), ref.dueDate());
    }
}

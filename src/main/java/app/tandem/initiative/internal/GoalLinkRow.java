package app.tandem.initiative.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * Which initiative serves which business goal, as the list's goal filter reads it in a subquery
 * ({@link InitiativeRepository#PASSING}). Read only: {@link LinkStore} writes the links.
 */
@Entity
@Immutable
@Table(name = "initiative_goal_link")
@IdClass(GoalLinkRow.Key.class)
class GoalLinkRow {

    @Id
    @Column(name = "initiative_id")
    private long initiativeId;

    @Id
    @Column(name = "goal_id")
    private long goalId;

    protected GoalLinkRow() {}

    /** The link's key: the initiative and the goal. */
    record Key(long initiativeId, long goalId) implements Serializable {}
}

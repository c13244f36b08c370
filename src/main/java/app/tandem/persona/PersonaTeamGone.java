package app.tandem.persona;

import app.tandem.workspace.TeamDeleted;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted team's personas become shared personas, in the deleting transaction: a team's
 * persona must name its team, and the database cleared the team (its foreign key) and left a
 * persona of a team that no longer exists, which the API refuses to create and the pages could
 * not edit (an API probe, December 2026). The persona, its facts and user goals stay; its
 * version moves on, so an edit begun before is refused rather than saved over it.
 */
@Component
class PersonaTeamGone {

    private final EntityManager entityManager;

    PersonaTeamGone(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(TeamDeleted event) {
        entityManager
                .createQuery("update Persona p set p.kind = :shared, p.teamId = null, p.version = p.version + 1"
                        + " where p.workspaceId = :workspace and p.teamId = :team")
                .setParameter("shared", PersonaKind.SHARED)
                .setParameter("workspace", event.workspaceId())
                .setParameter("team", event.teamId())
                .executeUpdate();
    }
}

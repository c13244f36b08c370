package app.tandem.meeting.internal;

import app.tandem.workspace.TeamDeleted;
import jakarta.persistence.EntityManager;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Clears a deleted team from the cadences it hosted and from the agenda items about it (the teams
 * attendees were in go with it, by their foreign key), so no check-in names a team that is gone.
 */
@Component
class CheckInTeamGone {

    private final EntityManager entityManager;

    CheckInTeamGone(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @ApplicationModuleListener
    void on(TeamDeleted event) {
        entityManager
                .createQuery(
                        "update Cadence c set c.hostTeamId = null where c.workspaceId = :workspace and c.hostTeamId = :team")
                .setParameter("workspace", event.workspaceId())
                .setParameter("team", event.teamId())
                .executeUpdate();
        entityManager
                .createQuery("update AgendaItem i set i.teamId = null where i.teamId = :team and i.checkInId in"
                        + " (select c.id from CheckIn c where c.workspaceId = :workspace)")
                .setParameter("workspace", event.workspaceId())
                .setParameter("team", event.teamId())
                .executeUpdate();
    }
}

package app.tandem.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by each module where teams take part in each other's work (reviews, discovery
 * sessions, check-ins): the participation matrix counts, for each team, which teams took part in
 * its occasions. {@code workspace} depends on none of those modules; it takes every implementation
 * there is.
 */
public interface TeamParticipation {

    /** The workspace's occasions that took place on or after {@code since}, at most {@code limit}. */
    List<Occasion> since(long workspaceId, LocalDate since, int limit);

    /**
     * One occasion on which teams met.
     *
     * @param kind what it was: "Review", "Discovery session", "Check-in"
     * @param title its topic or the work reviewed
     * @param date the day it took place
     * @param hostTeamId the team whose work or meeting it was, if one team's
     * @param participatingTeamIds the teams of the people who took part (reviewed, attended)
     */
    record Occasion(
            String kind,
            String title,
            LocalDate date,
            @Nullable Long hostTeamId,
            Set<Long> participatingTeamIds) {}
}

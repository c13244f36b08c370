package app.tandem.journey;

import app.tandem.persona.PersonaDependents;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells the persona module which journey maps follow a persona, so it is not deleted under them. */
@Component
class JourneyDependents implements PersonaDependents {

    private final JourneyRepository journeys;

    JourneyDependents(JourneyRepository journeys) {
        this.journeys = journeys;
    }

    @Override
    public List<String> dependentsOf(long workspaceId, long personaId) {
        return journeys.findByWorkspaceIdAndPersonaId(workspaceId, personaId).stream()
                .map(j -> "journey map " + j.name())
                .toList();
    }
}

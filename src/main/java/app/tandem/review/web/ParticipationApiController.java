package app.tandem.review.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.review.Participation;
import app.tandem.review.ParticipationMatrix;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The participation matrix over the REST API. */
@RestController
@Tag(name = "Participation", description = "How often teams took part in each other's work")
class ParticipationApiController {

    private final Participation participation;

    ParticipationApiController(Participation participation) {
        this.participation = participation;
    }

    @GetMapping("/api/v1/workspaces/{slug}/participation")
    @Operation(
            summary = "The participation matrix: for each team, which teams took part in its work",
            description = "Rows are the teams whose work or meeting it was, cells the teams that took part, with the"
                    + " number of occasions (reviews, discovery sessions, check-ins) in all and by kind; a team's"
                    + " part in its own work is not counted; walls are pairs of teams where neither took part in"
                    + " the other's work. 400 naming days for another period than 30, 90 or 180.")
    ParticipationMatrix matrix(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "30, 90 (the default) or 180") @RequestParam(required = false) @Nullable Integer days) {
        return participation.matrix(slug, me.id(), days == null ? Participation.DEFAULT_DAYS : days);
    }
}

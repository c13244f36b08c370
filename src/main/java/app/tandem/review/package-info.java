/**
 * Cross-team reviews (M10): a piece of work (a design review, a campaign brainstorm, an initiative
 * review) with reviewers invited from other teams, who comment and give a verdict; and the
 * participation matrix, which counts for each team which teams took part in its reviews, discovery
 * sessions and check-ins ({@link app.tandem.workspace.TeamParticipation}) over the last 90 days.
 */
@ApplicationModule(
        allowedDependencies = {"initiative", "goal", "workspace", "workspace :: administration", "identity", "support"})
@NullMarked
package app.tandem.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Journey maps: per persona and scenario, ordered stages with touchpoints (channel and owning
 * team), what the user does and thinks, an emotion score, pain points (blocking a user goal) and
 * opportunities, drawn as an SVG picture coloured by owning team.
 */
@ApplicationModule(allowedDependencies = {"persona", "workspace", "identity", "support", "support :: export"})
@NullMarked
package app.tandem.journey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

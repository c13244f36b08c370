/**
 * Discovery sessions (M8): a topic, a date, the business goals in question and the people invited;
 * each involved team's goals for the topic side by side with their overlaps, conflicts and
 * trade-offs; attendance, with warnings when only leads or no IT take part; outcomes that create or
 * change initiatives and record decisions.
 */
@ApplicationModule(
        allowedDependencies = {
            "initiative",
            "goal",
            "persona",
            "insight",
            "workspace",
            "identity",
            "support",
            "support :: export"
        })
@NullMarked
package app.tandem.discovery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

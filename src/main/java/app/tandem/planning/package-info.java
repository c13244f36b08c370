/**
 * The plan: priorities computed from the business goals, every rank explained, sequenced by
 * dependencies and team capacity, conflicts surfaced.
 */
@ApplicationModule(
        allowedDependencies = {"initiative", "goal", "persona", "insight", "journey", "workspace", "identity", "support"
        })
@NullMarked
package app.tandem.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The pure planning core (no Spring, no JPA): plain records in ({@link app.tandem.planning.core.PlanInput}),
 * scores and a ranking with explanations, conflicts, a schedule under dependencies and team capacity,
 * and the critical path out.
 */
@NamedInterface("core")
@NullMarked
package app.tandem.planning.core;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
